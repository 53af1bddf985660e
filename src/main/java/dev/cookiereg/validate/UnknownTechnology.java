package dev.cookiereg.validate;

import dev.cookiereg.model.Block;
import java.util.Set;

/** {@link Lints#UNKNOWN_TECHNOLOGY}: the technology a section names is declared. */
final class UnknownTechnology implements Check {
  @Override
  public void check(LintedRegistry registry, Report report) {
    Set<String> technologies = registry.technologyIds();
    for (Places.BlockSite site : registry.places().blocks) {
      if (site.block() instanceof Block.TechnologyRef ref
          && !technologies.contains(ref.technology())) {
        report.at(
            site.pointer() + "/technology",
            "section names technology '"
                + ref.technology()
                + "', which is not declared"
                + LintedRegistry.suggest(ref.technology(), technologies));
      }
    }
  }
}
