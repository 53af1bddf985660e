package dev.cookiereg.validate;

import dev.cookiereg.model.Category;
import dev.cookiereg.model.LegalBasis;

/** {@link Lints#COOKIE_WITHOUT_CONSENT}: no category holds cookies under legitimate interest. */
final class LegitimateInterestCookie implements Check {
  @Override
  public void check(LintedRegistry registry, Report report) {
    for (int i = 0; i < registry.model().categories().size(); i++) {
      Category c = registry.model().categories().get(i);
      if (c.legalBasis() == LegalBasis.LEGITIMATE_INTEREST
          && !registry.model().cookiesIn(c.id()).isEmpty()) {
        report.at(
            "/categories/" + i + "/legalBasis",
            "category '"
                + c.id()
                + "' holds cookies under legitimate interest; storing cookies needs consent or"
                + " the strictly-necessary exemption");
      }
    }
  }
}
