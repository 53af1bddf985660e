package dev.cookiereg.validate;

import dev.cookiereg.model.Block;
import dev.cookiereg.model.Cookie;
import dev.cookiereg.model.Provider;
import dev.cookiereg.model.Registry;
import dev.cookiereg.model.Technology;
import java.util.Set;

/**
 * {@link Lints#UNKNOWN_CATEGORY}: the category a cookie, technology, provider or section names is
 * declared.
 */
final class UnknownCategory implements Check {
  @Override
  public void check(LintedRegistry registry, Report report) {
    Registry r = registry.model();
    Set<String> categories = registry.categoryIds();
    for (int i = 0; i < r.cookies().size(); i++) {
      Cookie c = r.cookies().get(i);
      if (categories.contains(c.category())) continue;
      report.at(
          "/cookies/" + i + "/category",
          "cookie '"
              + c.id()
              + "' names category '"
              + c.category()
              + "', which is not declared under categories"
              + LintedRegistry.suggest(c.category(), categories));
    }
    for (int i = 0; i < r.technologies().size(); i++) {
      Technology t = r.technologies().get(i);
      if (t.category() == null || categories.contains(t.category())) continue;
      report.at(
          "/technologies/" + i + "/category",
          "technology '"
              + t.id()
              + "' names category '"
              + t.category()
              + "', which is not declared"
              + LintedRegistry.suggest(t.category(), categories));
    }
    for (int i = 0; i < r.providers().size(); i++) {
      Provider p = r.providers().get(i);
      String named = p.undeclaredCookiesCategory();
      if (named == null || categories.contains(named)) continue;
      report.at(
          "/providers/" + i + "/undeclaredCookies/category",
          "provider '"
              + p.id()
              + "' names category '"
              + named
              + "', which is not declared"
              + LintedRegistry.suggest(named, categories));
    }
    for (Places.BlockSite site : registry.places().blocks) {
      if (site.block() instanceof Block.CategoryRef ref && !categories.contains(ref.category())) {
        report.at(
            site.pointer() + "/category",
            "section names category '"
                + ref.category()
                + "', which is not declared"
                + LintedRegistry.suggest(ref.category(), categories));
      }
    }
  }
}
