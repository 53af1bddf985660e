package dev.cookiereg.release;

import dev.cookiereg.diagnostic.Location;
import dev.cookiereg.load.SourceMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites single scalar values of {@code cookies.yaml} in place ({@code policy.version}, dates),
 * keeping every comment, blank line and the editor's formatting, in block style ({@code version:
 * 1.0.0}) or flow style ({@code {version: 1.0.0, …}}).
 */
public final class RegistryEditor {
  private RegistryEditor() {}

  /** Replaces the plain or quoted scalar written after {@code pointer}'s key. */
  public static String set(String yaml, SourceMap map, String pointer, String value) {
    Location at =
        map.position(pointer)
            .orElseThrow(() -> new IllegalArgumentException("the registry has no " + pointer));
    String key = pointer.substring(pointer.lastIndexOf('/') + 1);
    List<String> lines = new ArrayList<>(List.of(yaml.split("\n", -1)));
    String line = lines.get(at.line() - 1);
    int i = at.column() - 1;
    if (!line.startsWith(key, i))
      throw new IllegalArgumentException(key + " is not where it was parsed");
    i += key.length();
    while (i < line.length() && line.charAt(i) == ' ') i++;
    if (i >= line.length() || line.charAt(i) != ':')
      throw new IllegalArgumentException("no ':' after " + key);
    i++;
    while (i < line.length() && line.charAt(i) == ' ') i++;
    int end = valueEnd(line, i);
    if (end <= i) throw new IllegalArgumentException("the value of " + key + " is not on its line");
    lines.set(at.line() - 1, line.substring(0, i) + value + line.substring(end));
    return String.join("\n", lines);
  }

  /**
   * Where the scalar starting at {@code start} ends: its closing quote, or before {@code , } # } or
   * the end.
   */
  private static int valueEnd(String line, int start) {
    if (start >= line.length()) return start;
    char first = line.charAt(start);
    if (first == '"' || first == '\'') {
      int close = line.indexOf(first, start + 1);
      return close < 0 ? start : close + 1;
    }
    int end = start;
    while (end < line.length() && ",}]#".indexOf(line.charAt(end)) < 0) end++;
    while (end > start && line.charAt(end - 1) == ' ') end--;
    return end;
  }
}
