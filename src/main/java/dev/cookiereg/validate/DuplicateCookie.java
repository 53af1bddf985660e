package dev.cookiereg.validate;

import dev.cookiereg.model.Cookie;
import dev.cookiereg.model.CookieKey;
import java.util.HashMap;
import java.util.Map;

/** {@link Lints#DUPLICATE_COOKIE}: a cookie name appears once per provider and domain. */
final class DuplicateCookie implements Check {
  @Override
  public void check(LintedRegistry registry, Report report) {
    Map<CookieKey, Integer> seen = new HashMap<>();
    for (int i = 0; i < registry.model().cookies().size(); i++) {
      Cookie c = registry.model().cookies().get(i);
      CookieKey key = CookieKey.of(c);
      if (key == null) continue;
      Integer first = seen.putIfAbsent(key, i);
      if (first != null) {
        report.at(
            "/cookies/" + i + "/name",
            "cookie name '"
                + c.name()
                + "' is already declared for provider '"
                + c.provider()
                + "' at line "
                + registry.line("/cookies/" + first));
      }
    }
  }
}
