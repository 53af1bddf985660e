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

  private final WholeNumbers wholeNumbers;
  private final SchemaMessages messages;

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
    wholeNumbers = new WholeNumbers(schemaNode);
    messages = new SchemaMessages(schemaNode);
  }

  /**
   * The pointers of the whole-number fields the schema declares, {@code *} standing for any item or
   * key.
   */
  public Set<String> wholeNumberFields() {
    return wholeNumbers.fields();
  }

  /** The schema as JSON, for writing to the site. */
  public JsonNode schemaJson() {
    return schemaNode;
  }

  public List<Diagnostic> validate(SourceTree tree) {
    SourceMap map = tree.sourceMap();
    List<Diagnostic> out = new ArrayList<>();
    Set<String> judged = wholeNumbers.judge(tree, out);
    // A failed oneOf/anyOf also reports why each alternative failed; the editor needs one message,
    // not five.
    List<Error> errors = Alternatives.shown(schema.validate(tree.root()));
    // A value too long for its field is reported for its length alone, not also for a pattern it
    // cannot match.
    Set<String> tooLong = new HashSet<>();
    errors.forEach(
        e -> {
          if ("maxLength".equals(e.getKeyword())) tooLong.add(pointer(e.getInstanceLocation()));
        });
    Set<String> seen = new LinkedHashSet<>();
    for (Error e : errors) {
      String pointer = pointer(e.getInstanceLocation());
      if (judged.contains(pointer)) continue; // a whole-number field: judged above, in one message
      if ("pattern".equals(e.getKeyword()) && tooLong.contains(pointer)) continue;
      String message = messages.message(e, pointer, tree.root());
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

  static String pointer(NodePath path) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      Object element = path.getElement(i);
      out.append('/').append(SourceMap.token(String.valueOf(element))); // an index needs no escape
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
