package dev.cookiereg.validate;

import dev.cookiereg.model.Cookie;

/**
 * {@link Lints#UNMATCHABLE_COOKIE}: a cookie the policy names only by its role ("Session ID") has
 * no name a banner, a service reading the manifest or an audit could find in a browser; the
 * manifest marks it {@code "matchable": false}.
 */
final class UnmatchableCookie implements Check {
  @Override
  public void check(LintedRegistry registry, Report report) {
    for (int i = 0; i < registry.model().cookies().size(); i++) {
      Cookie c = registry.model().cookies().get(i);
      if (c.name() != null) continue;
      report.at(
          "/cookies/" + i + "/label",
          "cookie '"
              + c.id()
              + "' is named only by its label '"
              + c.label()
              + "', so no banner, service or audit can recognise it in a browser: add 'name:'"
              + " with the technical name the browser stores (keep 'label:', which the page"
              + " shows)");
    }
  }
}
