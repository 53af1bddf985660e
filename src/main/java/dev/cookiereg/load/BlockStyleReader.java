package dev.cookiereg.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A fast reader for the plain block style registries are written in; the full YAML parser remains
 * the reference.
 *
 * <p>It reads block mappings and sequences, one-line plain, single- and double-quoted scalars,
 * one-line flow lists of plain words, literal and folded block scalars, and comments, into the same
 * JSON tree the full parser builds (plain scalars are typed by the same SnakeYAML resolver Jackson
 * uses). On anything else (numbers other than small decimal integers, multi-line plain or quoted
 * scalars, anchors, tags, flow mappings, tabs, CR line ends, duplicate keys, deep nesting, several
 * documents) it gives up and returns empty; the caller then parses with the full parser, which also
 * words every error. As it reads, it records in a {@link PositionLog} the offset of each element (a
 * property's key, an item's first character) where the full parser would place it. It must never
 * accept a file the full parser refuses, nor read one differently or place an element elsewhere:
 * {@code BlockStyleReaderTest} holds it to that on every registry in the test suite, on a table of
 * forms and on random edits.
 */
final class BlockStyleReader {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Resolver RESOLVER = new Resolver();
  private static final JsonNode EMPTY = NODES.textNode("");

  /**
   * Plain keys longer than this are left to the full parser (SnakeYAML limits simple keys to 1024
   * chars).
   */
  private static final int MAX_KEY = 256;

  private final String text;
  private final int end;
  private final int maxDepth;
  private final PositionLog log;

  // The line under the cursor: where it starts, where its content (after the indent) starts, and
  // where it ends.
  private int line;
  private int content;
  private int lineEnd;

  private BlockStyleReader(String text, int maxDepth, PositionLog log) {
    this.text = text;
    this.end = text.length();
    this.maxDepth = maxDepth;
    this.log = log;
  }

  /**
   * The document's tree, or empty when the text uses anything this reader leaves to the full parser
   * or is not a mapping (which a registry must be: the full parser words that error).
   *
   * @param maxDepth containers nested deeper than this are left to the full parser
   */
  static Optional<JsonNode> read(String text, int maxDepth) {
    return read(text, maxDepth, PositionLog.offsets(text));
  }

  /**
   * As {@link #read(String, int)}, recording into {@code log} (a log of offsets into {@code text})
   * where each element was written, at the character where the full parser places it.
   */
  static Optional<JsonNode> read(String text, int maxDepth, PositionLog log) {
    if (!plainCharacters(text)) return Optional.empty();
    try {
      return Optional.of(new BlockStyleReader(text, maxDepth, log).document());
    } catch (GiveUp e) {
      return Optional.empty();
    }
  }

