package dev.cookiereg.load;

import dev.cookiereg.diagnostic.Location;
import java.util.Map;

/**
 * Where each element of the registry was written, keyed by JSON Pointer ({@code /cookies/3/duration}).
 *
 * <p>A property points at its key, an array item at its first character.
 */
public record SourceMap(String file, Map<String, Location> positions) {
  public SourceMap {
    positions = Map.copyOf(positions);
  }

  /** The position of the pointer, or of its nearest written ancestor. */
  public Location locate(String pointer) {
    String p = pointer;
    while (true) {
      Location at = positions.get(p);
      if (at != null) return at;
      if (p.isEmpty()) return Location.START;
      p = p.substring(0, Math.max(0, p.lastIndexOf('/')));
    }
  }

  /** Escapes one reference token of a JSON Pointer (RFC 6901). */
  public static String token(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
