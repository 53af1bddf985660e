package dev.cookiereg;

import dev.cookiereg.diagnostic.Diagnostic;
import dev.cookiereg.load.SourceMap;
import dev.cookiereg.model.Registry;
import java.util.List;

/**
 * A valid registry with where its elements were written and the warnings it passed with.
 *
 * @param warnings diagnostics that do not make the registry invalid, sorted by position
 */
public record LoadedRegistry(Registry registry, SourceMap sourceMap, List<Diagnostic> warnings) {
  public LoadedRegistry {
    warnings = List.copyOf(warnings);
  }
}
