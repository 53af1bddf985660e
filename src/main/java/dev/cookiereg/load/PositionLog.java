package dev.cookiereg.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cookiereg.diagnostic.Location;
import java.util.Arrays;

/**
 * Where a reader met each element of the tree it built, recorded as it reads at the cost of one
 * array store per element; {@link SourceMap} finds an element's entry only when a diagnostic asks.
 *
 * <p>Elements are counted in the order a depth-first walk of the finished tree meets them: the
 * root, then each property (at its key) or item, each followed by what it holds. The block-style
 * reader records character offsets into its text; the full parser records lines and columns, and
 * the spelling of each number it reads.
 */
final class PositionLog {
  private final String text; // null: entries are (line, column) pairs
  private int[] entries;
  private int count;

  // Numbers as written, by element (the full parser's only; the block-style reader reads only
  // numbers written as they print).
  private int[] numberAt = new int[0];
  private String[] numberText = new String[0];
  private int numbers;

  private int[] lineStarts; // of the text, computed when a position is first asked for

  private PositionLog(String text, int width, int capacity) {
    this.text = text;
    this.entries = new int[Math.max(16, capacity) * width];
  }

  /** A log of character offsets into {@code text}, for a reader that reads that text. */
  static PositionLog offsets(String text) {
    return new PositionLog(text, 1, text.length() / 24);
  }

  /** A log of one-based lines and columns. */
  static PositionLog linesAndColumns() {
    return new PositionLog(null, 2, 256);
  }

  /** The number of elements recorded. */
  int count() {
    return count;
  }

  /** Records the next element at a character offset into the text. */
  void offset(int at) {
    if (count == entries.length) entries = Arrays.copyOf(entries, count * 2);
    entries[count++] = at;
  }

  /** Records the next element at its line and column, both one-based. */
  void lineAndColumn(int line, int column) {
    int i = count * 2;
    if (i == entries.length) entries = Arrays.copyOf(entries, i * 2);
    entries[i] = line;
    entries[i + 1] = column;
    count++;
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

  /** Where the element with this index (in depth-first order) was written. */
  Location location(int index) {
    if (text == null) return new Location(entries[index * 2], entries[index * 2 + 1]);
    int offset = entries[index];
    if (lineStarts == null) lineStarts = lineStarts(text);
    int line = Arrays.binarySearch(lineStarts, offset);
    if (line < 0) line = -line - 2;
    // SnakeYAML counts columns in code points
    return new Location(line + 1, text.codePointCount(lineStarts[line], offset) + 1);
  }

  /** How the number {@code node}, the element with this index, was written. */
  String written(int index, JsonNode node) {
    int i = Arrays.binarySearch(numberAt, 0, numbers, index);
    return i >= 0 ? numberText[i] : node.asText(); // the block-style reader's print as written
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
