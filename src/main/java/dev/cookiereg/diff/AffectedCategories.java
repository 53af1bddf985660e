package dev.cookiereg.diff;

import dev.cookiereg.model.Category;
import dev.cookiereg.model.Cookie;
import dev.cookiereg.model.Provider;
import dev.cookiereg.model.Registry;
import dev.cookiereg.model.Technology;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The categories each change concerns: a cookie's or technology's own, those a provider's cookies
 * and technologies are in, a category itself; as the new registry has them, or as the old one had
 * them for an element it no longer has. Prose and the policy's own facts concern none.
 */
final class AffectedCategories {
  private final Map<String, Set<String>> head;
  private final Map<String, Set<String>> base;
  private final Map<String, String> titles = new HashMap<>();
  private final List<String> order = new ArrayList<>();

  private AffectedCategories(Registry base, Registry head) {
    this.head = index(head);
    this.base = index(base);
    for (Registry r : List.of(head, base)) {
      for (Category c : r.categories()) {
        if (titles.putIfAbsent(c.id(), c.title()) == null) order.add(c.id());
      }
    }
  }

  /** {@code changes}, each with the categories it concerns. */
  static List<Change> of(List<Change> changes, Registry base, Registry head) {
    AffectedCategories a = new AffectedCategories(base, head);
    return changes.stream().map(c -> c.concerning(a.of(c.subject()))).toList();
  }

  private List<AffectedCategory> of(String subject) {
    Set<String> ids = head.getOrDefault(subject, base.getOrDefault(subject, Set.of()));
    return order.stream()
        .filter(ids::contains)
        .map(id -> new AffectedCategory(id, titles.get(id)))
        .toList();
  }

  /** {@code kind:id} → the ids of the categories that element is in. */
  private static Map<String, Set<String>> index(Registry r) {
    Map<String, Set<String>> out = new HashMap<>();
    for (Category c : r.categories()) add(out, "category:" + c.id(), c.id());
    for (Cookie c : r.cookies()) {
      add(out, "cookie:" + c.id(), c.category());
      add(out, "provider:" + c.provider(), c.category());
    }
    for (Technology t : r.technologies()) {
      add(out, "technology:" + t.id(), t.category());
      if (t.provider() != null) add(out, "provider:" + t.provider(), t.category());
    }
    for (Provider p : r.providers()) {
      add(out, "provider:" + p.id(), p.undeclaredCookiesCategory());
    }
    return out;
  }

  private static void add(Map<String, Set<String>> out, String subject, String category) {
    Set<String> ids = out.computeIfAbsent(subject, k -> new LinkedHashSet<>());
    if (category != null) ids.add(category);
  }
}
