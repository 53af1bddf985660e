package dev.cookiereg.validate;

import dev.cookiereg.model.Cookie;
import dev.cookiereg.model.CookieKey;

/**
 * {@link Lints#TOO_MANY_WILDCARDS}: a cookie name, and what it matches, has at most {@link
 * CookieKey#MAX_WILDCARDS}.
 */
final class TooManyWildcards implements Check {
  @Override
  public void check(LintedRegistry registry, Report report) {
    for (int i = 0; i < registry.model().cookies().size(); i++) {
      Cookie c = registry.model().cookies().get(i);
      if (c.name() != null && CookieKey.tooManyWildcards(c.name())) {
        report.at("/cookies/" + i + "/name", message("cookie name '" + c.name() + "'", c.name()));
      }
      if (c.matches() != null && CookieKey.tooManyWildcards(c.matches())) {
        report.at(
            "/cookies/" + i + "/matches",
            message("cookie '" + c.id() + "' matches '" + c.matches() + "', which", c.matches()));
      }
    }
  }

  private static String message(String what, String pattern) {
    return what
        + " has "
        + CookieKey.wildcards(pattern)
        + " wildcards; a name may have at most "
        + CookieKey.MAX_WILDCARDS
        + ": spell out more of it, or declare its variants as separate cookies";
  }
}
