package dev.cookiereg.compliance;

import dev.cookiereg.model.Category;
import dev.cookiereg.model.LegalBasis;
import dev.cookiereg.model.Registry;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code uk-exemption-applies}: a category that asks consent in the UK for analytics or preferences
 * only (its Google Consent Mode types), and whose every provider offers a way to object, which
 * PECR's Schedule A1 may now exempt from consent when visitors are told and can object. Information
 * for editors, who may narrow {@code consentRequiredIn}; nothing is wrong.
 */
final class UkExemption implements Check {
  /** The Consent Mode types of statistics and of the site's appearance or functions. */
  private static final Set<String> EXEMPTIBLE =
      Set.of("analytics_storage", "functionality_storage", "personalization_storage");

  @Override
  public void check(
      ComplianceRule rule, Registry registry, Predicate<String> written, Report report) {
    List<Category> categories = registry.categories();
    for (int i = 0; i < categories.size(); i++) {
      Category c = categories.get(i);
      if (c.required()
          || c.legalBasis() != LegalBasis.CONSENT
          || c.consentMode().isEmpty()
          || !EXEMPTIBLE.containsAll(c.consentMode())
          || !Reach.asksConsentWhere(rule, registry, c)
          || !everyProviderOffersAnOptOut(registry, c)) continue;
      boolean statistics = c.consentMode().contains("analytics_storage");
      report.at(
          "/categories/" + i + "/consentRequiredIn",
          c.accepted(),
          "category '"
              + c.id()
              + "' asks consent in the UK for "
              + (statistics ? "statistics" : "the site's appearance or functions")
              + " ("
              + String.join(", ", c.consentMode())
              + "), and each of its providers offers an opt-out: PECR may no longer require it"
              + " there; you may narrow consentRequiredIn");
    }
  }

  /**
   * The exemption asks for a simple, free way to object: every provider of the category's cookies
   * and technologies states an opt-out route.
   */
  private static boolean everyProviderOffersAnOptOut(Registry registry, Category c) {
    Set<String> providers = new HashSet<>();
    registry.cookiesIn(c.id()).forEach(k -> providers.add(k.provider()));
    registry.technologiesIn(c.id()).stream()
        .filter(t -> t.provider() != null)
        .forEach(t -> providers.add(t.provider()));
    return !providers.isEmpty()
        && providers.stream()
            .allMatch(id -> registry.provider(id).map(p -> p.optOut() != null).orElse(false));
  }
}
