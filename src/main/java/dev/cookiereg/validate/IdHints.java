package dev.cookiereg.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cookiereg.diagnostic.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What to write instead of a value that is not an id: its kebab-case form ({@code Hotjar} → {@code
 * hotjar}); and where the value names another element (a cookie's provider or category, a
 * technology's, a placed category or technology), the id of the element it gives the name or title
 * of ({@code Stats Inc} → {@code stats}), or else the declared ids nearest to it.
 */
final class IdHints {
  private IdHints() {}

  /** The schema's pattern of an id. */
  static final Pattern ID = Pattern.compile("^(?=.{1,64}$)[a-z0-9]+(-[a-z0-9]+)*$");

  /**
   * "write 'hotjar'" or "did you mean 'hotjar' or 'hotjar-eu'?" for the value at the pointer, or
   * null when there is nothing better to say than the schema's description.
   */
  static String hint(JsonNode root, String pointer, String value) {
    String kebab = Suggestions.kebab(value);
    String list = referencedList(pointer);
    List<String> declared = declared(root, list);
    if (declared != null) {
      if (declared.contains(kebab)) return "write '" + kebab + "'";
      String named = namedAs(root, list, kebab);
      if (named != null) return "write its id, '" + named + "'";
      List<String> nearest = Suggestions.nearest(kebab, declared);
      if (!nearest.isEmpty()) return "did you mean " + Suggestions.either(nearest) + "?";
    }
    if (ID.matcher(kebab).matches() && !kebab.equals(value)) return "write '" + kebab + "'";
    return null;
  }

  /**
   * The list whose ids the field at the pointer names: {@code providers}, {@code categories} or
   * {@code technologies}; null for a field that names none.
   */
  static String referencedList(String pointer) {
    String[] tokens = pointer.substring(Math.min(1, pointer.length())).split("/");
    int n = tokens.length;
    String field = tokens[n - 1];
    if (n == 3 && (tokens[0].equals("cookies") || tokens[0].equals("technologies"))) {
      if (field.equals("provider")) return "providers";
      if (field.equals("category")) return "categories";
    }
    if (n == 4 && tokens[0].equals("providers") && tokens[2].equals("undeclaredCookies"))
      return field.equals("category") ? "categories" : null;
    if (n >= 3 && (tokens[n - 3].equals("content") || tokens[n - 3].equals("clauses"))) {
      if (field.equals("category")) return "categories";
      if (field.equals("technology")) return "technologies";
    }
    return null;
  }

  /** The valid id of the item of the list whose name or title reads as {@code kebab}, or null. */
  private static String namedAs(JsonNode root, String list, String kebab) {
    for (JsonNode item : root.path(list)) {
      String id = item.path("id").asText("");
      for (String key : List.of("name", "title")) {
        String name = item.path(key).asText("");
        if (ID.matcher(id).matches() && !name.isEmpty() && Suggestions.kebab(name).equals(kebab))
          return id;
      }
    }
    return null;
  }

  private static List<String> declared(JsonNode root, String list) {
    if (list == null) return null;
    List<String> ids = new ArrayList<>();
    root.path(list)
        .forEach(
            item -> {
              String id = item.path("id").asText("");
              if (ID.matcher(id).matches()) ids.add(id);
            });
    return ids;
  }
}
