package dev.cookiereg.validate;

import dev.cookiereg.model.Cookie;

/** {@link Lints#UNKNOWN_DURATION}: every cookie's duration is stated. */
final class UnknownDuration implements Check {
  @Override
  public void check(LintedRegistry registry, Report report) {
    for (int i = 0; i < registry.model().cookies().size(); i++) {
      Cookie c = registry.model().cookies().get(i);
      if (!c.retention().isKnown()) {
        report.at(
            "/cookies/" + i + "/duration",
            "cookie '" + c.id() + "' has no known duration yet; state it before publishing");
      }
    }
  }
}
