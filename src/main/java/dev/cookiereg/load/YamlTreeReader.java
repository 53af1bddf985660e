package dev.cookiereg.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.cookiereg.diagnostic.Diagnostic;
import dev.cookiereg.diagnostic.Location;
import dev.cookiereg.diagnostic.RegistryException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.StreamEndEvent;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads a registry's bytes as strict YAML into a JSON tree, recording the position of every
 * element.
 *
 * <p>Strict means: UTF-8 only, at most {@link #MAX_BYTES}, one document, no duplicate keys, no
 * anchors, aliases, merge keys or tags, no tab indentation, no control characters, and nesting at
 * most {@link #MAX_DEPTH} deep. YAML 1.1 words such as {@code NO} or {@code on} stay strings.
 * Numbers are read exactly, and only as JSON writes them ({@code 30}, {@code -1}, {@code 30.5},
 * {@code 1e309}); any other spelling YAML reads as a number ({@code 0x1E}, {@code 030}, {@code
 * 1_000}, {@code +30}, {@code .inf}, {@code .nan}) stays the text it is, since YAML 1.1 and 1.2
 * read several of them differently. Every failure is one located diagnostic. Instances are
 * immutable and thread-safe.
 */
public final class YamlTreeReader {
  /**
   * By default a registry larger than this is refused before parsing; {@code --max-size} raises it.
   */
  public static final int MAX_BYTES = 1 << 20;

  /** Deeper nesting than this is refused; the registry's own structure needs about ten levels. */
  public static final int MAX_DEPTH = 40;

  static final String RULE = "yaml";

  /** Jackson's YAML parser, built on first use: registries in plain block style never need it. */
  private volatile YAMLFactory factory;

  private final LoaderOptions options;
  private final long maxBytes;
  private final AtomicInteger fullParses = new AtomicInteger();

  public YamlTreeReader() {
    this(MAX_BYTES);
  }

  /** A reader that accepts files up to {@code maxBytes} (at most 1 GiB). */
  public YamlTreeReader(long maxBytes) {
    if (maxBytes < 1 || maxBytes > (1L << 30))
      throw new IllegalArgumentException("max size out of range");
    this.maxBytes = maxBytes;
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true); // detected here, with both positions
    options.setMaxAliasesForCollections(10);
    options.setNestingDepthLimit(MAX_DEPTH + 10);
    options.setCodePointLimit((int) maxBytes + 1);
    this.options = options;
  }

  private YAMLFactory factory() {
    YAMLFactory f = factory;
    if (f == null) factory = f = newFactory(); // a race builds two equal factories; either serves
    return f;
  }

  private YAMLFactory newFactory() {
    return YAMLFactory.builder()
        .loaderOptions(options)
        .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH + 10)
                .maxStringLength((int) maxBytes + 1)
                .build())
        .build();
  }

  /** Parses the bytes of {@code file}; the name is used in diagnostics only. */
  public SourceTree read(String file, byte[] bytes) throws RegistryException {
    checkSize(file, bytes.length);
    String text = decode(file, bytes);
    checkCharacters(file, text);
    // Most registries are plain block style, which a dedicated reader takes four times faster;
    // anything else goes to the full parser, which also finds every error. Either records where it
    // met each element, which becomes positions only if a diagnostic asks for one.
    PositionLog offsets = PositionLog.offsets(text);
    JsonNode plain = BlockStyleReader.read(text, MAX_DEPTH - 2, offsets).orElse(null);
    if (plain != null) return new SourceTree(plain, SourceMap.of(file, offsets));
    PositionLog written = PositionLog.linesAndColumns();
    JsonNode root = parseFully(file, text, written);
    return new SourceTree(root, SourceMap.of(file, written));
  }

  /**
   * The full parser's tree and source map of the bytes, without the block-style reader (for tests
   * that compare the two).
   */
  SourceTree readFullyWithPositions(String file, byte[] bytes) throws RegistryException {
    checkSize(file, bytes.length);
    String text = decode(file, bytes);
    checkCharacters(file, text);
    PositionLog written = PositionLog.linesAndColumns();
    JsonNode root = parseFully(file, text, written);
    return new SourceTree(root, SourceMap.of(file, written));
  }

  /**
   * Every element's position as the full parser reports it, keyed by pointer while it parses: the
   * reference that tests hold the recorded positions to.
   */
  Map<String, Location> positionsByPointer(String file, byte[] bytes) throws RegistryException {
    checkSize(file, bytes.length);
    String text = decode(file, bytes);
    checkCharacters(file, text);
    Map<String, Location> positions = new HashMap<>();
    parse(file, text, null, positions);
    return positions;
  }

  /** How many times this reader has run SnakeYAML over a text (for tests that count them). */
  int fullParses() {
    return fullParses.get();
  }

  private JsonNode parseFully(String file, String text, PositionLog log) throws RegistryException {
    if (ANCHOR_OR_ALIAS.matcher(text).find()) rejectAnchors(file, text);
    try {
      return parse(file, text, log, null);
    } catch (NeedPositions e) {
      parse(file, text, null, new HashMap<>()); // throws the located message
      throw new IllegalStateException("a second parse accepted what the first refused", e);
    }
  }

  /**
   * Something that may start an anchor ({@code &a}) or alias ({@code *a}) node; a cheap test before
   * SnakeYAML's.
   */
  private static final java.util.regex.Pattern ANCHOR_OR_ALIAS =
      java.util.regex.Pattern.compile("(?m)(^|[\\s\\[{,])[&*][^\\s,\\]}]");

  /**
   * Thrown inside a parse without positions when a message needs one: the parse is repeated with
   * them.
   */
  private static final class NeedPositions extends RuntimeException {
    NeedPositions() {
      super(null, null, false, false);
    }
  }

  /** The largest registry this reader accepts, in bytes. */
  public long maxBytes() {
    return maxBytes;
  }

  /** Refuses a file over the size limit, before anything reads it. */
  public void checkSize(String file, long size) throws RegistryException {
    if (size > maxBytes) throw tooLarge(file, size);
  }

  /**
   * The error for a file of {@code size} bytes over the limit, or of more than the limit when -1
   * (counted).
   */
  public RegistryException tooLarge(String file, long size) {
    return fail(
        file,
        Location.START,
        String.format(
            Locale.ROOT,
            "the file is %s bytes; a registry may be at most %,d bytes%s (raise the limit with --max-size)",
            size < 0
                ? String.format(Locale.ROOT, "more than %,d", maxBytes)
                : String.format(Locale.ROOT, "%,d", size),
            maxBytes,
            maxBytes == MAX_BYTES ? " (1 MiB)" : ""));
  }

  private static String decode(String file, byte[] bytes) throws RegistryException {
    int start =
        bytes.length >= 3
                && (bytes[0] & 0xFF) == 0xEF
                && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF
            ? 3
            : 0;
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    try {
      return decoder.decode(in).toString();
    } catch (CharacterCodingException e) {
      int bad = firstInvalidUtf8(bytes, start);
      throw fail(
          file,
          byteLocation(bytes, start, bad),
          String.format(
              Locale.ROOT,
              "the file is not valid UTF-8 (byte 0x%02X at offset %d); save it as UTF-8",
              bytes[bad] & 0xFF,
              bad));
    }
  }

  /** The offset of the first byte that is not valid UTF-8 (the decoder stops right before it). */
  private static int firstInvalidUtf8(byte[] bytes, int from) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
    decoder.decode(in, CharBuffer.allocate(bytes.length - from + 1), true);
    return Math.min(in.position(), bytes.length - 1);
  }

  private static Location byteLocation(byte[] bytes, int from, int offset) {
    int line = 1;
    int column = 1;
    for (int i = from; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        column = 1;
      } else if ((bytes[i] & 0xC0) != 0x80) {
        column++;
      }
    }
    return new Location(line, column);
  }

  private static void checkCharacters(String file, String text) throws RegistryException {
    int line = 1;
    int column = 1;
    boolean indent = true;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '\n') {
        line++;
        column = 1;
        indent = true;
        continue;
      }
      if (ch == '\t' && indent) {
        throw fail(
            file, new Location(line, column), "a tab is used for indentation; indent with spaces");
      }
      if (ch != ' ' && ch != '-') indent = false;
      if (ch != '\t' && ch != '\r' && (ch < 0x20 || ch == 0x7F || (ch >= 0x80 && ch < 0xA0))) {
        throw fail(
            file,
            new Location(line, column),
            String.format(
                Locale.ROOT, "control character U+%04X is not allowed in a registry", (int) ch));
      }
      column++;
    }
  }

  /**
   * Anchors and aliases would let one value stand for another (and, nested, multiply into an "alias
   * bomb"); Jackson does not report anchors on scalars, so SnakeYAML's event stream is checked
   * first.
   */
  private void rejectAnchors(String file, String text) throws RegistryException {
    fullParses.incrementAndGet();
    try {
      ParserImpl events = new ParserImpl(new StreamReader(new StringReader(text)), options);
      while (events.peekEvent() != null) {
        Event e = events.getEvent();
        Mark m = e.getStartMark();
        Location at = m == null ? Location.START : new Location(m.getLine() + 1, m.getColumn() + 1);
        if (e instanceof AliasEvent alias) {
          throw fail(
              file,
              at,
              "aliases (*" + alias.getAnchor() + ") are not allowed; write the value out");
        }
        if (e instanceof NodeEvent node && node.getAnchor() != null) {
          throw fail(
              file,
              at,
              "anchors (&" + node.getAnchor() + ") are not allowed; write each value out");
        }
        if (e instanceof StreamEndEvent) break;
      }
    } catch (MarkedYAMLException e) {
      // a syntax error: the full parse below reports it with its position
    } catch (RuntimeException e) {
      // limits and other parser failures are also reported by the full parse
    }
  }

  /**
   * Parses the text; records where it meets each element, and how every number was written, into
   * {@code log}, and every element's position by pointer into {@code positions} (which only the
   * message for a duplicate key needs), unless they are null.
   */
  private JsonNode parse(String file, String text, PositionLog log, Map<String, Location> positions)
      throws RegistryException {
    fullParses.incrementAndGet();
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    Deque<Frame> stack = new ArrayDeque<>();
    JsonNode root = null;
    try (JsonParser p = factory().createParser(new StringReader(text))) {
      YAMLParser yaml = (YAMLParser) p;
      JsonToken token;
      while ((token = p.nextToken()) != null) {
        Location at = location(p.currentTokenLocation());
        if (root != null && stack.isEmpty()) {
          throw fail(
              file, at, "the file holds more than one YAML document; a registry is one document");
        }
        rejectYamlOnlyFeatures(file, yaml, token, at);
        if (token == JsonToken.FIELD_NAME) {
          Frame frame = stack.peek();
          String key = p.currentName();
          if ("<<".equals(key)) {
            throw fail(file, at, "merge keys (<<) are not allowed; write each value out");
          }
          ObjectNode object = (ObjectNode) frame.node;
          if (object.has(key)) {
            if (positions == null) throw new NeedPositions();
            Location first = positions.get(frame.pointer + "/" + SourceMap.token(key));
            throw fail(
                file,
                at,
                "duplicate key '"
                    + key
                    + "': it is first written at line "
                    + (first == null ? "?" : first.line())
                    + "; keep one of the two");
          }
          frame.pendingKey = key;
          if (positions != null) positions.put(frame.pointer + "/" + SourceMap.token(key), at);
          if (log != null) log.property(at.line(), at.column(), key);
          continue;
        }
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          Frame done = stack.pop();
          if (log != null) log.close(done.element);
          continue;
        }
        JsonNode value =
            switch (token) {
              case START_OBJECT -> nodes.objectNode();
              case START_ARRAY -> nodes.arrayNode();
              case VALUE_STRING -> nodes.textNode(p.getText());
              case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number(p.getText());
              case VALUE_TRUE -> nodes.booleanNode(true);
              case VALUE_FALSE -> nodes.booleanNode(false);
              case VALUE_NULL -> nodes.nullNode();
              default -> throw fail(file, at, "unexpected YAML content");
            };
        String pointer = attach(stack, value, positions, at);
        if (log != null) {
          Frame parent = stack.peek();
          // the root and each item are where they start; a property was recorded at its key
          if (parent == null || parent.node.isArray()) log.lineAndColumn(at.line(), at.column());
          if (value.isNumber()) log.number(p.getText());
        }
        if (stack.isEmpty() && root == null) {
          root = value;
        }
        if (value.isContainerNode()) {
          if (stack.size() >= MAX_DEPTH) {
            throw fail(
                file,
                at,
                "nesting is deeper than " + MAX_DEPTH + " levels; a registry never needs that");
          }
          stack.push(new Frame(value, pointer, log == null ? -1 : log.open(value.isObject())));
        }
      }
    } catch (JsonProcessingException e) {
      MarkedYAMLException marked = marked(e);
      if (marked != null && marked.getProblemMark() != null) {
        SyntaxMessages.Worded worded = SyntaxMessages.explain(text, marked, options);
        throw fail(file, worded.at(), worded.message());
      }
      throw fail(file, location(e.getLocation()), cleanParserMessage(e.getOriginalMessage()));
    } catch (IOException e) {
      throw fail(file, Location.START, "cannot read the file: " + e.getMessage());
    } catch (NeedPositions e) {
      throw e;
    } catch (RuntimeException e) {
      // SnakeYAML reports limits (nesting, code points, aliases) as unchecked exceptions.
      throw fail(file, Location.START, cleanParserMessage(String.valueOf(e.getMessage())));
    }
    if (root == null || root.isNull()) {
      throw fail(
          file,
          Location.START,
          "the registry is empty; it must start with a mapping such as 'policy:'");
    }
    if (!root.isObject()) {
      throw fail(
          file,
          Location.START,
          "the registry must be a mapping of keys (policy:, categories:, …), not a "
              + (root.isArray() ? "list" : "single value"));
    }
    return root;
  }

  /**
   * JSON's number syntax, the one spelling of a number that every YAML and JSON reader reads alike.
   */
  private static final java.util.regex.Pattern JSON_NUMBER =
      java.util.regex.Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

  /**
   * Longer numbers stay text, as Jackson's parser already leaves somewhat longer ones: no registry
   * needs one, and converting a million digits takes long.
   */
  static final int MAX_NUMBER_LENGTH = 1000;

  /**
   * A scalar YAML types as a number, read exactly: a whole number as an integer node of its size,
   * any other as a decimal; a spelling JSON does not have (hex, octal, underscores, a leading plus
   * or zero, .inf, .nan), an exponent beyond any scale or more than {@link #MAX_NUMBER_LENGTH}
   * characters stays text.
   */
  private static JsonNode number(String written) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    if (written.length() > MAX_NUMBER_LENGTH || !JSON_NUMBER.matcher(written).matches()) {
      return nodes.textNode(written);
    }
    try {
      if (written.indexOf('.') < 0 && written.indexOf('e') < 0 && written.indexOf('E') < 0) {
        java.math.BigInteger whole = new java.math.BigInteger(written);
        if (whole.bitLength() < 32) return nodes.numberNode(whole.intValue());
        if (whole.bitLength() < 64) return nodes.numberNode(whole.longValue());
        return nodes.numberNode(whole);
      }
      return nodes.numberNode(new java.math.BigDecimal(written));
    } catch (NumberFormatException e) {
      return nodes.textNode(written); // an exponent beyond BigDecimal's scale
    }
  }

  private static String attach(
      Deque<Frame> stack, JsonNode value, Map<String, Location> positions, Location at) {
    Frame parent = stack.peek();
    if (parent == null) {
      if (positions != null) positions.put("", at);
      return "";
    }
    if (parent.node instanceof ArrayNode array) {
      String pointer = positions == null ? "" : parent.pointer + "/" + array.size();
      array.add(value);
      if (positions != null) positions.put(pointer, at);
      return pointer;
    }
    ((ObjectNode) parent.node).set(parent.pendingKey, value);
    return positions == null ? "" : parent.pointer + "/" + SourceMap.token(parent.pendingKey);
  }

  private static void rejectYamlOnlyFeatures(
      String file, YAMLParser p, JsonToken token, Location at)
      throws IOException, RegistryException {
    if (p.isCurrentAlias()) {
      throw fail(file, at, "aliases (*" + p.getText() + ") are not allowed; write the value out");
    }
    if (token != JsonToken.FIELD_NAME
        && token != JsonToken.END_OBJECT
        && token != JsonToken.END_ARRAY) {
      String anchor = p.getObjectId();
      if (anchor != null) {
        throw fail(file, at, "anchors (&" + anchor + ") are not allowed; write each value out");
      }
      String tag = p.getTypeId();
      if (tag != null) {
        throw fail(
            file,
            at,
            "YAML tags (" + tag.replace("tag:yaml.org,2002:", "!!") + ") are not allowed");
      }
    }
  }

  private static MarkedYAMLException marked(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof MarkedYAMLException m) return m;
    }
    return null;
  }

  private static Location location(JsonLocation loc) {
    if (loc == null || loc.getLineNr() < 1) return Location.START;
    return new Location(loc.getLineNr(), Math.max(1, loc.getColumnNr()));
  }

  /** SnakeYAML messages span lines and quote the file; keep the first meaningful line. */
  static String cleanParserMessage(String message) {
    if (message == null || message.isBlank()) return "the file is not valid YAML";
    if (message.startsWith("Expected a field name")) {
      return "a key must be plain text, not a list or a mapping: write 'key: value'";
    }
    String first =
        message
            .strip()
            .lines()
            .map(String::strip)
            .filter(l -> !l.isEmpty() && !l.startsWith("in 'reader'") && !l.startsWith("^"))
            .findFirst()
            .orElse("the file is not valid YAML");
    return "invalid YAML: " + first;
  }

  private static RegistryException fail(String file, Location at, String message) {
    return new RegistryException(Diagnostic.error(file, at, RULE, message));
  }

  private static final class Frame {
    final JsonNode node;
    final String pointer;
    final int element; // its index in the position log
    String pendingKey;

    Frame(JsonNode node, String pointer, int element) {
      this.node = node;
      this.pointer = pointer;
      this.element = element;
    }
  }
}
