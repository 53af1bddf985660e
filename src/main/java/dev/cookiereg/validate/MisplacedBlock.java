package dev.cookiereg.validate;

import dev.cookiereg.model.Block;
import java.util.HashSet;
import java.util.Set;

/**
 * {@link Lints#MISPLACED_BLOCK}: a category's clauses hold clauses and text only, and a providers
 * list or a cookie table stands in a category's clauses (it shows that category's), a cookie table
 * once.
 */
final class MisplacedBlock implements Check {
  @Override
  public void check(LintedRegistry registry, Report report) {
    Set<String> tablePlaced = new HashSet<>();
    for (Places.BlockSite site : registry.places().blocks) {
      Block b = site.block();
      if (site.category() != null && !(b instanceof Block.Clause || b instanceof Block.Text)) {
        report.at(
            site.pointer(),
            "category '"
                + site.category().id()
                + "' holds only clauses and text; place a section, category, technology or"
                + " generated block in a section");
      }
      if (site.category() == null
          && b instanceof Block.Clause c
          && c.list() == Block.GeneratedList.PROVIDERS) {
        report.at(
            site.pointer(),
            "'list: providers' lists a category's providers; use it in a category's clauses");
      }
      if (b instanceof Block.Clause c && c.table() == Block.GeneratedTable.COOKIES) {
        if (site.category() == null) {
          report.at(
              site.pointer(),
              "'table: cookies' places a category's cookie table; use it in a category's clauses");
        } else if (!tablePlaced.add(site.category().id())) {
          report.at(
              site.pointer(),
              "category '"
                  + site.category().id()
                  + "' already places its cookie table under an earlier clause; place it once");
        }
      }
    }
  }
}
