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
import dev.cookiereg.load.SourceMap;
import dev.cookiereg.load.SourceTree;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Checks a registry tree against {@code cookies.schema.json}, with messages in English located at the key. */
public final class SchemaValidator {
  /** Where the registry's JSON Schema lives in the jar; {@code build} copies it to {@code site/schema/}. */
  public static final String RESOURCE = "/cookiereg/schema/cookies.schema.json";
  static final String RULE = "schema";

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
    Set<String> seen = new LinkedHashSet<>();
    List<Diagnostic> out = new ArrayList<>();
    for (Error e : schema.validate(tree.root())) {
      String pointer = pointer(e.getInstanceLocation());
      String message = message(e, pointer);
      if (seen.add(pointer + "\u0000" + message)) {
        String at = "additionalProperties".equals(e.getKeyword()) && e.getProperty() != null
            ? pointer + "/" + SourceMap.token(e.getProperty()) : pointer;
        out.add(Diagnostic.error(map.file(), map.locate(at), RULE, message));
      }
    }
    return out;
  }

  private static String message(Error e, String pointer) {
    String where = pointer.isEmpty() ? "the registry" : describe(pointer);
    String keyword = e.getKeyword() == null ? "" : e.getKeyword();
    return switch (keyword) {
      case "additionalProperties" -> "unknown key '" + e.getProperty() + "' in " + where;
      case "required" -> where + " is missing the required key '" + e.getProperty() + "'";
      default -> where + ": " + strip(e.getMessage());
    };
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
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
