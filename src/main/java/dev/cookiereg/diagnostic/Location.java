package dev.cookiereg.diagnostic;

/** A 1-based line and column in a source file. */
public record Location(int line, int column) implements Comparable<Location> {
  public static final Location START = new Location(1, 1);

  @Override
  public int compareTo(Location o) {
    int c = Integer.compare(line, o.line);
    return c != 0 ? c : Integer.compare(column, o.column);
  }
}
