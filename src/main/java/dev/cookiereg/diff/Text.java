package dev.cookiereg.diff;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A text of the registry two ways: as the diff compares it ({@code compared}, every field that may
 * change, in the form that decides each classification) and as a reviewer reads it ({@code shown},
 * the words a visitor sees, for the before/after of a change).
 */
record Text(String compared, String shown) {
  /** A value as both: {@code null} compares as {@code "null"} and shows as nothing. */
  static Text of(Object value) {
    if (value instanceof Text t) return t;
    return new Text(String.valueOf(value), value == null ? "" : value.toString());
  }

  /** The parts one after another, each form joined with {@code separator}. */
  static Text join(String separator, Object... parts) {
    Text[] texts = Arrays.stream(parts).map(Text::of).toArray(Text[]::new);
    return new Text(
        Arrays.stream(texts).map(Text::compared).collect(Collectors.joining(separator)),
        Arrays.stream(texts).map(Text::shown).collect(Collectors.joining(separator)));
  }
}
