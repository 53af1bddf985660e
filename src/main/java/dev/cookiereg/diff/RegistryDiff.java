package dev.cookiereg.diff;

import dev.cookiereg.model.Registry;
import java.util.List;

/**
 * Compares two registries element by element, matching by stable id (never by position), and
 * classifies every difference by the rules in {@link ChangeRules}. A move is one change, a rename
 * only through {@code renamedFrom}; order, formatting and comments of the YAML never count.
 */
public final class RegistryDiff {
  /** One comparison per kind of element; each emits the rules whose rows name it. */
  static final List<Comparison> COMPARISONS =
      List.of(
          new CategoryComparison(),
          new ProviderComparison(),
          new CookieComparison(),
          new TechnologyComparison(),
          new PolicyComparison(),
          new TranslationComparison());

  private RegistryDiff() {}

  /**
   * Classifies every change from {@code base} (the last release) to {@code head} (the registry
   * now).
   */
  public static DiffReport compare(Registry base, Registry head) {
    Matching matching = new Matching(base, head);
    ProseComparison prose = new ProseComparison(base);
    Changes out = new Changes(new ChangeWords(base, head));
    for (Comparison c : COMPARISONS) c.compare(matching, prose, out);
    return new DiffReport(AffectedCategories.of(out.list(), base, head));
  }
}
