package dev.cookiereg.validate;

import dev.cookiereg.model.Category;
import dev.cookiereg.model.LegalBasis;

/**
 * {@link Lints#REQUIRED_NEEDS_EXEMPTION}: a required category rests on the strictly-necessary
 * exemption.
 */
final class RequiredCategoryConsent implements Check {
  @Override
  public void check(LintedRegistry registry, Report report) {
    for (int i = 0; i < registry.model().categories().size(); i++) {
      Category c = registry.model().categories().get(i);
      if (c.required() && c.legalBasis() == LegalBasis.CONSENT) {
        report.at(
            "/categories/" + i + "/legalBasis",
            "category '"
                + c.id()
                + "' is required (always on) but rests on consent; always-on cookies need the"
                + " strictly-necessary exemption");
      }
    }
  }
}
