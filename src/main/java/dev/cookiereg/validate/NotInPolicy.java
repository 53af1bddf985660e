package dev.cookiereg.validate;

import dev.cookiereg.model.Block;
import dev.cookiereg.model.Registry;
import java.util.HashMap;
import java.util.Map;

/**
 * {@link Lints#NOT_IN_POLICY}: every category and technology is placed once, by a section or by the
 * clauses of a technology (which the page shows where the technology is placed); a category's own
 * clauses place nothing.
 */
final class NotInPolicy implements Check {
  @Override
  public void check(LintedRegistry registry, Report report) {
    Map<String, Integer> categoryUses = new HashMap<>();
    Map<String, Integer> technologyUses = new HashMap<>();
    for (Places.BlockSite site : registry.places().blocks) {
      if (site.holder() == Places.Holder.CATEGORY) continue;
      if (site.block() instanceof Block.CategoryRef ref) {
        categoryUses.merge(ref.category(), 1, Integer::sum);
      } else if (site.block() instanceof Block.TechnologyRef ref) {
        technologyUses.merge(ref.technology(), 1, Integer::sum);
      }
    }
    Registry r = registry.model();
    for (int i = 0; i < r.categories().size(); i++) {
      String id = r.categories().get(i).id();
      report(report, "/categories/" + i, "category", id, categoryUses.getOrDefault(id, 0));
    }
    for (int i = 0; i < r.technologies().size(); i++) {
      String id = r.technologies().get(i).id();
      report(report, "/technologies/" + i, "technology", id, technologyUses.getOrDefault(id, 0));
    }
  }

  private static void report(Report report, String pointer, String kind, String id, int uses) {
    if (uses == 1) return;
    report.at(
        pointer,
        kind
            + " '"
            + id
            + "' appears "
            + uses
            + " times in the policy's sections; place it once with '- "
            + kind
            + ": "
            + id
            + "'");
  }
}
