package dev.cookiereg.compliance;

import dev.cookiereg.model.ConsentCookie;
import dev.cookiereg.model.Cookie;
import dev.cookiereg.model.IsoDuration;
import dev.cookiereg.model.Registry;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * {@code consent-lifetime-over-6-months}: the cookie the banner library keeps visitors' choices in
 * lasts longer than about six months, so a refusal (or a consent) is not asked again when the
 * regulator expects. The cookie the model adds for a library lasts {@link
 * dev.cookiereg.model.ConsentLibrary#expiresAfterDays()}; one the editor declares states its own.
 */
final class ConsentLifetime implements Check {
  @Override
  public void check(
      ComplianceRule rule, Registry registry, Predicate<String> written, Report report) {
    if (!Reach.reaches(rule, registry)) return;
    Optional<Cookie> cookie = ConsentCookie.of(registry);
    if (cookie.isEmpty()) return;
    Cookie c = cookie.get();
    Optional<IsoDuration> over = Lifetimes.over(c.retention(), rule.limit());
    if (over.isEmpty()) return;
    String at = "/cookies/" + registry.cookies().indexOf(c);
    report.at(
        written.test(at) ? at + "/duration" : "/consentPlatform/library",
        c.accepted(),
        "the banner's cookie '"
            + Names.of(c)
            + "' keeps visitors' choices for "
            + over.get().display()
            + ", longer than about "
            + rule.limit().display()
            + " ("
            + Lifetimes.longestDays(rule.limit())
            + " days at most, the longest "
            + rule.limit().display()
            + " on the calendar): ask again sooner, or accept the finding with a reason");
  }
}
