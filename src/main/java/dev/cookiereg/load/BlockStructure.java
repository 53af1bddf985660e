package dev.cookiereg.load;

import dev.cookiereg.diagnostic.Location;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the first line where a text in block style breaks its structure, and says what is wrong in
 * an editor's words: a line indented more or less than the key above it, a list item where a key
 * was expected (or the reverse), a line with no colon, a quote or bracket left open.
 *
 * <p>It reads lines as an editor sees them: keys, list items ({@code - }), the values after them,
 * and what continues a value (a deeper plain line, a text block after {@code |} or {@code >}, a
 * quoted text). It is asked only after the full parser has refused a text, so it never decides
 * whether a text is valid, only how the refusal is worded and where; on anything it does not model
 * (flow collections over several lines, explicit keys, anchors, tags, directives, several
 * documents) it finds nothing and the parser's own problem is worded instead.
 */
final class BlockStructure {
  /** A structural problem: where it is and what to do about it. */
  record Problem(Location at, String message) {}

  private enum Kind {
    MAPPING,
    LIST
  }

  /** An open block mapping or list, and the last key written in it. */
  private static final class Level {
    final int indent;
    final Kind kind;
    final boolean underKey; // a list written at its key's own indent ("key:\n- a")
    String key;

    Level(int indent, Kind kind, boolean underKey) {
      this.indent = indent;
      this.kind = kind;
      this.underKey = underKey;
    }

    String words() {
      return kind == Kind.MAPPING ? "the key '" + key + "'" : "the list item";
    }
  }

  /** What the entry just read leaves open for the lines after it. */
  private enum Pending {
    NONE,
    /** Nothing after the key or dash: a deeper block may follow. */
    OPEN,
    /** A plain value, which deeper lines continue. */
    PLAIN,
    /** A quoted or bracketed value, complete on its line(s). */
    CLOSED,
    /** A text block ({@code |} or {@code >}): deeper lines are its text. */
    BLOCK
  }

  /** Thrown where the text leaves what this reader models: it then finds nothing. */
  private static final class Unmodelled extends RuntimeException {
    static final Unmodelled INSTANCE = new Unmodelled();

    private Unmodelled() {
      super(null, null, false, false);
    }
  }

  /** Characters that start no key, item or text a registry writes at the start of a line. */
  private static final String NEVER_START = "?&*!%@`,]}";

  private final String[] lines;
  private final Deque<Level> levels = new ArrayDeque<>();

  private Pending pending = Pending.NONE;
  private int owner; // the indent of what the pending value belongs to
  private String ownerWords; // "the key 'purpose'" or "the list item"
  private boolean ownerIsKey;
  private int blockIndent; // the indent of a text block's first line, -1 before it
  private int blockLine; // the line of its first line
  private int row; // the 0-based line being read

  private BlockStructure(String text) {
    this.lines = text.split("\n", -1);
  }

  /** The first structural problem of the text, or empty when none is found. */
  static Optional<Problem> firstProblem(String text) {
    try {
      return Optional.ofNullable(new BlockStructure(text).scan());
    } catch (Unmodelled e) {
      return Optional.empty();
    }
  }

  private Problem scan() {
    for (row = 0; row < lines.length; row++) {
      String line = lines[row];
      if (line.endsWith("\r")) line = line.substring(0, line.length() - 1);
      int n = indent(line);
      if (n == line.length()) continue; // blank
      if (pending == Pending.BLOCK) {
        Problem p = blockLine(n);
        if (p != null) return p;
        if (pending == Pending.BLOCK) continue;
      }
      String body = line.substring(n);
      if (body.startsWith("#")) {
        if (pending == Pending.PLAIN) pending = Pending.CLOSED; // a comment ends a plain value
        continue;
      }
      if (n == 0 && (body.startsWith("---") || body.startsWith("..."))) throw Unmodelled.INSTANCE;
      if (n == 0 && body.startsWith("%") && levels.isEmpty()) throw Unmodelled.INSTANCE;
      if (body.charAt(0) == '{') throw Unmodelled.INSTANCE;
      if (NEVER_START.indexOf(body.charAt(0)) >= 0 && pending != Pending.PLAIN) {
        return new Problem(
            at(n),
            "a line cannot start with '"
                + body.charAt(0)
                + "': remove it, or put the text in quotes");
      }
      Problem p = line(line, n, body);
      if (p != null) return p;
    }
    return null;
  }

