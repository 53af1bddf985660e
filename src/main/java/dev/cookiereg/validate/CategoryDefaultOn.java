package dev.cookiereg.validate;

import dev.cookiereg.model.Category;

/** {@link Lints#CATEGORY_DEFAULT_ON}: a category the visitor can refuse is off by default. */
final class CategoryDefaultOn implements Check {
  @Override
  public void check(LintedRegistry registry, Report report) {
    for (int i = 0; i < registry.model().categories().size(); i++) {
      Category c = registry.model().categories().get(i);
      if (!c.required() && c.defaultEnabled()) {
        report.at(
            "/categories/" + i + "/defaultEnabled",
            "category '"
                + c.id()
                + "' can be refused, so it must be off by default (pre-ticked boxes are not"
                + " consent)");
      }
    }
  }
}
