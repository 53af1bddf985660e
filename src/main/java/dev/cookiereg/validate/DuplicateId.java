package dev.cookiereg.validate;

import dev.cookiereg.model.Cookie;
import dev.cookiereg.model.Provider;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@link Lints#DUPLICATE_ID}: ids are unique within providers and within cookies; everything a
 * cross-reference can name (sections, clauses, categories, technologies, related documents) shares
 * one namespace, which also catches a category or technology declared twice; and no id meets one
 * the page gives its own elements ({@link PageIdClaims}).
 */
final class DuplicateId implements Check {
  @Override
  public void check(LintedRegistry registry, Report report) {
    withinKind(registry, report, "providers", registry.model().providers(), Provider::id);
    withinKind(registry, report, "cookies", registry.model().cookies(), Cookie::id);
    Map<String, String> first = new HashMap<>();
    for (Places.Anchor a : registry.places().anchors) {
      String earlier = first.putIfAbsent(a.id(), a.pointer());
      if (earlier != null) {
        report.at(
            a.pointer(),
            "id '"
                + a.id()
                + "' is already used at line "
                + registry.line(earlier)
                + "; cross-references need unique ids");
      }
    }
    new PageIdClaims(registry, report).check();
  }

  private static <T> void withinKind(
      LintedRegistry registry, Report report, String kind, List<T> items, Function<T, String> id) {
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      String value = id.apply(items.get(i));
      Integer previous = first.putIfAbsent(value, i);
      if (previous != null) {
        report.at(
            "/" + kind + "/" + i,
            "duplicate id '"
                + value
                + "' in "
                + kind
                + " (first at line "
                + registry.line("/" + kind + "/" + previous)
                + ")");
      }
    }
  }
}
