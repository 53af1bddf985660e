package dev.cookiereg.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.cookiereg.site.SiteFile;
import java.util.function.Function;

/**
 * Deterministic JSON for the site: two-space indent, {@code "key": value}, a trailing newline, and
 * every non-ASCII and HTML-significant character escaped so the text is safe inside HTML or a
 * script as well.
 */
public final class Json {
  public static final ObjectMapper MAPPER =
      new ObjectMapper().enable(JsonGenerator.Feature.ESCAPE_NON_ASCII);
  private static final ObjectWriter WRITER;

  static {
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    MAPPER.getFactory().setCharacterEscapes(new HtmlSafeEscapes());
    WRITER = MAPPER.writer(printer);
  }

  private Json() {}

  /** Pretty JSON text with a trailing newline, of a tree or of records (such as the manifest). */
  public static String write(Object value) {
    try {
      return WRITER.writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /**
   * One-line JSON with the same escapes as {@link #write}, safe to embed in a script as a literal:
   * no registry text in it can close the script or break a line.
   */
  public static String compact(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /**
   * The value as a site file: the same bytes as {@link #write}, without an intermediate string. A
   * failure inside a {@link #lazyArray} is thrown as it was raised.
   */
  public static SiteFile file(String path, Object value) {
    try {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(1 << 16);
      WRITER.writeValue(out, value);
      out.write('\n');
      return SiteFile.owning(path, out.toByteArray());
    } catch (java.io.IOException e) {
      for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
        if (t instanceof RuntimeException re) throw re;
      }
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /**
   * A JSON array of {@code items} that is built while it is written: each element's small tree is
   * made, written and dropped in turn, so a list of 100,000 cookies never exists as one tree. Put
   * it into a tree with {@code putPOJO} or {@code addPOJO}; the text is the same as an {@link
   * ArrayNode} of the same elements.
   */
  public static <T> JsonSerializable lazyArray(Iterable<T> items, Function<T, JsonNode> element) {
    return new JsonSerializable.Base() {
      @Override
      public void serialize(JsonGenerator gen, SerializerProvider provider)
          throws java.io.IOException {
        gen.writeStartArray();
        for (T item : items) {
          JsonNode node = element.apply(item);
          if (node != null) node.serialize(gen, provider);
        }
        gen.writeEndArray();
      }

      @Override
      public void serializeWithType(
          JsonGenerator gen, SerializerProvider provider, TypeSerializer typeSer)
          throws java.io.IOException {
        serialize(gen, provider);
      }
    };
  }

  /**
   * Escapes {@code < > &} and {@code '}, and U+2028/U+2029 (line breaks to a JavaScript parser)
   * whatever else is escaped, so JSON can never close a script or HTML context; the writer escapes
   * every other non-ASCII character.
   */
  static final class HtmlSafeEscapes extends com.fasterxml.jackson.core.io.CharacterEscapes {
    private static final com.fasterxml.jackson.core.SerializableString LINE_SEPARATOR =
        new com.fasterxml.jackson.core.io.SerializedString("\\u2028");
    private static final com.fasterxml.jackson.core.SerializableString PARAGRAPH_SEPARATOR =
        new com.fasterxml.jackson.core.io.SerializedString("\\u2029");
    private final int[] escapes;

    HtmlSafeEscapes() {
      escapes = standardAsciiEscapesForJSON();
      for (char c : new char[] {'<', '>', '&', '\''}) escapes[c] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes;
    }

    @Override
    public com.fasterxml.jackson.core.SerializableString getEscapeSequence(int ch) {
      if (ch == 0x2028) return LINE_SEPARATOR;
      if (ch == 0x2029) return PARAGRAPH_SEPARATOR;
      return null;
    }
  }
}
