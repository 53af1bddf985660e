package dev.cookiereg.diff;

import dev.cookiereg.model.Category;
import dev.cookiereg.model.Cookie;
import dev.cookiereg.model.Provider;
import dev.cookiereg.model.Registry;
import dev.cookiereg.model.Technology;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Which element of the head continues which element of the base, for every kind of element,
 * computed once before any comparison: by stable id (never by position), or through {@code
 * renamedFrom} when the element it names is gone from the head. A rename is one change, never a
 * removal and an addition.
 */
final class Matching {
  private final Registry base;
  private final Registry head;
  private final Matched<Category> categories;
  private final Matched<Provider> providers;
  private final Matched<Cookie> cookies;
  private final Matched<Technology> technologies;

  /** Providers renamed since the base (head id → base id), so their cookies keep their provider. */
  private final Map<String, String> providerRenames = new HashMap<>();

  Matching(Registry base, Registry head) {
    this.base = base;
    this.head = head;
    this.categories = match("categories", base.categories(), head.categories(), Category::id, null);
    this.providers =
        match("providers", base.providers(), head.providers(), Provider::id, Provider::renamedFrom);
    this.cookies =
        match("cookies", base.cookies(), head.cookies(), Cookie::id, Cookie::renamedFrom);
    this.technologies =
        match(
            "technologies",
            base.technologies(),
            head.technologies(),
            Technology::id,
            Technology::renamedFrom);
    for (Pair<Provider> p : providers.pairs()) {
      if (p.renamed()) providerRenames.put(p.now().id(), p.was().id());
    }
  }

  Registry base() {
    return base;
  }

  Registry head() {
    return head;
  }

  Matched<Category> categories() {
    return categories;
  }

  Matched<Provider> providers() {
    return providers;
  }

  Matched<Cookie> cookies() {
    return cookies;
  }

  Matched<Technology> technologies() {
    return technologies;
  }

  /**
   * Whether the provider a cookie or technology names in the head is the one it named in the base,
   * given the providers renamed since.
   */
  boolean sameProvider(String baseProvider, String headProvider) {
    return baseProvider.equals(providerRenames.getOrDefault(headProvider, headProvider));
  }

  /**
   * A head element with the base element it continues (null when new), and where it stands in the
   * head.
   */
  record Pair<T>(T was, T now, boolean renamed, String at) {}

  /**
   * The head's elements in order, each paired with its base element; and the base elements nothing
   * continues.
   */
  record Matched<T>(List<Pair<T>> pairs, List<T> removed) {}

  /**
   * Pairs the elements of one list; {@code renamedFrom} is null for a kind that cannot be renamed.
   */
  private static <T> Matched<T> match(
      String list,
      List<T> baseItems,
      List<T> headItems,
      Function<T, String> id,
      Function<T, String> renamedFrom) {
    Map<String, T> old = index(baseItems, id);
    Map<String, Integer> now = positions(headItems, id);
    Set<String> continued = new HashSet<>();
    List<Pair<T>> pairs = new ArrayList<>();
    for (T item : headItems) {
      T was = old.get(id.apply(item));
      String from = renamedFrom == null ? null : renamedFrom.apply(item);
      boolean renamed =
          was == null && from != null && !now.containsKey(from) && old.containsKey(from);
      if (renamed) was = old.get(from);
      if (was != null) continued.add(id.apply(was));
      pairs.add(new Pair<>(was, item, renamed, "/" + list + "/" + now.get(id.apply(item))));
    }
    List<T> removed = baseItems.stream().filter(b -> !continued.contains(id.apply(b))).toList();
    return new Matched<>(pairs, removed);
  }

  private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
    Map<String, T> out = new LinkedHashMap<>();
    items.forEach(i -> out.putIfAbsent(id.apply(i), i));
    return out;
  }

  private static <T> Map<String, Integer> positions(List<T> items, Function<T, String> id) {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) out.putIfAbsent(id.apply(items.get(i)), i);
    return out;
  }
}
