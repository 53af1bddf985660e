package dev.cookiereg.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cookiereg.model.Category;
import dev.cookiereg.model.Regions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Which categories ask consent in which region, as the init scripts look a visitor's region up
 * (policy 5.1.3: elsewhere the banner only informs). Keys are ISO 3166-1 alpha-2 countries and ISO
 * 3166-2 subdivisions, each with the categories its {@code consentRequiredIn} covers, in policy
 * order:
 *
 * <ul>
 *   <li>a subdivision ({@code CA-QC}) asks what it and its country ask;
 *   <li>a country with a listed subdivision ({@code CA}) asks what any of them asks, since the
 *       visitor may be in it (the safe reading);
 *   <li>{@code CA-*}, any other subdivision of such a country, asks what the country itself asks;
 *   <li>any other code asks {@link #elsewhere}: the categories naming {@code ALL}.
 * </ul>
 *
 * A required category never asks. A visitor whose region is not given is asked for every category:
 * the scripts decide that, not this table.
 *
 * @param regions each listed code and {@code <country>-*} → the category ids asking consent there
 * @param elsewhere the category ids asking consent in every other country
 */
record ConsentRegions(Map<String, List<String>> regions, List<String> elsewhere) {
  /** The key that stands for every unlisted subdivision of {@code country}. */
  static String otherSubdivisions(String country) {
    return country + "-*";
  }

  static ConsentRegions of(List<Category> categories, Regions codes) {
    Set<String> everywhere = new LinkedHashSet<>();
    Map<String, Set<String>> own = new TreeMap<>();
    for (Category c : categories) {
      if (c.required()) continue;
      for (String code : c.consentRequiredIn()) {
        if (Regions.isAll(code)) {
          everywhere.add(c.id());
          continue;
        }
        for (String place : codes.countries(code).orElse(List.of())) {
          own.computeIfAbsent(place, k -> new LinkedHashSet<>()).add(c.id());
        }
      }
    }
    Map<String, Set<String>> table = new TreeMap<>();
    for (Map.Entry<String, Set<String>> e : own.entrySet()) {
      String place = e.getKey();
      String country = Regions.country(place);
      Set<String> countryOwn = own.getOrDefault(country, Set.of());
      if (place.equals(country)) {
        add(table, place, everywhere, e.getValue());
        continue;
      }
      add(table, place, everywhere, e.getValue(), countryOwn);
      add(table, country, everywhere, countryOwn, e.getValue());
      add(table, otherSubdivisions(country), everywhere, countryOwn);
    }
    Map<String, List<String>> regions = new TreeMap<>();
    table.forEach((code, ids) -> regions.put(code, inPolicyOrder(categories, ids)));
    return new ConsentRegions(regions, inPolicyOrder(categories, everywhere));
  }

  @SafeVarargs
  private static void add(Map<String, Set<String>> table, String code, Set<String>... ids) {
    Set<String> into = table.computeIfAbsent(code, k -> new LinkedHashSet<>());
    for (Set<String> s : ids) into.addAll(s);
  }

  private static List<String> inPolicyOrder(List<Category> categories, Set<String> ids) {
    return categories.stream().map(Category::id).filter(ids::contains).toList();
  }

  /**
   * The categories asking consent for a visitor in {@code code} (a country or a subdivision), as
   * the init scripts look it up.
   */
  List<String> askingIn(String code) {
    if (regions.containsKey(code)) return regions.get(code);
    String country = Regions.country(code);
    if (!country.equals(code) && regions.containsKey(otherSubdivisions(country))) {
      return regions.get(otherSubdivisions(country));
    }
    return regions.getOrDefault(country, elsewhere);
  }

  /**
   * The table as the init scripts embed it, {@code {"regions": {...}, "elsewhere": [...]}}, each
   * category named by the id the library's config gives it.
   */
  ObjectNode json(Function<String, String> configId) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    ObjectNode r = o.putObject("regions");
    regions.forEach((code, ids) -> ids(r.putArray(code), ids, configId));
    ids(o.putArray("elsewhere"), elsewhere, configId);
    return o;
  }

  private static void ids(ArrayNode into, List<String> ids, Function<String, String> configId) {
    new ArrayList<>(ids).forEach(id -> into.add(configId.apply(id)));
  }
}
