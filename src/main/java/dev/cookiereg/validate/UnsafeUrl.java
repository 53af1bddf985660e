package dev.cookiereg.validate;

import dev.cookiereg.prose.SafeLinks;

/**
 * {@link Lints#UNSAFE_URL}, in Markdown: every link in a text is safe by {@link SafeLinks} (the
 * schema checks the URL fields).
 */
final class UnsafeUrl implements Check {
  @Override
  public void check(LintedRegistry registry, Report report) {
    for (TextSite site : registry.texts()) {
      for (String url : SafeLinks.unsafeIn(site.text())) {
        report.at(
            site.pointer(),
            "a link to '"
                + Lints.abbreviate(url)
                + "' is not allowed; links use https: or mailto:");
      }
    }
  }
}
