package dev.cookiereg.render;

import dev.cookiereg.model.Registry;
import dev.cookiereg.site.PublicUrls;
import dev.cookiereg.site.SitePaths;

/**
 * Where the embeddable fragments link the rest of the site. A fragment is pasted into another
 * site's page, at an address nobody knows beforehand, where a relative link would resolve against
 * that page. With the policy's published address ({@code policy.url}) the links are absolute,
 * resolved against it exactly as the published page resolves its own relative links; without it
 * they are relative to the fragment's own place in the site ({@code ../history.html} from {@code
 * embed/}), as every relative link of the site resolves from the file that holds it. In-page
 * anchors ({@code #analytics}) never go through here: they stay in the fragment.
 */
final class FragmentLinks {
  private final String policyUrl;
  private final String up;

  private FragmentLinks(String policyUrl, String up) {
    this.policyUrl = policyUrl;
    this.up = up;
  }

  /** The links of {@code registry}'s fragment at {@code fragment} ({@code embed/policy.html}). */
  static FragmentLinks of(Registry registry, String fragment) {
    String up = "../".repeat((int) fragment.chars().filter(c -> c == '/').count());
    String url = registry.policy().url();
    return new FragmentLinks(PublicUrls.known(url) ? url : null, up);
  }

  /** The policy page: its published address, or the site's {@code index.html}. */
  String policy() {
    return to(SitePaths.POLICY);
  }

  /**
   * A file of the site, given by its path from the site's root ({@code history.html}, {@code
   * versions/1.0.0/index.html#analytics}): against the policy's published address, or from the
   * fragment.
   */
  String to(String sitePath) {
    return policyUrl == null ? up + sitePath : PublicUrls.of(policyUrl, sitePath);
  }
}
