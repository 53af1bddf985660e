package dev.cookiereg.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cookiereg.diagnostic.Location;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Where each element of the registry was written, keyed by JSON Pointer ({@code
 * /cookies/3/duration}).
 *
 * <p>A property points at its key, an array item at its first character. The reader records them as
 * it reads, in the order a depth-first walk of the tree meets the elements ({@link PositionLog}); a
 * pointer is found by walking the tree to its element, so a valid registry, which usually needs no
 * position, pays for nothing but the record.
 */
public final class SourceMap {
  private final String file;
  private final JsonNode root;
  private final PositionLog log;

  /** For each element, the index of the first element after it and everything it holds. */
  private int[] ends;

  private SourceMap(String file, JsonNode root, PositionLog log) {
    this.file = file;
    this.root = root;
    this.log = log;
  }

  /** The map of the elements of {@code root}, placed where {@code log} recorded them. */
  static SourceMap of(String file, JsonNode root, PositionLog log) {
    return new SourceMap(file, root, log);
  }

  /** The file name diagnostics use. */
  public String file() {
    return file;
  }

  /**
   * A number exactly as it was written at this pointer ({@code 1e309}, not the {@code 1E+309} the
   * tree prints), for messages that quote it; empty for anything else.
   */
  public synchronized Optional<String> writtenNumber(String pointer) {
    Found found = find(pointer);
    if (!found.whole() || !found.node().isNumber()) return Optional.empty();
    return Optional.of(log.written(found.index(), found.node()));
  }

  /** The position written for exactly this pointer. */
  public synchronized Optional<Location> position(String pointer) {
    Found found = find(pointer);
    return found.whole() ? Optional.of(log.location(found.index())) : Optional.empty();
  }

  /** The position of the pointer, or of its nearest written ancestor. */
  public synchronized Location locate(String pointer) {
    return log.location(find(pointer).index());
  }

  /** Escapes one reference token of a JSON Pointer (RFC 6901). */
  public static String token(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  /**
   * The element at the pointer ({@code whole}), or else at its longest prefix that names one (at
   * least the root).
   */
  private record Found(JsonNode node, int index, boolean whole) {}

  private Found find(String pointer) {
    if (ends == null) ends = measure();
    if (pointer.isEmpty()) return new Found(root, 0, true);
    if (pointer.charAt(0) != '/') return new Found(root, 0, false);
    JsonNode node = root;
    int index = 0;
    int from = 1;
    while (true) {
      int slash = pointer.indexOf('/', from);
      String token = pointer.substring(from, slash < 0 ? pointer.length() : slash);
      JsonNode child = null;
      int at = index + 1; // its first child; each next one starts where the one before ends
      if (node.isObject()) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            it.hasNext();
            at = ends[at]) {
          Map.Entry<String, JsonNode> field = it.next();
          if (token(field.getKey()).equals(token)) {
            child = field.getValue();
            break;
          }
        }
      } else if (node.isArray()) {
        int item = arrayIndex(token);
        if (item >= 0 && item < node.size()) {
          for (int k = 0; k < item; k++) at = ends[at];
          child = node.get(item);
        }
      }
      if (child == null) return new Found(node, index, false);
      node = child;
      index = at;
      if (slash < 0) return new Found(node, index, true);
      from = slash + 1;
    }
  }

  /** The item a token names as JSON Pointer writes it ({@code 0}, {@code 12}), or -1. */
  private static int arrayIndex(String token) {
    int n = token.length();
    if (n == 0 || n > 9 || token.charAt(0) == '0' && n > 1) return -1;
    int value = 0;
    for (int i = 0; i < n; i++) {
      char c = token.charAt(i);
      if (c < '0' || c > '9') return -1;
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** The end of every element, from one walk of the tree, which must match the log. */
  private int[] measure() {
    int[] out = new int[log.count()];
    int count = measure(root, 0, out);
    if (count != out.length) throw mismatch(count);
    return out;
  }

  private int measure(JsonNode node, int index, int[] out) {
    if (index >= out.length) throw mismatch(index + 1);
    int next = index + 1;
    if (node.isContainerNode()) {
      for (JsonNode child : node) next = measure(child, next, out);
    }
    out[index] = next;
    return next;
  }

  private IllegalStateException mismatch(int elements) {
    return new IllegalStateException(
        "the tree has " + elements + "+ elements but " + log.count() + " positions were recorded");
  }
}
