package dev.cookiereg.load;

import dev.cookiereg.diagnostic.Location;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where each element of the registry was written, keyed by JSON Pointer ({@code
 * /cookies/3/duration}).
 *
 * <p>A property points at its key, an array item at its first character. Positions are computed on
 * first use (a valid registry usually needs none), then kept.
 */
public final class SourceMap {
  /**
   * What a parse with positions records: where each element was written, and how each number was
   * written.
   */
  record Written(Map<String, Location> positions, Map<String, String> numbers) {}

  private final String file;
  private Supplier<Written> compute;
  private Map<String, Location> positions;
  private Map<String, String> numbers;

  private SourceMap(String file, Supplier<Written> compute) {
    this.file = file;
    this.compute = compute;
  }

  /** A map whose positions are computed when first asked for. */
  static SourceMap lazy(String file, Supplier<Written> compute) {
    return new SourceMap(file, compute);
  }

  /** The file name diagnostics use. */
  public String file() {
    return file;
  }

  private synchronized Map<String, Location> positions() {
    if (positions == null) {
      Written written = compute.get();
      positions = Map.copyOf(written.positions());
      numbers = Map.copyOf(written.numbers());
      compute = null;
    }
    return positions;
  }

  /**
   * A number exactly as it was written at this pointer ({@code 1e309}, not the {@code 1E+309} the
   * tree prints), for messages that quote it; empty for anything else.
   */
  public synchronized Optional<String> writtenNumber(String pointer) {
    positions();
    return Optional.ofNullable(numbers.get(pointer));
  }

  /** The position written for exactly this pointer. */
  public Optional<Location> position(String pointer) {
    return Optional.ofNullable(positions().get(pointer));
  }

  /** The position of the pointer, or of its nearest written ancestor. */
  public Location locate(String pointer) {
    Map<String, Location> all = positions();
    String p = pointer;
    while (true) {
      Location at = all.get(p);
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
