package dev.cookiereg.validate;

import dev.cookiereg.model.Block;
import dev.cookiereg.model.Provider;

/**
 * {@link Lints#MISSING_PROVIDER_DESCRIPTION}: each provider a category's providers list shows has a
 * description.
 */
final class MissingProviderDescription implements Check {
  @Override
  public void check(LintedRegistry registry, Report report) {
    for (Places.BlockSite site : registry.places().blocks) {
      if (site.category() == null
          || !(site.block() instanceof Block.Clause c)
          || c.list() != Block.GeneratedList.PROVIDERS) {
        continue;
      }
      for (Provider p : registry.model().providersIn(site.category().id())) {
        if (p.description() == null) {
          report.at(
              site.pointer(), "provider '" + p.id() + "' is listed here but has no description");
        }
      }
    }
  }
}
