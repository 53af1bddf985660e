package dev.cookiereg.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reading values out of a JSON tree whose shape a schema has already checked. */
final class JsonNodes {
  private JsonNodes() {}

  /** The scalar at {@code key} as text, or null when absent or null. */
  static String text(JsonNode n, String key) {
    JsonNode v = n.path(key);
    return v.isValueNode() && !v.isNull() ? v.asText() : null;
  }

  /** The boolean at {@code key}, or null when absent. */
  static Boolean bool(JsonNode n, String key) {
    JsonNode v = n.path(key);
    return v.isBoolean() ? v.asBoolean() : null;
  }

  /**
   * The whole number at {@code key}, or {@code fallback} when the key is absent. Anything else is
   * refused, never rounded, truncated or wrapped: {@code asInt} would read {@code 1e309} as 0 and
   * 2^32 + 30 as 30.
   */
  static int wholeNumber(JsonNode n, String key, int fallback) {
    JsonNode v = n.path(key);
    if (v.isMissingNode()) return fallback;
    if (v.isIntegralNumber() && v.canConvertToInt()) return v.intValue();
    throw new IllegalArgumentException(
        key + " must be a whole number within the schema's range, not " + v);
  }

  static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return out;
  }

  static <T> List<T> list(JsonNode array, Function<JsonNode, T> map) {
    List<T> out = new ArrayList<>();
    array.forEach(v -> out.add(map.apply(v)));
    return out;
  }
}
