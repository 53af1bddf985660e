package dev.cookiereg.validate;

import dev.cookiereg.model.Cookie;
import dev.cookiereg.model.CookieKey;

/** {@link Lints#WILDCARD_ONLY}: a cookie name (and what it matches) is more than a wildcard. */
final class WildcardOnly implements Check {
  @Override
  public void check(LintedRegistry registry, Report report) {
    for (int i = 0; i < registry.model().cookies().size(); i++) {
      Cookie c = registry.model().cookies().get(i);
      if (c.name() != null && CookieKey.onlyWildcards(c.name())) {
        report.at(
            "/cookies/" + i + "/name", "cookie name '" + c.name() + "' would match every cookie");
      }
      if (c.matches() != null && CookieKey.onlyWildcards(c.matches())) {
        report.at(
            "/cookies/" + i + "/matches",
            "cookie '" + c.id() + "' matches '" + c.matches() + "', which is every cookie");
      }
    }
  }
}
