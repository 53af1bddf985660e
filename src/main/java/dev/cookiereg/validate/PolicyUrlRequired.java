package dev.cookiereg.validate;

import dev.cookiereg.model.Registry;
import dev.cookiereg.site.PublicUrls;

/**
 * {@link Lints#POLICY_URL_REQUIRED}: a registry that declares the banner library its site deploys
 * states where the policy is published. The banner sits on every page of the site, so a relative
 * link to the policy would lead nowhere from any page but the policy's own folder. An address that
 * is not a URL is refused too: every output would fall back to relative links without saying so.
 */
final class PolicyUrlRequired implements Check {
  @Override
  public void check(LintedRegistry registry, Report report) {
    Registry r = registry.model();
    String url = r.policy().url();
    if (url != null && !PublicUrls.isSafe(url)) {
      report.at(
          "/policy/url",
          "'"
              + Lints.abbreviate(url)
              + "' is not a web address a browser can open: write it as https://host/path/,"
              + " with characters such as spaces, quotes and brackets percent-encoded");
      return;
    }
    if (r.consentPlatform().library() == null || url != null) return;
    report.at(
        "/policy",
        "the consent banner ("
            + r.consentPlatform().library().yaml()
            + ") links the policy from every page of the site, so state where it is published:"
            + " add 'url:' under policy, the address of the published index.html (a folder"
            + " ends with '/')");
  }
}