  /**
   * Only printable characters, LF line ends and no tabs: everything else is the full parser's to
   * judge.
   */
  private static boolean plainCharacters(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7F || c == '\n') continue;
      if (c < 0xA0 || c == 0x2028 || c == 0x2029 || c == 0xFEFF || c >= 0xFFFE) return false;
      if (Character.isSurrogate(c)) {
        if (!Character.isHighSurrogate(c)
            || i + 1 >= n
            || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return false;
        }
        i++;
      }
    }
    return true;
  }

  private JsonNode document() {
    line = 0;
    if (!seekContent()) throw GiveUp.INSTANCE;
    log.offset(content);
    JsonNode root = block(1);
    // not a mapping (the full parser words that error), or text after it: a second document, or a
    // bad indent
    if (!root.isObject() || seekContent()) throw GiveUp.INSTANCE;
    return root;
  }

  // ---- lines ----

  /**
   * Moves the cursor to the next line with content (not blank, not a comment), starting at the
   * cursor's line; false at the end of the text.
   */
  private boolean seekContent() {
    while (line < end) {
      int i = line;
      while (i < end && text.charAt(i) == ' ') i++;
      int e = text.indexOf('\n', i);
      if (e < 0) e = end;
      if (i < e && text.charAt(i) != '#') {
        if (i == line && startsDocumentMarkerAt(i))
          throw GiveUp.INSTANCE; // "---", "..." or a directive
        content = i;
        lineEnd = e;
        return true;
      }
      line = e + 1;
    }
    line = end;
    return false;
  }

  private boolean startsDocumentMarkerAt(int i) {
    return text.startsWith("---", i) || text.startsWith("...", i) || text.charAt(i) == '%';
  }

  private int indent() {
    return content - line;
  }

  private void nextLine() {
    line = lineEnd + 1;
    if (line > end) line = end;
  }

  // ---- collections ----

  /** The block collection starting at the cursor's line. */
  private JsonNode block(int depth) {
    if (depth > maxDepth) throw GiveUp.INSTANCE;
    if (isSequenceEntry(content)) return sequence(indent(), depth);
    return mapping(indent(), content, depth);
  }

  private boolean isSequenceEntry(int at) {
    return text.charAt(at) == '-' && (at + 1 == lineEnd || text.charAt(at + 1) == ' ');
  }

  /** A block mapping whose keys sit at column {@code indent}; its first key is at {@code first}. */
  private ObjectNode mapping(int indent, int first, int depth) {
    ObjectNode map = NODES.objectNode();
    int self = log.open(true);
    int at = first;
    while (true) {
      entry(map, indent, at, depth);
      if (!seekContent() || indent() < indent) {
        log.close(self);
        return map;
      }
      if (indent() > indent || isSequenceEntry(content)) throw GiveUp.INSTANCE;
      at = content;
    }
  }

  private void entry(ObjectNode map, int indent, int at, int depth) {
    int colon = keyEnd(at);
    if (colon < 0) throw GiveUp.INSTANCE;
    String key = text.substring(at, colon);
    if (map.has(key)) throw GiveUp.INSTANCE; // the full parser reports both positions
    log.offset(at); // a property is where its key is
    int value = skipSpaces(colon + 1);
    if (value == lineEnd || text.charAt(value) == '#') {
      nextLine();
      map.set(key, nested(indent, depth, true));
    } else {
      map.set(key, scalar(value, indent, depth));
    }
  }

  /** Where the plain key starting at {@code at} ends (its colon), or -1 if none starts there. */
  private int keyEnd(int at) {
    int i = at;
    int limit = Math.min(lineEnd, at + MAX_KEY);
    while (i < limit && isKeyChar(text.charAt(i))) i++;
    boolean plainKey = i > at && text.charAt(at) != '-' && text.charAt(at) != '.';
    if (!plainKey || i >= lineEnd || text.charAt(i) != ':') return -1;
    return i + 1 == lineEnd || text.charAt(i + 1) == ' ' ? i : -1;
  }

  private static boolean isKeyChar(char c) {
    return c >= 'a' && c <= 'z'
        || c >= 'A' && c <= 'Z'
        || c >= '0' && c <= '9'
        || c == '_'
        || c == '-'
        || c == '.';
  }

  /**
   * The value on the lines after a key or dash with nothing after it: a deeper collection, or else
   * the empty string (Jackson reads an empty plain scalar as text).
   */
  private JsonNode nested(int indent, int depth, boolean sequenceMayShareIndent) {
    if (!seekContent()) return EMPTY;
    if (indent() > indent) return block(depth + 1);
    if (sequenceMayShareIndent && indent() == indent && isSequenceEntry(content)) {
      if (depth + 1 > maxDepth) throw GiveUp.INSTANCE;
      return sequence(indent, depth + 1);
    }
    return EMPTY;
  }

  /** A block sequence whose dashes sit at column {@code indent}. */
  private ArrayNode sequence(int indent, int depth) {
    ArrayNode list = NODES.arrayNode();
    int self = log.open(false);
    while (true) {
      int dashEnd = content + 1;
      int item = skipSpaces(dashEnd);
      if (item == lineEnd || text.charAt(item) == '#') {
        nextLine();
        // an item on the lines below is where it starts; an empty one just after its dash
        log.offset(seekContent() && indent() > indent ? content : dashEnd);
        list.add(nested(indent, depth, false));
      } else if (isSequenceEntry(item)) {
        throw GiveUp.INSTANCE; // "- - x": a compact nested list
      } else if (keyEnd(item) >= 0) {
        if (depth + 1 > maxDepth) throw GiveUp.INSTANCE;
        log.offset(item);
        list.add(mapping(item - line, item, depth + 1));
      } else {
        log.offset(item);
        list.add(scalar(item, indent, depth));
      }
      if (!seekContent() || indent() < indent) {
        log.close(self);
        return list;
      }
      if (indent() > indent) throw GiveUp.INSTANCE;
      if (!isSequenceEntry(content)) {
        log.close(self);
        return list;
      }
    }
  }

  // ---- scalars ----

  /**
   * The scalar starting at {@code at} on the cursor's line, whose parent sits at column {@code
   * parentIndent}; leaves the cursor on the line after it.
   */
  private JsonNode scalar(int at, int parentIndent, int depth) {
    char c = text.charAt(at);
    JsonNode node;
    int after;
    switch (c) {
      case '"' -> {
        StringBuilder s = new StringBuilder();
        after = doubleQuoted(at + 1, s);
        node = NODES.textNode(s.toString());
      }
      case '\'' -> {
        StringBuilder s = new StringBuilder();
        after = singleQuoted(at + 1, s);
        node = NODES.textNode(s.toString());
      }
      case '[' -> {
        if (depth + 1 > maxDepth) throw GiveUp.INSTANCE;
        int close = text.indexOf(']', at);
        if (close < 0 || close >= lineEnd) throw GiveUp.INSTANCE;
        int self = log.open(false);
        node = flowList(at + 1, close);
        log.close(self);
        after = close + 1;
      }
      case '{' -> {
        if (!text.startsWith("{}", at)) throw GiveUp.INSTANCE;
        log.close(log.open(true));
        node = NODES.objectNode();
        after = at + 2;
      }
      case '|', '>' -> {
        return blockScalar(at, parentIndent);
      }
      default -> {
        if (isIndicator(c)) throw GiveUp.INSTANCE;
        int stop = plainEnd(at, lineEnd);
        node = plainLogged(text.substring(at, stop));
        after = stop;
      }
    }
    int rest = skipSpaces(after);
    if (rest < lineEnd && (rest == after || text.charAt(rest) != '#')) throw GiveUp.INSTANCE;
    nextLine();
    return node;
  }

  private static boolean isIndicator(char c) {
    return switch (c) {
      case '-',
          '?',
          ':',
          ',',
          '[',
          ']',
          '{',
          '}',
          '#',
          '&',
          '*',
          '!',
          '|',
          '>',
          '\'',
          '"',
          '%',
          '@',
          '`' ->
          true;
      default -> false;
    };
  }

  /**
   * Where a one-line plain scalar starting at {@code at} ends (before trailing spaces and any
   * comment); gives up on text the full parser would read as a key or refuse.
   */
  private int plainEnd(int at, int limit) {
    int stop = limit;
    for (int i = at; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '#' && text.charAt(i - 1) == ' ') {
        stop = i;
        break;
      }
      if (c == ':' && (i + 1 == limit || text.charAt(i + 1) == ' ')) throw GiveUp.INSTANCE;
    }
    while (stop > at && text.charAt(stop - 1) == ' ') stop--;
    return stop;
  }

  /** As {@link #plain}, logging a number as written at the element last recorded. */
  private JsonNode plainLogged(String value) {
    JsonNode node = plain(value);
    if (node.isNumber()) log.number(value);
    return node;
  }

  /** Types a plain scalar as Jackson's YAML parser does; numbers are left to it. */
  private static JsonNode plain(String value) {
    Tag tag = RESOLVER.resolve(NodeId.scalar, value, true);
    if (Tag.STR.equals(tag)) return NODES.textNode(value);
    if (Tag.NULL.equals(tag)) return NODES.nullNode();
    if (Tag.BOOL.equals(tag)) {
      if ("true".equalsIgnoreCase(value)) return NODES.booleanNode(true);
      if ("false".equalsIgnoreCase(value)) return NODES.booleanNode(false);
      return NODES.textNode(value);
    }
    if (Tag.INT.equals(tag) && isSmallDecimal(value))
      return NODES.numberNode(Integer.parseInt(value));
    if (Tag.INT.equals(tag) || Tag.FLOAT.equals(tag)) throw GiveUp.INSTANCE;
    return NODES.textNode(value); // timestamps and the like stay text
  }

  /**
   * Up to nine decimal digits without a sign, underscores or leading zeros: an int however it is
   * read.
   */
  private static boolean isSmallDecimal(String value) {
    int n = value.length();
    if (n == 0 || n > 9 || value.charAt(0) == '0' && n > 1) return false;
    for (int i = 0; i < n; i++) {
      if (value.charAt(i) < '0' || value.charAt(i) > '9') return false;
    }
    return true;
  }

  /** {@code [a, b]} of plain words on one line. */
  private ArrayNode flowList(int from, int close) {
    ArrayNode list = NODES.arrayNode();
    if (skipSpaces(from) == close) return list;
    int start = from;
    while (start <= close) {
      int comma = text.indexOf(',', start);
      int stop = comma < 0 || comma > close ? close : comma;
      int a = skipSpaces(start);
      int b = stop;
      while (b > a && text.charAt(b - 1) == ' ') b--;
      if (a == b || isIndicator(text.charAt(a))) throw GiveUp.INSTANCE;
      for (int i = a; i < b; i++) {
        switch (text.charAt(i)) {
          case ':', '?', '#', '[', ']', '{', '}', '"', '\'' ->
              throw GiveUp.INSTANCE; // SnakeYAML stops at these
          default -> {}
        }
      }
      log.offset(a);
      list.add(plainLogged(text.substring(a, b)));
      start = stop + 1;
    }
    return list;
  }

  /** A double-quoted scalar on one line; returns the index after its closing quote. */
  private int doubleQuoted(int from, StringBuilder out) {
    for (int i = from; i < lineEnd; i++) {
      char c = text.charAt(i);
      if (c == '"') return i + 1;
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (++i >= lineEnd) throw GiveUp.INSTANCE;
      switch (text.charAt(i)) {
        case '\\' -> out.append('\\');
        case '"' -> out.append('"');
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case 'u' -> {
          if (i + 4 >= lineEnd) throw GiveUp.INSTANCE;
          int code = 0;
          for (int k = 1; k <= 4; k++) {
            int d = Character.digit(text.charAt(i + k), 16);
            if (d < 0) throw GiveUp.INSTANCE;
            code = code * 16 + d;
          }
          if (Character.isSurrogate((char) code)) throw GiveUp.INSTANCE;
          out.append((char) code);
          i += 4;
        }
        default -> throw GiveUp.INSTANCE;
      }
    }
    throw GiveUp.INSTANCE; // continues on the next line
  }

  /** A single-quoted scalar on one line; returns the index after its closing quote. */
  private int singleQuoted(int from, StringBuilder out) {
    for (int i = from; i < lineEnd; i++) {
      char c = text.charAt(i);
      if (c != '\'') {
        out.append(c);
      } else if (i + 1 < lineEnd && text.charAt(i + 1) == '\'') {
        out.append('\'');
        i++;
      } else {
        return i + 1;
      }
    }
    throw GiveUp.INSTANCE;
  }

  /**
   * A literal ({@code |}) or folded ({@code >}) block scalar with an optional chomping indicator;
   * its lines must be indented deeper than {@code parentIndent}. Leaves the cursor on the first
   * line after it.
   */
  private JsonNode blockScalar(int at, int parentIndent) {
    boolean folded = text.charAt(at) == '>';
    int i = at + 1;
    char chomp =
        i < lineEnd && (text.charAt(i) == '-' || text.charAt(i) == '+') ? text.charAt(i++) : ' ';
    int rest = skipSpaces(i);
    if (rest < lineEnd && (rest == i || text.charAt(rest) != '#')) throw GiveUp.INSTANCE;
    nextLine();

    List<String> lines = new ArrayList<>(); // "" for an empty line
    int blockIndent = -1;
    int trailing = 0; // empty lines after the last content line
    while (line < end) {
      int s = line;
      while (s < end && text.charAt(s) == ' ') s++;
      int e = text.indexOf('\n', s);
      if (e < 0) e = end;
      int spaces = s - line;
      if (s == e) { // an empty line
        if (blockIndent >= 0 ? spaces > blockIndent : spaces > parentIndent) throw GiveUp.INSTANCE;
        lines.add("");
        trailing++;
      } else {
        if (blockIndent < 0) {
          if (spaces <= parentIndent) break;
          blockIndent = spaces;
        }
        if (spaces < blockIndent) break;
        if (folded && spaces > blockIndent)
          throw GiveUp.INSTANCE; // "more indented" lines fold differently
        lines.add(text.substring(line + blockIndent, e));
        trailing = 0;
      }
      line = e + 1;
    }
    if (line > end) throw GiveUp.INSTANCE; // the file ends without a line break to chomp
    if (blockIndent < 0) throw GiveUp.INSTANCE; // no content at all
    int body = lines.size() - trailing;
    StringBuilder out = new StringBuilder();
    if (folded) {
      int k = 0;
      while (k < body && lines.get(k).isEmpty()) {
        out.append('\n');
        k++;
      }
      int empties = -1;
      for (; k < body; k++) {
        String l = lines.get(k);
        if (l.isEmpty()) {
          empties++;
          continue;
        }
        if (empties == 0) out.append(' ');
        for (int n = 0; n < empties; n++) out.append('\n');
        out.append(l);
        empties = 0;
      }
    } else {
      for (int k = 0; k < body; k++) {
        if (k > 0) out.append('\n');
        out.append(lines.get(k));
      }
    }
    if (chomp != '-') out.append('\n');
    if (chomp == '+') for (int n = 0; n < trailing; n++) out.append('\n');
    return NODES.textNode(out.toString());
  }

  private int skipSpaces(int i) {
    while (i < lineEnd && text.charAt(i) == ' ') i++;
    return i;
  }

  /** Unwinds the reader when the text needs the full parser; carries no stack trace. */
  private static final class GiveUp extends RuntimeException {
    static final GiveUp INSTANCE = new GiveUp();

    private GiveUp() {
      super(null, null, false, false);
    }
  }
}
