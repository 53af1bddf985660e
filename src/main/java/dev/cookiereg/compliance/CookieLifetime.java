package dev.cookiereg.compliance;

import dev.cookiereg.model.Category;
import dev.cookiereg.model.ConsentCookie;
import dev.cookiereg.model.Cookie;
import dev.cookiereg.model.IsoDuration;
import dev.cookiereg.model.LegalBasis;
import dev.cookiereg.model.Registry;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A cookie declared to last longer than its row's limit: where a regulator caps consent-based
 * cookies ({@code retention-over-13-months}: CNIL, 13 months), or everywhere, where browsers cap
 * every cookie ({@code lifetime-over-browser-cap}: Chromium and Safari, 400 days). The banner
 * library's own cookie answers to {@code consent-lifetime-over-6-months} instead.
 */
final class CookieLifetime implements Check {
  private final boolean consentBasedOnly;

  /**
   * @param consentBasedOnly only cookies of categories that ask consent where the row applies
   */
  CookieLifetime(boolean consentBasedOnly) {
    this.consentBasedOnly = consentBasedOnly;
  }

  @Override
  public void check(
      ComplianceRule rule, Registry registry, Predicate<String> written, Report report) {
    Optional<Cookie> consentCookie = ConsentCookie.of(registry);
    List<Cookie> cookies = registry.cookies();
    for (int i = 0; i < cookies.size(); i++) {
      Cookie c = cookies.get(i);
      String at = "/cookies/" + i;
      if (!written.test(at)) continue; // added by the model, answered for by its own rule
      if (consentBasedOnly) {
        Category category = registry.category(c.category()).orElse(null);
        if (category == null
            || category.required()
            || category.legalBasis() != LegalBasis.CONSENT
            || consentCookie.filter(c::equals).isPresent()
            || !Reach.asksConsentWhere(rule, registry, category)) continue;
        Optional<IsoDuration> over = Lifetimes.over(c.retention(), rule.limit());
        if (over.isEmpty()) continue;
        report.at(
            at + "/duration",
            c.accepted(),
            "cookie '"
                + Names.of(c)
                + "' of consent-based category '"
                + category.id()
                + "' lasts "
                + over.get().display()
                + ", longer than the "
                + rule.limit().display()
                + " a consent-based cookie may last in "
                + String.join(", ", rule.regions())
                + ": shorten it, or accept the finding with a reason");
      } else {
        Optional<IsoDuration> over = Lifetimes.over(c.retention(), rule.limit());
        if (over.isEmpty()) continue;
        report.at(
            at + "/duration",
            c.accepted(),
            "cookie '"
                + Names.of(c)
                + "' is declared to last "
                + over.get().display()
                + ", but Chromium and Safari keep a cookie "
                + rule.limit().display()
                + " at most: state "
                + rule.limit().text()
                + " or less, or accept the finding with a reason");
      }
    }
  }
}
