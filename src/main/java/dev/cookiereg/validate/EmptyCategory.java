package dev.cookiereg.validate;

import dev.cookiereg.model.Category;
import dev.cookiereg.model.Provider;
import dev.cookiereg.model.Registry;
import java.util.HashSet;
import java.util.Set;

/**
 * {@link Lints#EMPTY_CATEGORY}: a category holds a cookie or technology, or a provider's undeclared
 * cookies.
 */
final class EmptyCategory implements Check {
  @Override
  public void check(LintedRegistry registry, Report report) {
    Registry r = registry.model();
    Set<String> withUndeclared = new HashSet<>();
    for (Provider p : r.providers()) {
      if (p.undeclaredCookiesCategory() != null) withUndeclared.add(p.undeclaredCookiesCategory());
    }
    for (int i = 0; i < r.categories().size(); i++) {
      Category c = r.categories().get(i);
      if (r.cookiesIn(c.id()).isEmpty()
          && r.technologiesIn(c.id()).isEmpty()
          && !withUndeclared.contains(c.id())) {
        report.at(
            "/categories/" + i,
            "category '"
                + c.id()
                + "' has no cookies or technologies; remove it or add what it covers");
      }
    }
  }
}
