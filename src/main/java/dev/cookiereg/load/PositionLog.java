package dev.cookiereg.load;

import dev.cookiereg.diagnostic.Location;
import java.util.Arrays;

/**
 * Where a reader met each element of the tree it built, and the tree's shape, recorded as it reads
 * at the cost of an array store or two per element; {@link SourceMap} finds a pointer's element in
 * it only when a diagnostic asks. It holds no tree: a loaded registry keeps only this and its text.
 *
 * <p>Elements are numbered in the order a depth-first walk of the tree meets them: the root, then
 * each property (at its key) or item, each followed by what it holds. For each the log keeps where
 * it was written (the block-style reader's character offset into its text, or the full parser's
 * line and column) and, for a mapping or list, where the elements it holds end; the full parser
 * also keeps each key (the block-style reader's are in its text) and the spelling of each number.
 */
final class PositionLog {
  private final String text; // the block-style reader's; null for the full parser's log
  private final int width; // ints per element: the position (1 or 2), then its shape
  private int[] entries;
  private int count;
  private String[] keys; // the full parser's, by element; null for a block-style log

  // Numbers as written, by element, in element order.
  private int[] numberAt = new int[0];
  private String[] numberText = new String[0];
  private int numbers;

  private int[] lineStarts; // of the text, computed when a position is first asked for

  private PositionLog(String text, int width, int capacity) {
    this.text = text;
    this.width = width;
    this.entries = new int[Math.max(16, capacity) * width];
    if (text == null) keys = new String[Math.max(16, capacity)];
  }

  /** A log of character offsets into {@code text}, whose keys are plain and read from it. */
  static PositionLog offsets(String text) {
    return new PositionLog(text, 2, text.length() / 24);
  }

  /** A log of one-based lines and columns, with each key. */
  static PositionLog linesAndColumns() {
    return new PositionLog(null, 3, 256);
  }

  /** The number of elements recorded. */
  int count() {
    return count;
  }

  /** Records the next element (a property at its plain key, an item or the root) at an offset. */
  void offset(int at) {
    int i = count * 2;
    if (i == entries.length) entries = Arrays.copyOf(entries, i * 2);
    entries[i] = at;
    count++;
  }

  /** Records the next element (an item or the root) at its one-based line and column. */
  void lineAndColumn(int line, int column) {
    int i = count * 3;
    if (i == entries.length) {
      entries = Arrays.copyOf(entries, i * 2);
      keys = Arrays.copyOf(keys, count * 2);
    }
    entries[i] = line;
    entries[i + 1] = column;
    count++;
  }

  /** Records the next element, a property, at its key's one-based line and column. */
  void property(int line, int column, String key) {
    lineAndColumn(line, column);
    keys[count - 1] = key;
  }

  /**
   * Records that the last element recorded is a mapping ({@code object}) or list; returns its index
   * for {@link #close}.
   */
  int open(boolean object) {
    int self = count - 1;
    entries[self * width + width - 1] = object ? self + 1 : -(self + 1);
    return self;
  }

  /** Records that the elements of the mapping or list {@code self} end here. */
  void close(int self) {
    int at = self * width + width - 1;
    entries[at] = entries[at] > 0 ? count : -count;
  }

  /** Records how the number at the last element recorded was written. */
  void number(String written) {
    if (numbers == numberAt.length) {
      numberAt = Arrays.copyOf(numberAt, Math.max(16, numbers * 2));
      numberText = Arrays.copyOf(numberText, numberAt.length);
    }
    numberAt[numbers] = count - 1;
    numberText[numbers++] = written;
  }

  // ---- reading the log ----

  /** Where the element with this index was written. */
  Location location(int index) {
    if (text == null) return new Location(entries[index * 3], entries[index * 3 + 1]);
    int offset = entries[index * 2];
    if (lineStarts == null) lineStarts = lineStarts(text);
    int line = Arrays.binarySearch(lineStarts, offset);
    if (line < 0) line = -line - 2;
    // SnakeYAML counts columns in code points
    return new Location(line + 1, text.codePointCount(lineStarts[line], offset) + 1);
  }

  /** The number written at this element, or null if it holds no number. */
  String number(int index) {
    int i = Arrays.binarySearch(numberAt, 0, numbers, index);
    return i >= 0 ? numberText[i] : null;
  }

  /**
   * The index of the element a JSON Pointer names; if it names none, {@code -1 - i} where {@code i}
   * is the element its longest prefix names (at least the root, 0).
   */
  int find(String pointer) {
    if (pointer.isEmpty()) return 0;
    if (pointer.charAt(0) != '/') return -1;
    int index = 0;
    int from = 1;
    while (true) {
      int slash = pointer.indexOf('/', from);
      int to = slash < 0 ? pointer.length() : slash;
      int child = child(index, pointer, from, to);
      if (child < 0) return -1 - index;
      index = child;
      if (slash < 0) return index;
      from = slash + 1;
    }
  }

  /** The element of {@code parent} that the token {@code pointer[from, to)} names, or -1. */
  private int child(int parent, String pointer, int from, int to) {
    int shape = entries[parent * width + width - 1];
    int end = Math.abs(shape);
    if (shape > 0) {
      for (int c = parent + 1; c < end; c = next(c)) {
        if (isKey(c, pointer, from, to)) return c;
      }
    } else if (shape < 0) {
      int item = arrayIndex(pointer, from, to);
      int c = parent + 1;
      for (int k = 0; k < item && c < end; k++) c = next(c);
      if (item >= 0 && c < end) return c;
    }
    return -1;
  }

  /** The element after {@code index} and everything it holds. */
  private int next(int index) {
    int shape = entries[index * width + width - 1];
    return shape == 0 ? index + 1 : Math.abs(shape);
  }

  /** Whether the property {@code index} has the key the token {@code pointer[from, to)} names. */
  private boolean isKey(int index, String pointer, int from, int to) {
    if (keys != null) {
      String token = SourceMap.token(keys[index]);
      return token.length() == to - from && pointer.startsWith(token, from);
    }
    int at = entries[index * 2]; // a plain key, which needs no escape, ends at its colon
    int length = to - from;
    return text.indexOf(':', at) == at + length && text.regionMatches(at, pointer, from, length);
  }

  /** The item a token names as JSON Pointer writes it ({@code 0}, {@code 12}), or -1. */
  private static int arrayIndex(String pointer, int from, int to) {
    int n = to - from;
    if (n == 0 || n > 9 || pointer.charAt(from) == '0' && n > 1) return -1;
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = pointer.charAt(i);
      if (c < '0' || c > '9') return -1;
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** The offset at which each line of the text starts. */
  private static int[] lineStarts(String text) {
    int[] starts = new int[64];
    int lines = 1;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      if (lines == starts.length) starts = Arrays.copyOf(starts, lines * 2);
      starts[lines++] = i + 1;
    }
    return Arrays.copyOf(starts, lines);
  }
}
