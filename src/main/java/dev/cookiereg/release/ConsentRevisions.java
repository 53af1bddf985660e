package dev.cookiereg.release;

import dev.cookiereg.diff.AffectedCategory;
import dev.cookiereg.diff.Change;
import dev.cookiereg.diff.ConsentImpact;
import dev.cookiereg.diff.DiffReport;
import dev.cookiereg.diff.RegistryDiff;
import dev.cookiereg.model.Category;
import dev.cookiereg.model.Registry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * For each category, the banner revision (the policy's major version) of the last release that
 * asked its consent again: a release with a change whose consent impact is {@code all} (every
 * category), or {@code category} or {@code ask} (the categories the change concerns). A category
 * never asked again keeps the revision of the first release that had it. Consent a visitor gave at
 * a banner revision at least this high still covers the category.
 */
public record ConsentRevisions(Map<String, Integer> byCategory) {
  private static final Set<ConsentImpact> ASKS_AGAIN =
      Set.of(ConsentImpact.CATEGORY, ConsentImpact.ASK);

  public ConsentRevisions {
    byCategory = Map.copyOf(byCategory);
  }

  /**
   * The revisions over {@code history}, the registries of every release oldest first, the one being
   * built last.
   */
  public static ConsentRevisions over(List<Registry> history) {
    return over(history, RegistryDiff::compare);
  }

  /** As {@link #over(List)}, comparing each release with the one before by {@code compare}. */
  public static ConsentRevisions over(
      List<Registry> history, BiFunction<Registry, Registry, DiffReport> compare) {
    Map<String, Integer> out = new LinkedHashMap<>();
    Registry previous = null;
    for (Registry r : history) {
      int revision = r.policy().version().major();
      if (previous != null) {
        for (Change c : compare.apply(previous, r).changes()) {
          if (c.rule().consent() == ConsentImpact.ALL) {
            r.categories().forEach(k -> out.put(k.id(), revision));
          } else if (ASKS_AGAIN.contains(c.rule().consent())) {
            for (AffectedCategory k : c.categories()) out.put(k.id(), revision);
          }
        }
      }
      for (Category k : r.categories()) out.putIfAbsent(k.id(), revision);
      previous = r;
    }
    return new ConsentRevisions(out);
  }

  /** A registry without earlier releases: every category at its own revision. */
  public static ConsentRevisions first(Registry registry) {
    return over(List.of(registry));
  }

  /** The category's revision; the registry's own for a category the history does not know. */
  public int of(String category, Registry registry) {
    return byCategory.getOrDefault(category, registry.policy().version().major());
  }
}
