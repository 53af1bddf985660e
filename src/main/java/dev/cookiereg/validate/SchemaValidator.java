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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Checks a registry tree against {@code cookies.schema.json}, with messages in English located at the key. */
public final class SchemaValidator {
  /** Where the registry's JSON Schema lives in the jar; {@code build} copies it to {@code site/schema/}. */
  public static final String RESOURCE = "/cookiereg/schema/cookies.schema.json";
  static final String RULE = "schema";
  /** The schema is about 60 KiB; reading stops well beyond that. */
  static final long MAX_SCHEMA_BYTES = 4L << 20;

  private final JsonNode schemaNode;
  private final Schema schema;

  public SchemaValidator() {
    schemaNode = readSchema();
    SchemaRegistryConfig config = SchemaRegistryConfig.builder()
        .locale(Locale.ENGLISH)
        .pathType(PathType.JSON_POINTER)
        .formatAssertionsEnabled(true)
        .build();
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        b -> b.schemaRegistryConfig(config));
    schema = registry.getSchema(schemaNode);
  }

  /** The schema as JSON, for writing to the site. */
  public JsonNode schemaJson() {
    return schemaNode;
  }

  public List<Diagnostic> validate(SourceTree tree) {
    SourceMap map = tree.sourceMap();
    List<Error> errors = schema.validate(tree.root());
    // A failed oneOf/anyOf also reports why each alternative failed; the editor needs one message, not five.
    List<String> alternatives = errors.stream()
        .filter(e -> "oneOf".equals(e.getKeyword()) || "anyOf".equals(e.getKeyword()))
        .map(e -> e.getEvaluationPath().toString() + "/")
        .toList();
    // A value too long for its field is reported for its length alone, not also for a pattern it cannot match.
    Set<String> tooLong = new HashSet<>();
    errors.forEach(e -> {
      if ("maxLength".equals(e.getKeyword())) tooLong.add(pointer(e.getInstanceLocation()));
    });
    Set<String> seen = new LinkedHashSet<>();
    List<Diagnostic> out = new ArrayList<>();
    for (Error e : errors) {
      String evaluation = e.getEvaluationPath().toString();
      if (alternatives.stream().anyMatch(evaluation::startsWith)) continue;
      String pointer = pointer(e.getInstanceLocation());
      if ("pattern".equals(e.getKeyword()) && tooLong.contains(pointer)) continue;
      String message = message(e, pointer);
      if (seen.add(pointer + "\u0000" + message)) {
        String at = "additionalProperties".equals(e.getKeyword()) && e.getProperty() != null
            ? pointer + "/" + SourceMap.token(e.getProperty()) : pointer;
        out.add(Diagnostic.error(map.file(), map.locate(at), RULE, message));
      }
    }
    return out;
  }

  private String message(Error e, String pointer) {
    String where = pointer.isEmpty() ? "the registry" : describe(pointer);
    String keyword = e.getKeyword() == null ? "" : e.getKeyword();
    JsonNode rule = schemaAt(e.getSchemaLocation() == null ? null : e.getSchemaLocation().getFragment());
    JsonNode value = e.getInstanceNode();
    return switch (keyword) {
      case "additionalProperties" -> "unknown key '" + e.getProperty() + "' in " + where
          + suggestKey(e.getProperty(), rule.path("properties"));
      case "required" -> where + " is missing the required key '" + e.getProperty() + "'";
      case "enum" -> where + ": " + quote(value) + " is not one of: " + join(rule.path("enum"));
      case "type" -> where + ": expected " + typeWords(rule.path("type")) + ", found " + found(value);
      case "pattern", "format", "const", "not" -> where + ": " + quote(value) + " is not valid. " + hint(rule);
      case "oneOf", "anyOf" -> where + ": " + (value != null && value.isValueNode() ? quote(value) + " " : "")
          + (String.valueOf(e.getMessage()).contains(" 0 are valid") ? "matches none" : "matches more than one")
          + " of the allowed forms. " + hint(rule);
      default -> where + ": " + strip(e.getMessage());
    };
  }

  /** The schema object that holds the failing keyword. */
  private JsonNode schemaAt(NodePath keywordPath) {
    if (keywordPath == null) return schemaNode;
    JsonNode node = schemaNode;
    for (int i = 0; i < keywordPath.getNameCount() - 1; i++) {
      Object element = keywordPath.getElement(i);
      node = element instanceof Integer index ? node.path(index) : node.path(String.valueOf(element));
    }
    return node;
  }

  /** What the schema expects: the first sentence of its description (when short) and its simple examples. */
  private static String hint(JsonNode rule) {
    String description = rule.path("description").asText("");
    int end = description.indexOf(". ");
    String first = (end < 0 ? description : description.substring(0, end + 1)).strip();
    List<String> examples = new ArrayList<>();
    rule.path("examples").forEach(x -> {
      if (x.isValueNode() && examples.size() < 3) examples.add(x.asText());
    });
    String out = first.length() <= 140 ? first : "";
    List<String> keys = new ArrayList<>();
    rule.path("oneOf").forEach(option -> {
      if (option.path("required").size() == 1) keys.add(option.path("required").get(0).asText());
    });
    if (keys.size() == rule.path("oneOf").size() && !keys.isEmpty()) {
      out = (out + " Write exactly one of: " + String.join(", ", keys) + ".").strip();
    }
    if (!examples.isEmpty() && !first.toLowerCase(Locale.ROOT).contains("for example")) out = (out + " For example: " + String.join(", ", examples) + ".").strip();
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
    (type.isArray() ? type : List.of(type)).forEach(t -> words.add(switch (t.asText()) {
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
    return colon >= 0 && (message.startsWith("/") || message.startsWith("$")) ? message.substring(colon + 2) : message;
  }

  /** A pointer in the words of the file: {@code /cookies/3/duration} → {@code cookies[3].duration}. */
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
      out.append('/').append(element instanceof Integer ? element.toString() : SourceMap.token(String.valueOf(element)));
    }
    return out.toString();
  }

  private static JsonNode readSchema() {
    try (InputStream in = SchemaValidator.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException("the registry schema is missing from the jar: " + RESOURCE);
      return new ObjectMapper().readTree(Inputs.read(in, RESOURCE, MAX_SCHEMA_BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
