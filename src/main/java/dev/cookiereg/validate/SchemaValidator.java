package dev.cookiereg.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;
import dev.cookiereg.diagnostic.Diagnostic;
import dev.cookiereg.diagnostic.Suggestions;
import dev.cookiereg.load.Inputs;
import dev.cookiereg.load.SourceMap;
import dev.cookiereg.load.SourceTree;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks a registry tree against {@code cookies.schema.json}, with messages in English located at
 * the key.
 */
public final class SchemaValidator {
  /**
   * Where the registry's JSON Schema lives in the jar; {@code build} copies it to {@code
   * site/schema/}.
   */
  public static final String RESOURCE = "/cookiereg/schema/cookies.schema.json";

  static final String RULE = "schema";

  /** The schema is about 60 KiB; reading stops well beyond that. */
  static final long MAX_SCHEMA_BYTES = 4L << 20;

  private final JsonNode schemaNode;
  private final Schema schema;

  /**
   * The schema's whole-number fields, by instance pointer ({@code *} for any list item or key):
   * judged here rather than by the JSON Schema library, which takes {@code 3.0e1} and even {@code
   * 1e309} for integers.
   */
  private final Map<String, JsonNode> wholeNumbers;

  public SchemaValidator() {
    schemaNode = readSchema();
    SchemaRegistryConfig config =
        SchemaRegistryConfig.builder()
            .locale(Locale.ENGLISH)
            .pathType(PathType.JSON_POINTER)
            .formatAssertionsEnabled(true)
            .build();
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12, b -> b.schemaRegistryConfig(config));
    schema = registry.getSchema(schemaNode);
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    wholeNumberFields(schemaNode, "", new HashSet<>(), fields);
    wholeNumbers = Collections.unmodifiableMap(fields);
  }

  /**
   * The pointers of the whole-number fields the schema declares, {@code *} standing for any item or
   * key.
   */
  public Set<String> wholeNumberFields() {
    return wholeNumbers.keySet();
  }

  /** The schema as JSON, for writing to the site. */
  public JsonNode schemaJson() {
    return schemaNode;
  }

  public List<Diagnostic> validate(SourceTree tree) {
    SourceMap map = tree.sourceMap();
    List<Diagnostic> out = new ArrayList<>();
    Set<String> judged = new HashSet<>();
    wholeNumbers.forEach(
        (pattern, rule) ->
            matching(
                tree.root(),
                "",
                pattern.substring(1).split("/", -1),
                0,
                (pointer, value) -> {
                  judged.add(pointer);
                  String problem = wholeNumberProblem(value, rule, pointer, map);
                  if (problem != null)
                    out.add(Diagnostic.error(map.file(), map.locate(pointer), RULE, problem));
                }));
    List<Error> errors = schema.validate(tree.root());
    // A failed oneOf/anyOf also reports why each alternative failed; the editor needs one message,
    // not five.
    List<String> alternatives =
        errors.stream()
            .filter(e -> "oneOf".equals(e.getKeyword()) || "anyOf".equals(e.getKeyword()))
            .map(e -> e.getEvaluationPath().toString() + "/")
            .toList();
    // A value too long for its field is reported for its length alone, not also for a pattern it
    // cannot match.
    Set<String> tooLong = new HashSet<>();
    errors.forEach(
        e -> {
          if ("maxLength".equals(e.getKeyword())) tooLong.add(pointer(e.getInstanceLocation()));
        });
    Set<String> seen = new LinkedHashSet<>();
    for (Error e : errors) {
      String evaluation = e.getEvaluationPath().toString();
      if (alternatives.stream().anyMatch(evaluation::startsWith)) continue;
      String pointer = pointer(e.getInstanceLocation());
      if (judged.contains(pointer)) continue; // a whole-number field: judged above, in one message
      if ("pattern".equals(e.getKeyword()) && tooLong.contains(pointer)) continue;
      String message = message(e, pointer);
      if (seen.add(pointer + "\u0000" + message)) {
        String at =
            "additionalProperties".equals(e.getKeyword()) && e.getProperty() != null
                ? pointer + "/" + SourceMap.token(e.getProperty())
                : pointer;
        out.add(Diagnostic.error(map.file(), map.locate(at), RULE, message));
      }
    }
    return out;
  }

  private String message(Error e, String pointer) {
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
      default -> where + ": " + strip(e.getMessage());
    };
  }

  /**
   * Why {@code value} does not fit the whole-number field {@code rule}, or null when it does: only
   * an integer, read exactly, within the field's minimum and maximum fits; a decimal never does,
   * even {@code 30.0}.
   */
  private static String wholeNumberProblem(
      JsonNode value, JsonNode rule, String pointer, SourceMap map) {
    if (value.isIntegralNumber()) {
      BigInteger n = value.bigIntegerValue();
      JsonNode min = rule.path("minimum");
      JsonNode max = rule.path("maximum");
      boolean aboveMin = !min.isNumber() || new BigDecimal(n).compareTo(min.decimalValue()) >= 0;
      boolean belowMax = !max.isNumber() || new BigDecimal(n).compareTo(max.decimalValue()) <= 0;
      if (aboveMin && belowMax) return null;
    }
    String written = map.writtenNumber(pointer).orElse(value.asText());
    String found =
        value.isNumber()
            ? "the number " + (written.length() > 60 ? written.substring(0, 60) + "…" : written)
            : found(value);
    return describe(pointer) + ": expected " + wholeNumberWords(pointer, rule) + ", found " + found;
  }

  /**
   * "a whole number of days from 0 to 365": the unit from a field named …Days, the range from the
   * schema.
   */
  static String wholeNumberWords(String pointer, JsonNode rule) {
    String name = pointer.substring(pointer.lastIndexOf('/') + 1);
    String words = "a whole number" + (name.endsWith("Days") ? " of days" : "");
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
  private void wholeNumberFields(
      JsonNode s, String pattern, Set<String> refs, Map<String, JsonNode> out) {
    String ref = s.path("$ref").asText("");
    if (ref.startsWith("#/") && refs.add(ref)) {
      wholeNumberFields(schemaNode.at(ref.substring(1)), pattern, refs, out);
      refs.remove(ref);
    }
    if ("integer".equals(s.path("type").asText()) && !pattern.isEmpty())
      out.putIfAbsent(pattern, s);
    s.path("properties")
        .fields()
        .forEachRemaining(
            f ->
                wholeNumberFields(
                    f.getValue(), pattern + "/" + SourceMap.token(f.getKey()), refs, out));
    if (s.path("items").isObject()) wholeNumberFields(s.path("items"), pattern + "/*", refs, out);
    if (s.path("additionalProperties").isObject()) {
      wholeNumberFields(s.path("additionalProperties"), pattern + "/*", refs, out);
    }
    for (String alternatives : List.of("allOf", "anyOf", "oneOf")) {
      s.path(alternatives).forEach(option -> wholeNumberFields(option, pattern, refs, out));
    }
    if (s.path("then").isObject()) wholeNumberFields(s.path("then"), pattern, refs, out);
    if (s.path("else").isObject()) wholeNumberFields(s.path("else"), pattern, refs, out);
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
    int end = description.indexOf(". ");
    String first = (end < 0 ? description : description.substring(0, end + 1)).strip();
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

  private static String found(JsonNode value) {
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

  /** networknt prefixes its message with the instance path; the diagnostic already says where. */
  private static String strip(String message) {
    int colon = message.indexOf(": ");
    return colon >= 0 && (message.startsWith("/") || message.startsWith("$"))
        ? message.substring(colon + 2)
        : message;
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

  static String pointer(NodePath path) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      Object element = path.getElement(i);
      out.append('/')
          .append(
              element instanceof Integer
                  ? element.toString()
                  : SourceMap.token(String.valueOf(element)));
    }
    return out.toString();
  }

  private static JsonNode readSchema() {
    try (InputStream in = SchemaValidator.class.getResourceAsStream(RESOURCE)) {
      if (in == null)
        throw new IllegalStateException("the registry schema is missing from the jar: " + RESOURCE);
      return new ObjectMapper().readTree(Inputs.read(in, RESOURCE, MAX_SCHEMA_BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
