package dev.cookiereg.validate;

import dev.cookiereg.model.Cookie;
import dev.cookiereg.model.CookieKey;

/** {@link Lints#WILDCARD_ONLY}: a cookie name is more than a wildcard. */
final class WildcardOnly implements Check {
  @Override
  public void check(LintedRegistry registry, Report report) {
    for (int i = 0; i < registry.model().cookies().size(); i++) {
      Cookie c = registry.model().cookies().get(i);
      if (c.name() != null && CookieKey.onlyWildcards(c.name())) {
        report.at(
            "/cookies/" + i + "/name", "cookie name '" + c.name() + "' would match every cookie");
      }
    }
  }
}
