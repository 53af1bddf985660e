package dev.cookiereg.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a value is, in the words of the file: the elements that hold it, each named by its id (or
 * its name, title or label) as the editor wrote it, then the keys within the innermost: {@code
 * /cookies/3/duration} is {@code cookie '_ga', duration}, never {@code cookies[4].duration}; a
 * variant's is {@code cookie 'access-token', variant 'standard', duration}.
 */
public final class ElementNames {
  private ElementNames() {}

  /** A list whose items are named, the word for one item, and the keys that name it, in order. */
  private record Kind(String word, List<String> namedBy) {}

  private static final Map<String, Kind> KINDS =
      Map.ofEntries(
          Map.entry("cookies", new Kind("cookie", List.of("id", "name", "label"))),
          Map.entry("providers", new Kind("provider", List.of("id", "name"))),
          Map.entry("categories", new Kind("category", List.of("id", "title"))),
          Map.entry("technologies", new Kind("technology", List.of("id", "title"))),
          Map.entry("sections", new Kind("section", List.of("id", "title"))),
          Map.entry("relatedDocuments", new Kind("related document", List.of("id", "title"))),
          Map.entry("noticeMethods", new Kind("notice method", List.of("id"))),
          Map.entry("features", new Kind("feature", List.of("id"))),
          Map.entry("browsers", new Kind("browser", List.of("name"))),
          Map.entry("variants", new Kind("variant", List.of("label"))),
          Map.entry("content", new Kind("clause", List.of("id"))),
          Map.entry("clauses", new Kind("clause", List.of("id"))));

  /** Lists whose items are named even without a name: by their position, in words. */
  private static final Set<String> ALWAYS_NAMED =
      Set.of("cookies", "providers", "categories", "technologies");

  /** Names longer than this are cut, so a message stays one readable line. */
  private static final int LONGEST = 60;

  /**
   * The pointer in words: {@code cookie '_ga', duration}, {@code provider 'stats'}, {@code
   * policy.noticePeriodDays}, {@code section 'cookies', content[2]}; {@code the registry} for the
   * root. An item of cookies, providers, categories or technologies is always named, by its
   * position in words when it has no name at all ({@code the 3rd cookie}).
   */
  public static String of(JsonNode root, String pointer) {
    if (pointer.isEmpty()) return "the registry";
    String element = null;
    StringBuilder keys = new StringBuilder();
    JsonNode node = root;
    String parentKey = null;
    for (String token : pointer.substring(1).split("/", -1)) {
      String key = token.replace("~1", "/").replace("~0", "~");
      if (node != null && node.isArray() && isIndex(key)) {
        int index = Integer.parseInt(key);
        JsonNode item = node.get(index);
        String named = name(parentKey, item, index);
        if (named != null) {
          element = element == null ? named : element + ", " + named;
          keys.setLength(0);
        } else {
          keys.append('[').append(index + 1).append(']');
        }
        node = item;
      } else {
        node = node == null ? null : node.get(key);
        String subsection = key.equals("section") ? name("sections", node, 0) : null;
        if (subsection != null) {
          element = element == null ? subsection : element + ", " + subsection;
          keys.setLength(0);
        } else {
          if (keys.length() > 0) keys.append('.');
          keys.append(key);
        }
        parentKey = key;
        continue;
      }
      parentKey = null;
    }
    if (element == null) return keys.toString();
    return keys.length() == 0 ? element : element + ", " + keys;
  }

  /**
   * How an item of the list under {@code listKey} is named, or null for a list of unnamed items.
   */
  private static String name(String listKey, JsonNode item, int index) {
    Kind kind = listKey == null ? null : KINDS.get(listKey);
    if (kind == null) return null;
    for (String key : kind.namedBy()) {
      JsonNode value = item == null ? null : item.get(key);
      if (value != null && value.isTextual() && !value.asText().isBlank()) {
        return kind.word() + " '" + cut(value.asText()) + "'";
      }
    }
    return ALWAYS_NAMED.contains(listKey) ? "the " + ordinal(index + 1) + " " + kind.word() : null;
  }

  private static String cut(String name) {
    String line = name.strip().replaceAll("\\s+", " ");
    return line.length() > LONGEST ? line.substring(0, LONGEST) + "…" : line;
  }

  /** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st… */
  static String ordinal(int n) {
    int tens = n % 100;
    String suffix =
        tens >= 11 && tens <= 13
            ? "th"
            : switch (n % 10) {
              case 1 -> "st";
              case 2 -> "nd";
              case 3 -> "rd";
              default -> "th";
            };
    return n + suffix;
  }

  private static boolean isIndex(String token) {
    return !token.isEmpty() && token.length() < 10 && token.chars().allMatch(Character::isDigit);
  }
}
