package dev.cookiereg.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import dev.cookiereg.diagnostic.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The schema's findings in the words of the file: where ({@code cookies[4].duration}), what was
 * found, and what the schema expects, from its description and examples.
 */
final class SchemaMessages {
  private final JsonNode schemaNode;

  SchemaMessages(JsonNode schemaNode) {
    this.schemaNode = schemaNode;
  }

  /** The message for one error of the library, at the pointer of the value it concerns. */
  String message(Error e, String pointer) {
    String where = pointer.isEmpty() ? "the registry" : describe(pointer);
    String keyword = e.getKeyword() == null ? "" : e.getKeyword();
    JsonNode rule =
        schemaAt(e.getSchemaLocation() == null ? null : e.getSchemaLocation().getFragment());
    JsonNode value = e.getInstanceNode();
    return switch (keyword) {
      case "additionalProperties" ->
          "unknown key '"
              + e.getProperty()
              + "' in "
              + where
              + suggestKey(e.getProperty(), rule.path("properties"));
      case "required" -> where + " is missing the required key '" + e.getProperty() + "'";
      case "enum" -> where + ": " + quote(value) + " is not one of: " + join(rule.path("enum"));
      case "type" ->
          where + ": expected " + typeWords(rule.path("type")) + ", found " + found(value);
      case "pattern", "format", "const", "not" ->
          where + ": " + quote(value) + " is not valid. " + hint(rule);
      case "oneOf", "anyOf" ->
          where
              + ": "
              + (value != null && value.isValueNode() ? quote(value) + " " : "")
              + (String.valueOf(e.getMessage()).contains(" 0 are valid")
                  ? "matches none"
                  : "matches more than one")
              + " of the allowed forms. "
              + hint(rule);
      default -> where + ": " + e.getMessage();
    };
  }

  /** The schema object that holds the failing keyword. */
  private JsonNode schemaAt(NodePath keywordPath) {
    if (keywordPath == null) return schemaNode;
    JsonNode node = schemaNode;
    for (int i = 0; i < keywordPath.getNameCount() - 1; i++) {
      Object element = keywordPath.getElement(i);
      node =
          element instanceof Integer index ? node.path(index) : node.path(String.valueOf(element));
    }
    return node;
  }

  /**
   * What the schema expects: the first sentence of its description (when short) and its simple
   * examples.
   */
  private static String hint(JsonNode rule) {
    String description = rule.path("description").asText("");
    String first = description.replaceFirst("(?s)(?<=\\.) .*", "").strip(); // up to the first ". "
    List<String> examples = new ArrayList<>();
    rule.path("examples")
        .forEach(
            x -> {
              if (x.isValueNode() && examples.size() < 3) examples.add(x.asText());
            });
    String out = first.length() <= 140 ? first : "";
    List<String> keys = new ArrayList<>();
    rule.path("oneOf")
        .forEach(
            option -> {
              if (option.path("required").size() == 1)
                keys.add(option.path("required").get(0).asText());
            });
    if (keys.size() == rule.path("oneOf").size() && !keys.isEmpty()) {
      out = (out + " Write exactly one of: " + String.join(", ", keys) + ".").strip();
    }
    if (!examples.isEmpty() && !first.toLowerCase(Locale.ROOT).contains("for example"))
      out = (out + " For example: " + String.join(", ", examples) + ".").strip();
    return out;
  }

  private static String quote(JsonNode value) {
    if (value == null) return "the value";
    String text = value.isTextual() ? value.asText() : value.toString();
    return "'" + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "'";
  }

  static String found(JsonNode value) {
    if (value == null || value.isNull()) return "nothing";
    if (value.isTextual()) return "the text " + quote(value);
    if (value.isBoolean()) return "the boolean " + value.asText();
    if (value.isNumber()) return "the number " + value.asText();
    if (value.isArray()) return "a list";
    return "a mapping";
  }

  private static String typeWords(JsonNode type) {
    List<String> words = new ArrayList<>();
    (type.isArray() ? type : List.of(type))
        .forEach(
            t ->
                words.add(
                    switch (t.asText()) {
                      case "boolean" -> "true or false";
                      case "string" -> "text";
                      case "integer" -> "a whole number";
                      case "number" -> "a number";
                      case "array" -> "a list";
                      case "object" -> "a mapping (key: value)";
                      default -> t.asText();
                    }));
    return String.join(" or ", words);
  }

  private static String join(JsonNode values) {
    List<String> out = new ArrayList<>();
    values.forEach(v -> out.add(v.asText()));
    return String.join(", ", out);
  }

  private static String suggestKey(String wrong, JsonNode properties) {
    List<String> keys = new ArrayList<>();
    properties.fieldNames().forEachRemaining(keys::add);
    return Suggestions.didYouMean(wrong, keys);
  }

  /**
   * A pointer in the words of the file: {@code /cookies/3/duration} → {@code cookies[3].duration}.
   */
  static String describe(String pointer) {
    StringBuilder out = new StringBuilder();
    for (String token : pointer.substring(1).split("/")) {
      String t = token.replace("~1", "/").replace("~0", "~");
      if (t.chars().allMatch(Character::isDigit) && !t.isEmpty()) {
        out.append('[').append(Integer.parseInt(t) + 1).append(']');
      } else {
        if (out.length() > 0) out.append('.');
        out.append(t);
      }
    }
    return out.toString();
  }
}
