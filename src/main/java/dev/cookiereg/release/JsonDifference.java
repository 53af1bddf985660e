package dev.cookiereg.release;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** Where two JSON documents first differ, as a JSON pointer, for messages about archived files. */
public final class JsonDifference {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonDifference() {}

  /**
   * The pointer of the first member or item where {@code before} and {@code after} differ (in the
   * order {@code before} lists them, then members only {@code after} has), {@code /} when the
   * documents differ only in how they are written, or "the file" when either is not JSON.
   */
  public static String first(byte[] before, byte[] after) {
    try {
      return first(JSON.readTree(before), JSON.readTree(after), "").orElse("/");
    } catch (IOException e) {
      return "the file";
    }
  }

  private static Optional<String> first(JsonNode a, JsonNode b, String at) {
    if (a == null || b == null || a.getNodeType() != b.getNodeType()) {
      return Optional.of(at.isEmpty() ? "/" : at);
    }
    if (a.isObject()) {
      Set<String> names = new LinkedHashSet<>();
      a.fieldNames().forEachRemaining(names::add);
      b.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        Optional<String> found = first(a.get(name), b.get(name), at + "/" + escape(name));
        if (found.isPresent()) return found;
      }
      return Optional.empty();
    }
    if (a.isArray()) {
      Iterator<JsonNode> x = a.elements();
      Iterator<JsonNode> y = b.elements();
      for (int i = 0; x.hasNext() || y.hasNext(); i++) {
        Optional<String> found =
            first(x.hasNext() ? x.next() : null, y.hasNext() ? y.next() : null, at + "/" + i);
        if (found.isPresent()) return found;
      }
      return Optional.empty();
    }
    return a.equals(b) ? Optional.empty() : Optional.of(at.isEmpty() ? "/" : at);
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
