package dev.cookiereg.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import dev.cookiereg.diagnostic.Suggestions;
import dev.cookiereg.model.DurationWords;
import dev.cookiereg.model.IsoDuration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The schema's findings in the words of the file: where ({@code cookie '_ga', duration}, see {@link
 * ElementNames}), what was found, and what the schema expects, from its description and examples,
 * or what to write instead ({@code P6M} for {@code 6 months}, {@code hotjar} for {@code Hotjar}).
 */
final class SchemaMessages {
  private final JsonNode schemaNode;

  private final JsonNode idRule;
  private final JsonNode cookieIdRule;

  SchemaMessages(JsonNode schemaNode) {
    this.schemaNode = schemaNode;
    this.idRule = schemaNode.at("/$defs/id");
    this.cookieIdRule = schemaNode.at("/$defs/cookieId");
  }

  /**
   * The message for one error of the library, at the pointer of the value it concerns in the tree
   * under {@code root}.
   */
  String message(Error e, String pointer, JsonNode root) {
    String where = ElementNames.of(root, pointer);
    String keyword = e.getKeyword() == null ? "" : e.getKeyword();
    NodePath location = e.getSchemaLocation() == null ? null : e.getSchemaLocation().getFragment();
    JsonNode rule = schemaAt(location);
    JsonNode value = e.getInstanceNode();
    String instead = instead(keyword, location, rule, value, pointer, root);
    if (instead != null) return where + ": " + instead;
    return switch (keyword) {
      case "additionalProperties" ->
          "unknown key '"
              + e.getProperty()
              + "' in "
              + where
              + suggestKey(e.getProperty(), rule.path("properties"));
      case "required" -> where + missing(location, e.getProperty());
      case "dependentRequired" -> where + dependent(rule.path("dependentRequired"), value);
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

  /**
   * What to write instead of a text the schema refuses, when it can be told: the ISO 8601 form of a
   * duration written in words, or the id an invalid id should be; else null.
   */
  private String instead(
      String keyword,
      NodePath location,
      JsonNode rule,
      JsonNode value,
      String pointer,
      JsonNode root) {
    if (value == null || !value.isTextual()) return null;
    String text = value.asText();
    boolean refused =
        switch (keyword) {
          case "pattern", "const", "oneOf", "anyOf" -> true;
          default -> false;
        };
    if (!refused) return null;
    if (String.valueOf(location).toLowerCase(Locale.ROOT).contains("duration")) {
      Optional<IsoDuration> stated = DurationWords.read(text).filter(d -> d.totalSeconds() > 0);
      if (stated.isPresent()) {
        return quote(value)
            + " is not an ISO 8601 duration; write "
            + stated.get().text()
            + " (the page shows it as \""
            + stated.get().display()
            + "\")";
      }
    }
    if (keyword.equals("pattern") && (rule == idRule || rule == cookieIdRule)) {
      String hint = IdHints.hint(root, pointer, text);
      if (hint != null) {
        return quote(value)
            + " is not an id (lowercase letters and digits in words joined by hyphens); "
            + hint;
      }
    }
    return null;
  }

  /**
   * " is missing the required key 'purpose'", or, when the key is one alternative of several (a
   * cookie has a name or a label), " needs one of the keys 'name' or 'label'".
   */
  private String missing(NodePath location, String property) {
    String path = String.valueOf(location);
    Matcher m = ALTERNATIVE_KEY.matcher(path);
    if (m.find()) {
      List<String> keys = new ArrayList<>();
      schemaNode
          .at(m.group(1))
          .forEach(
              option -> {
                if (option.path("required").size() == 1)
                  keys.add(option.path("required").get(0).asText());
              });
      if (keys.size() > 1) return " needs one of the keys " + Suggestions.either(keys);
    }
    return " is missing the required key '" + property + "'";
  }

  /**
   * ": 'matches' needs the key 'name' beside it": the keys present in {@code value} whose
   * dependentRequired keys are missing.
   */
  private static String dependent(JsonNode dependencies, JsonNode value) {
    List<String> out = new ArrayList<>();
    dependencies
        .fields()
        .forEachRemaining(
            d -> {
              if (value == null || !value.has(d.getKey())) return;
              List<String> missing = new ArrayList<>();
              d.getValue()
                  .forEach(
                      k -> {
                        if (!value.has(k.asText())) missing.add("'" + k.asText() + "'");
                      });
              if (!missing.isEmpty()) {
                out.add(
                    "'"
                        + d.getKey()
                        + "' needs the key"
                        + (missing.size() > 1 ? "s " : " ")
                        + String.join(" and ", missing)
                        + " beside it");
              }
            });
    return ": " + String.join("; ", out);
  }

  /** Where a required key is one alternative of an anyOf or oneOf. */
  private static final Pattern ALTERNATIVE_KEY =
      Pattern.compile("(/.*/(?:anyOf|oneOf))/\\d+/required$");

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
}