  /** A line inside a text block, or the first line after it (then pending is no longer BLOCK). */
  private Problem blockLine(int n) {
    if (n <= owner) {
      pending = Pending.NONE;
      return null;
    }
    if (blockIndent < 0) {
      blockIndent = n;
      blockLine = row + 1;
    } else if (n < blockIndent) {
      return new Problem(
          at(n),
          "this line is indented less than the first line of its text block (line "
              + blockLine
              + "): "
              + spaces(n)
              + ", not "
              + blockIndent);
    }
    return null;
  }

  private Problem line(String line, int n, String body) {
    Shape shape = Shape.of(body);
    if (levels.isEmpty()) {
      if (shape == Shape.TEXT) return noColon(n, body);
      return entry(line, n, body, shape, open(n, shape, false));
    }
    switch (pending) {
      case OPEN -> {
        if (n > owner) {
          pending = Pending.NONE;
          if (shape == Shape.TEXT) return value(line, n, owner, ownerWords, ownerIsKey);
          return entry(line, n, body, shape, open(n, shape, false));
        }
        if (n == owner && shape == Shape.DASH && ownerIsKey) {
          pending = Pending.NONE;
          return entry(line, n, body, shape, open(n, shape, true));
        }
      }
      case PLAIN -> {
        if (n > owner) {
          if (shape != Shape.KEY) return null; // the plain value goes on
          return more(n, ownerWords, owner);
        }
        if (shape == Shape.TEXT && ownerIsKey && !GLUED_COLON.matcher(body).matches()) {
          return new Problem(
              at(n),
              "this line has no colon and is not indented under "
                  + ownerWords
                  + " above it: to continue that value, indent it more than "
                  + ownerWords.substring(ownerWords.indexOf('\''))
                  + "; to add a key, write 'key: value'");
        }
      }
      case CLOSED -> {
        if (n > owner) return more(n, ownerWords, owner);
      }
      default -> {}
    }
    pending = Pending.NONE;
    Level popped = null;
    while (!levels.isEmpty() && levels.peek().indent > n) popped = levels.pop();
    if (levels.isEmpty()) throw Unmodelled.INSTANCE; // less indented than the first line
    Level top = levels.peek();
    if (top.indent < n) {
      if (popped == null) throw Unmodelled.INSTANCE;
      return between(n, shape, popped, top);
    }
    if (top.kind == Kind.LIST && shape == Shape.KEY && top.underKey) {
      levels.pop();
      top = levels.peek();
      if (top == null || top.indent != n) throw Unmodelled.INSTANCE;
    }
    return entry(line, n, body, shape, top);
  }

  /** Opens a mapping or list at the indent of the line starting it. */
  private Level open(int n, Shape shape, boolean underKey) {
    Level level = new Level(n, shape == Shape.DASH ? Kind.LIST : Kind.MAPPING, underKey);
    levels.push(level);
    return level;
  }

  /** A line whose indent lies between two open levels. */
  private Problem between(int n, Shape shape, Level above, Level outer) {
    boolean aboveFits = fits(above, shape);
    boolean outerFits = fits(outer, shape) && outer.key != null;
    if (aboveFits && outerFits) {
      return new Problem(
          at(n),
          "this line is indented less than "
              + above.words()
              + " above it and more than "
              + outer.words()
              + ": "
              + spaces(n)
              + ", not "
              + above.indent
              + " or "
              + outer.indent);
    }
    if (!aboveFits && outerFits) {
      return new Problem(
          at(n),
          "this line is indented more than "
              + outer.words()
              + " above it: "
              + spaces(n)
              + ", not "
              + outer.indent);
    }
    return new Problem(
        at(n),
        "this line is indented less than "
            + above.words()
            + " above it: "
            + spaces(n)
            + ", not "
            + above.indent);
  }

  private static boolean fits(Level level, Shape shape) {
    return level.kind == Kind.MAPPING ? shape == Shape.KEY : shape == Shape.DASH;
  }

  private Problem more(int n, String words, int expected) {
    return new Problem(
        at(n),
        "this line is indented more than "
            + words
            + " above it: "
            + spaces(n)
            + ", not "
            + expected);
  }

