package dev.cookiereg.validate;

import dev.cookiereg.model.Cookie;
import dev.cookiereg.model.CookieKey;

/** {@link Lints#TOO_MANY_WILDCARDS}: a cookie name has at most {@link CookieKey#MAX_WILDCARDS}. */
final class TooManyWildcards implements Check {
  @Override
  public void check(LintedRegistry registry, Report report) {
    for (int i = 0; i < registry.model().cookies().size(); i++) {
      Cookie c = registry.model().cookies().get(i);
      if (c.name() != null && CookieKey.tooManyWildcards(c.name())) {
        report.at(
            "/cookies/" + i + "/name",
            "cookie name '"
                + c.name()
                + "' has "
                + CookieKey.wildcards(c.name())
                + " wildcards; a name may have at most "
                + CookieKey.MAX_WILDCARDS
                + ": spell out more of it, or declare its variants as separate cookies");
      }
    }
  }
}
