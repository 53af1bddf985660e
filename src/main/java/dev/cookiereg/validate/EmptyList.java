package dev.cookiereg.validate;

import dev.cookiereg.model.Block;

/** {@link Lints#EMPTY_LIST}: a lettered clause has items or a generated list to letter. */
final class EmptyList implements Check {
  @Override
  public void check(LintedRegistry registry, Report report) {
    for (Places.BlockSite site : registry.places().blocks) {
      if (site.block() instanceof Block.Clause c
          && c.lettered()
          && c.items().isEmpty()
          && c.list() == null) {
        report.at(site.pointer(), "a lettered clause needs 'items' or a 'list' to letter");
      }
    }
  }
}
