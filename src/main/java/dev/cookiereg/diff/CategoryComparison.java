package dev.cookiereg.diff;

import dev.cookiereg.model.Category;
import java.util.List;
import java.util.Map;

/**
 * Categories: added, removed, made necessary or optional, on or off by default, consent regions.
 */
final class CategoryComparison implements Comparison {
  private static final String KIND = "category";

  @Override
  public void compare(Matching matching, ProseComparison prose, Changes out) {
    Matching.Matched<Category> m = matching.categories();
    for (Matching.Pair<Category> pair : m.pairs()) {
      Category c = pair.now();
      Category was = pair.was();
      String at = pair.at();
      if (was == null) {
        out.add(CategoryRules.CATEGORY_ADDED, KIND, c.id(), at);
        continue;
      }
      if (!was.required() && c.required())
        out.add(CategoryRules.CATEGORY_MADE_NECESSARY, KIND, c.id(), at);
      if (was.required() && !c.required())
        out.add(CategoryRules.CATEGORY_MADE_OPTIONAL, KIND, c.id(), at);
      if (!c.required() && !was.defaultEnabled() && c.defaultEnabled()) {
        out.add(CategoryRules.CATEGORY_DEFAULT_ON, KIND, c.id(), at);
      }
      if (!c.required() && was.defaultEnabled() && !c.defaultEnabled()) {
        out.add(CategoryRules.CATEGORY_DEFAULT_OFF, KIND, c.id(), at);
      }
      if (!was.required() && !c.required())
        regions(out, c.id(), at, was.consentRequiredIn(), c.consentRequiredIn());
      FactComparison.details(
          out, KIND, c.id(), at, "Consent Mode storage types", was.consentMode(), c.consentMode());
      FactComparison.legalBasis(out, KIND, c.id(), at, was.legalBasis(), c.legalBasis());
      FactComparison.accepted(out, KIND, c.id(), at, was.accepted(), c.accepted());
      prose.purpose(out, KIND, c.id(), at, "description", was.description(), c.description());
      prose.text(out, KIND, c.id(), at, text(was), text(c));
    }
    m.removed().forEach(c -> out.add(CategoryRules.CATEGORY_REMOVED, KIND, c.id(), "/categories"));
  }

  /** The category's own prose: title, legal basis statement, clauses and notes. */
  private static Text text(Category c) {
    return Text.join(
        "\n",
        c.title(),
        c.legalBasisStatement(),
        RecordText.blocks(c.clauses()),
        String.join("\n", c.notes()));
  }

  /**
   * Regions where a refusable category no longer asks for consent lose a choice (material); new
   * ones gain it. A category made always-on or refusable is already its own change.
   */
  private static void regions(
      Changes out, String id, String at, List<String> from, List<String> to) {
    List<String> dropped = from.stream().filter(r -> !to.contains(r)).toList();
    List<String> added = to.stream().filter(r -> !from.contains(r)).toList();
    if (!dropped.isEmpty()) {
      out.add(
          CategoryRules.CONSENT_REGIONS_NARROWED,
          KIND,
          id,
          at,
          Map.of("regions", String.join(", ", dropped)));
    }
    if (!added.isEmpty()) {
      out.add(
          CategoryRules.CONSENT_REGIONS_WIDENED,
          KIND,
          id,
          at,
          Map.of("regions", String.join(", ", added)));
    }
  }
}
