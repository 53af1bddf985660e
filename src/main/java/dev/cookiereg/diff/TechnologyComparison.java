package dev.cookiereg.diff;

import dev.cookiereg.model.Technology;
import dev.cookiereg.prose.Placeholders;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Technologies other than cookies: added active or inactive, removed, activated or deactivated,
 * enabled or disabled by default, moved to another category.
 */
final class TechnologyComparison implements Comparison {
  private static final String KIND = "technology";

  @Override
  public void compare(Matching matching, ProseComparison prose, Changes out) {
    Matching.Matched<Technology> m = matching.technologies();
    for (Matching.Pair<Technology> pair : m.pairs()) {
      Technology t = pair.now();
      Technology was = pair.was();
      String at = pair.at();
      String id = t.id();
      if (was == null) {
        out.add(
            t.status() == Technology.Status.ACTIVE
                ? TechnologyRules.TECHNOLOGY_ADDED_ACTIVE
                : TechnologyRules.TECHNOLOGY_ADDED_INACTIVE,
            KIND,
            id,
            at,
            Map.of("status", t.status().yaml()));
        continue;
      }
      if (pair.renamed()) FactComparison.renamed(out, KIND, id, at, was.id());
      status(out, id, at, was, t);
      if (!Objects.equals(was.category(), t.category())) {
        out.add(
            TechnologyRules.TECHNOLOGY_MOVED_CATEGORY,
            KIND,
            id,
            at,
            Map.of(
                "from",
                Objects.toString(was.category(), "none"),
                "to",
                Objects.toString(t.category(), "none")));
      }
      FactComparison.provider(out, matching, KIND, id, at, was.provider(), t.provider());
      FactComparison.details(out, KIND, id, at, "kind", was.kind(), t.kind());
      FactComparison.details(out, KIND, id, at, "storage keys", was.keys(), t.keys());
      FactComparison.details(
          out, KIND, id, at, "consent mechanism", was.consentMechanism(), t.consentMechanism());
      FactComparison.legalBasis(out, KIND, id, at, was.legalBasis(), t.legalBasis());
      Supplier<Placeholders> wasScope = () -> Placeholders.forTechnology(matching.base(), was);
      prose.purpose(out, KIND, id, at, "purpose", was.purpose(), t.purpose(), wasScope);
      prose.text(out, KIND, id, at, text(was), text(t), wasScope);
    }
    m.removed()
        .forEach(t -> out.add(TechnologyRules.TECHNOLOGY_REMOVED, KIND, t.id(), "/technologies"));
  }

  /** Whether it runs, and whether it runs unless someone switches it off. */
  private static void status(Changes out, String id, String at, Technology was, Technology t) {
    boolean wasActive = was.status() == Technology.Status.ACTIVE;
    boolean isActive = t.status() == Technology.Status.ACTIVE;
    if (!wasActive && isActive) {
      out.add(
          TechnologyRules.TECHNOLOGY_ACTIVATED, KIND, id, at, Map.of("from", was.status().yaml()));
    } else if (wasActive && !isActive) {
      out.add(
          TechnologyRules.TECHNOLOGY_DEACTIVATED, KIND, id, at, Map.of("to", t.status().yaml()));
    }
    boolean wasOn = Boolean.TRUE.equals(was.enabledByDefault());
    boolean isOn = Boolean.TRUE.equals(t.enabledByDefault());
    if (!wasOn && isOn) {
      out.add(TechnologyRules.TECHNOLOGY_ENABLED_BY_DEFAULT, KIND, id, at);
    } else if (wasOn && !isOn) {
      out.add(TechnologyRules.TECHNOLOGY_DISABLED_BY_DEFAULT, KIND, id, at);
    }
  }

  /** The technology's own prose: title, controls and clauses. */
  private static Text text(Technology t) {
    return Text.join("\n", t.title(), t.controls(), RecordText.blocks(t.clauses()));
  }
}
