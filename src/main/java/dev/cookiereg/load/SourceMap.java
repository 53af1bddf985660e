package dev.cookiereg.load;

import dev.cookiereg.diagnostic.Location;
import java.util.Optional;

/**
 * Where each element of the registry was written, keyed by JSON Pointer ({@code
 * /cookies/3/duration}).
 *
 * <p>A property points at its key, an array item at its first character. The reader records them as
 * it reads ({@link PositionLog}), so a diagnostic never parses the registry again; a pointer is
 * looked up only when one asks.
 */
public final class SourceMap {
  private final String file;
  private final PositionLog log;

  private SourceMap(String file, PositionLog log) {
    this.file = file;
    this.log = log;
  }

  /** The map of a tree whose reader recorded {@code log}. */
  static SourceMap of(String file, PositionLog log) {
    return new SourceMap(file, log);
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
    int index = log.find(pointer);
    return index < 0 ? Optional.empty() : Optional.ofNullable(log.number(index));
  }

  /** The position written for exactly this pointer. */
  public synchronized Optional<Location> position(String pointer) {
    int index = log.find(pointer);
    return index < 0 ? Optional.empty() : Optional.of(log.location(index));
  }

  /** The position of the pointer, or of its nearest written ancestor. */
  public synchronized Location locate(String pointer) {
    int index = log.find(pointer);
    return log.location(index < 0 ? -1 - index : index);
  }

  /** Escapes one reference token of a JSON Pointer (RFC 6901). */
  public static String token(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