  /** A line at the indent of an open level: a key of a mapping or an item of a list. */
  private Problem entry(String line, int n, String body, Shape shape, Level level) {
    if (level.kind == Kind.MAPPING) {
      if (shape == Shape.DASH) {
        return new Problem(
            at(n),
            "a list item where a key was expected: the lines above it at this indent are keys"
                + (level.key == null ? "" : " ('" + level.key + "')")
                + "; remove the '- ', or start the list on the line after a key");
      }
      if (shape == Shape.TEXT) return noColon(n, body);
      int colon = Shape.keyColon(body);
      level.key = body.substring(0, colon).strip();
      return value(line, n + colon + 1, n, "the key '" + level.key + "'", true);
    }
    if (shape == Shape.KEY || shape == Shape.TEXT) {
      if (body.length() > 1 && body.charAt(0) == '-' && body.charAt(1) != ' ') {
        return new Problem(
            at(n), "a list item starts with a dash and a space: write '- ' before its first key");
      }
      return new Problem(
          at(n),
          (shape == Shape.KEY ? "a key" : "text")
              + " where a list item was expected: start a new item with '- '"
              + (shape == Shape.KEY ? ", or indent the key like the keys of the item above" : ""));
    }
    int item = indent(line, n + 1);
    if (item == line.length() || line.charAt(item) == '#') {
      pending = Pending.OPEN;
      owner = n;
      ownerWords = "the list item";
      ownerIsKey = false;
      return null;
    }
    String rest = line.substring(item);
    Shape inner = Shape.of(rest);
    if (inner == Shape.DASH) throw Unmodelled.INSTANCE; // "- - a"
    if (inner == Shape.KEY) return entry(line, item, rest, inner, open(item, inner, false));
    return value(line, item, n, "the list item", false);
  }

  private Problem noColon(int n, String body) {
    Matcher glued = GLUED_COLON.matcher(body);
    if (glued.lookingAt()) {
      return new Problem(
          at(n),
          "a colon needs a space after it: write '" + glued.group(1) + ": " + glued.group(2) + "'");
    }
    return new Problem(at(n), "this line has no colon: write 'key: value'");
  }

  private static final Pattern GLUED_COLON =
      Pattern.compile("([A-Za-z][A-Za-z0-9_-]*):([^/\\s].*)");

  /**
   * The value starting at {@code from} on the current line (or nothing), which belongs to what sits
   * at indent {@code parent}; sets what it leaves open.
   */
  private Problem value(String line, int from, int parent, String words, boolean isKey) {
    int v = indent(line, from);
    owner = parent;
    ownerWords = words;
    ownerIsKey = isKey;
    if (v == line.length() || line.charAt(v) == '#') {
      pending = Pending.OPEN;
      return null;
    }
    char c = line.charAt(v);
    switch (c) {
      case '|', '>' -> {
        pending = Pending.BLOCK;
        blockIndent = -1;
        return null;
      }
      case '"', '\'' -> {
        return quoted(line, v, parent, words);
      }
      case '[' -> {
        return bracketed(line, v, parent);
      }
      case '\t' -> {
        return new Problem(
            atColumn(line, v),
            "a tab character: YAML reads only spaces here; replace the tab with a space");
      }
      case '{', '&', '*', '!' -> throw Unmodelled.INSTANCE;
      case '-' -> {
        if (v + 1 == line.length() || line.charAt(v + 1) == ' ') {
          return new Problem(
              atColumn(line, v),
              "a list item cannot follow "
                  + words
                  + " on its line: start the list on the next line, indented more than the key");
        }
      }
      case '@', '`', '%', ',', ']', '}' -> {
        return new Problem(
            atColumn(line, v), "a value cannot start with '" + c + "': put the value in quotes");
      }
      default -> {}
    }
    int colon = innerColon(line, v);
    if (colon >= 0) {
      return new Problem(
          atColumn(line, colon),
          "this value holds ': ', which starts another key: put the whole value in quotes");
    }
    pending = Pending.PLAIN;
    return null;
  }

