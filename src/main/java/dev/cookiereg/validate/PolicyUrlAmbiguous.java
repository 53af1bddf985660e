package dev.cookiereg.validate;

import dev.cookiereg.site.PublicUrls;

/**
 * {@link Lints#POLICY_URL_AMBIGUOUS}: the site's other pages are found beside the policy's URL, as
 * a browser resolves a relative link; a URL whose last segment is neither a folder ({@code /}) nor
 * a file ({@code .html}) would put {@code history.html} one folder too high.
 */
final class PolicyUrlAmbiguous implements Check {
  @Override
  public void check(LintedRegistry registry, Report report) {
    String url = registry.model().policy().url();
    if (url == null || !PublicUrls.isSafe(url) || PublicUrls.isUnambiguous(url)) return;
    report.at(
        "/policy/url",
        "the site's other pages are found beside the policy's address, so "
            + Lints.abbreviate(url)
            + " would put the policy history at "
            + Lints.abbreviate(PublicUrls.resolve(url, "history.html"))
            + ": end it with '/' if the policy is a folder's index.html, or name the page"
            + " ('…/cookies.html')");
    ;
  }
}
