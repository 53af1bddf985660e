package dev.cookiereg.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cookiereg.diagnostic.Diagnostic;
import dev.cookiereg.load.SourceMap;
import dev.cookiereg.load.SourceTree;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The schema's whole-number fields, judged here rather than by the JSON Schema library, which takes
 * {@code 3.0e1} and even {@code 1e309} for integers: only an integer, read exactly, within the
 * field's minimum and maximum fits.
 */
final class WholeNumbers {
  private final JsonNode schemaNode;

  /** The fields, by instance pointer pattern ({@code *} for any list item or key). */
  private final Map<String, JsonNode> fields;

  WholeNumbers(JsonNode schemaNode) {
    this.schemaNode = schemaNode;
    Map<String, JsonNode> found = new LinkedHashMap<>();
    collect(schemaNode, "", new HashSet<>(), found);
    fields = Collections.unmodifiableMap(found);
  }

  /** The fields' pointer patterns, {@code *} standing for any item or key. */
  Set<String> fields() {
    return fields.keySet();
  }

  /**
   * Adds an error for each value of a whole-number field that does not fit it; returns the pointers
   * of every value judged, fitting or not.
   */
  Set<String> judge(SourceTree tree, List<Diagnostic> out) {
    SourceMap map = tree.sourceMap();
    Set<String> judged = new HashSet<>();
    fields.forEach(
        (pattern, rule) ->
            matching(
                tree.root(),
                "",
                pattern.substring(1).split("/", -1),
                0,
                (pointer, value) -> {
                  judged.add(pointer);
                  String problem = problem(value, rule, pointer, tree);
                  if (problem != null) {
                    out.add(
                        Diagnostic.error(
                            map.file(), map.locate(pointer), SchemaValidator.RULE, problem));
                  }
                }));
    return judged;
  }

  /**
   * Why {@code value} does not fit the whole-number field {@code rule}, or null when it does: only
   * an integer, read exactly, within the field's minimum and maximum fits; a decimal never does,
   * even {@code 30.0}.
   */
  private static String problem(JsonNode value, JsonNode rule, String pointer, SourceTree tree) {
    if (value.isIntegralNumber()) {
      BigInteger n = value.bigIntegerValue();
      JsonNode min = rule.path("minimum");
      JsonNode max = rule.path("maximum");
      boolean aboveMin = !min.isNumber() || new BigDecimal(n).compareTo(min.decimalValue()) >= 0;
      boolean belowMax = !max.isNumber() || new BigDecimal(n).compareTo(max.decimalValue()) <= 0;
      if (aboveMin && belowMax) return null;
    }
    String written = tree.sourceMap().writtenNumber(pointer).orElse(value.asText());
    String found =
        value.isNumber()
            ? "the number " + (written.length() > 60 ? written.substring(0, 60) + "…" : written)
            : SchemaMessages.found(value);
    return ElementNames.of(tree.root(), pointer)
        + ": expected "
        + words(pointer, rule)
        + ", found "
        + found;
  }

  /**
   * "a whole number of days from 0 to 365": the unit from a field named …Days, the range from the
   * schema.
   */
  static String words(String pointer, JsonNode rule) {
    String words = "a whole number" + (pointer.endsWith("Days") ? " of days" : "");
    JsonNode min = rule.path("minimum");
    JsonNode max = rule.path("maximum");
    if (min.isNumber() && max.isNumber())
      return words + " from " + min.asText() + " to " + max.asText();
    if (min.isNumber()) return words + " of at least " + min.asText();
    if (max.isNumber()) return words + " of at most " + max.asText();
    return words;
  }

  /**
   * Calls {@code visit} with every value at the pointer pattern's tokens ({@code *}: every item or
   * key).
   */
  private static void matching(
      JsonNode node,
      String pointer,
      String[] tokens,
      int i,
      java.util.function.BiConsumer<String, JsonNode> visit) {
    if (i == tokens.length) {
      visit.accept(pointer, node);
      return;
    }
    String token = tokens[i];
    if (!token.equals("*")) {
      String key = token.replace("~1", "/").replace("~0", "~");
      JsonNode child = node.isObject() ? node.get(key) : null;
      if (child != null) matching(child, pointer + "/" + token, tokens, i + 1, visit);
    } else if (node.isArray()) {
      for (int k = 0; k < node.size(); k++)
        matching(node.get(k), pointer + "/" + k, tokens, i + 1, visit);
    } else if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              f ->
                  matching(
                      f.getValue(),
                      pointer + "/" + SourceMap.token(f.getKey()),
                      tokens,
                      i + 1,
                      visit));
    }
  }

  /**
   * Collects the fields of type integer under {@code s}, by the pointer pattern of the values they
   * describe; local {@code $ref}s are followed once per path (a recursive definition is entered
   * once).
   */
  private void collect(JsonNode s, String pattern, Set<String> refs, Map<String, JsonNode> out) {
    String ref = s.path("$ref").asText("");
    if (ref.startsWith("#/") && refs.add(ref)) {
      collect(schemaNode.at(ref.substring(1)), pattern, refs, out);
      refs.remove(ref);
    }
    if ("integer".equals(s.path("type").asText()) && !pattern.isEmpty())
      out.putIfAbsent(pattern, s);
    s.path("properties")
        .fields()
        .forEachRemaining(
            f -> collect(f.getValue(), pattern + "/" + SourceMap.token(f.getKey()), refs, out));
    if (s.path("items").isObject()) collect(s.path("items"), pattern + "/*", refs, out);
    if (s.path("additionalProperties").isObject()) {
      collect(s.path("additionalProperties"), pattern + "/*", refs, out);
    }
    for (String alternatives : List.of("allOf", "anyOf", "oneOf")) {
      s.path(alternatives).forEach(option -> collect(option, pattern, refs, out));
    }
    if (s.path("then").isObject()) collect(s.path("then"), pattern, refs, out);
    if (s.path("else").isObject()) collect(s.path("else"), pattern, refs, out);
  }
}