  /** Where ": " (or a final colon) stands in a plain value before any comment, or -1. */
  private static int innerColon(String line, int from) {
    for (int i = from; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '#' && line.charAt(i - 1) == ' ') return -1;
      if (c == ':' && (i + 1 == line.length() || line.charAt(i + 1) == ' ')) return i;
    }
    return -1;
  }

  /** A quoted value: closed on its line, or continued on lines indented deeper than its key. */
  private Problem quoted(String line, int open, int parent, String words) {
    char q = line.charAt(open);
    int close = closingQuote(line, open + 1, q);
    int r = row;
    String closingLine = line;
    while (close < 0) {
      r++;
      if (r >= lines.length) return unclosed(line, open, q, words);
      String next = lines[r];
      int n = indent(next);
      if (n < next.length() && n <= parent) return unclosed(line, open, q, words);
      close = closingQuote(next, 0, q);
      closingLine = next;
    }
    int after = indent(closingLine, close + 1);
    if (after < closingLine.length() && closingLine.charAt(after) != '#') {
      row = r;
      return new Problem(
          atColumn(closingLine, after),
          "text after the closing quote: put all of the value inside the quotes");
    }
    row = r;
    pending = Pending.CLOSED;
    return null;
  }

  private Problem unclosed(String line, int open, char q, String words) {
    return new Problem(
        atColumn(line, open),
        "the quote that opens this value is not closed: end the value with "
            + q
            + " (a quoted value may go on to the next lines only if they are indented more than "
            + words.substring(words.indexOf('\'') < 0 ? 0 : words.indexOf('\''))
            + ")");
  }

  /** The index of the quote closing a quoted text from {@code from}, or -1 if the line has none. */
  private static int closingQuote(String line, int from, char q) {
    for (int i = from; i < line.length(); i++) {
      char c = line.charAt(i);
      if (q == '"' && c == '\\') {
        i++;
      } else if (c == q) {
        if (q == '\'' && i + 1 < line.length() && line.charAt(i + 1) == '\'') {
          i++;
        } else {
          return i;
        }
      }
    }
    return -1;
  }

  /** A {@code [list]} value, which must close on its line. */
  private Problem bracketed(String line, int open, int parent) {
    int depth = 0;
    for (int i = open; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '[') depth++;
      if (c == ']' && --depth == 0) {
        int after = indent(line, i + 1);
        if (after < line.length() && line.charAt(after) != '#') throw Unmodelled.INSTANCE;
        pending = Pending.CLOSED;
        return null;
      }
      if (c == '"' || c == '\'' || c == '{') throw Unmodelled.INSTANCE;
    }
    int next = row + 1;
    while (next < lines.length && indent(lines[next]) == lines[next].length()) next++;
    if (next < lines.length && indent(lines[next]) <= parent) {
      return new Problem(
          atColumn(line, open),
          "the list opened with '[' is not closed: end it with ']' on the same line");
    }
    throw Unmodelled.INSTANCE; // a list over several lines
  }

  private Location at(int n) {
    return new Location(row + 1, n + 1);
  }

  private Location atColumn(String line, int index) {
    return new Location(row + 1, line.codePointCount(0, index) + 1);
  }

  private static int indent(String line) {
    return indent(line, 0);
  }

  private static int indent(String line, int from) {
    int i = from;
    while (i < line.length() && line.charAt(i) == ' ') i++;
    return i;
  }

  private static String spaces(int n) {
    return n == 1 ? "1 space" : n + " spaces";
  }

  /** What a line's content is: a list item, a key, or text. */
  private enum Shape {
    DASH,
    KEY,
    TEXT;

    static Shape of(String body) {
      if (body.equals("-") || body.startsWith("- ")) return DASH;
      return keyColon(body) >= 0 ? KEY : TEXT;
    }

    /**
     * Where the colon ending a key at the start of {@code body} stands, or -1: a quoted key and its
     * colon, or plain text up to the first ": " (or a final colon) before any comment.
     */
    static int keyColon(String body) {
      char first = body.charAt(0);
      if (first == '"' || first == '\'') {
        int close = closingQuote(body, 1, first);
        if (close < 0) return -1;
        int colon = indent(body, close + 1);
        return colon < body.length() && body.charAt(colon) == ':' ? colon : -1;
      }
      if (first == '[' || first == '#') return -1;
      for (int i = 0; i < body.length(); i++) {
        char c = body.charAt(i);
        if (c == '#' && i > 0 && body.charAt(i - 1) == ' ') return -1;
        if (c == ':' && (i + 1 == body.length() || isBlank(body.charAt(i + 1)))) return i;
      }
      return -1;
    }
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }
}
