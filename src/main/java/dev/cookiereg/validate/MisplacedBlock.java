package dev.cookiereg.validate;

import dev.cookiereg.model.Block;

/**
 * {@link Lints#MISPLACED_BLOCK}: a category's clauses hold clauses and text only, and a providers
 * list stands in a category's clauses (it lists that category's providers).
 */
final class MisplacedBlock implements Check {
  @Override
  public void check(LintedRegistry registry, Report report) {
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
    }
  }
}
