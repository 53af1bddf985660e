package dev.cookiereg.release;

import dev.cookiereg.diagnostic.Location;
import dev.cookiereg.load.SourceMap;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites single scalar values of {@code cookies.yaml} in place ({@code policy.version}, dates), keeping every
 * comment, blank line and the editor's formatting.
 */
public final class RegistryEditor {
  private static final Pattern KEY_VALUE = Pattern.compile("^(\\s*[A-Za-z]+:\\s*)(\"[^\"]*\"|'[^']*'|[^#\\s]+)(.*)$");

  private RegistryEditor() {}

  /** Replaces the value written on the line of {@code pointer}'s key. */
  public static String set(String yaml, SourceMap map, String pointer, String value) {
    Location at = map.position(pointer)
        .orElseThrow(() -> new IllegalArgumentException("the registry has no " + pointer));
    List<String> lines = new ArrayList<>(List.of(yaml.split("\n", -1)));
    String line = lines.get(at.line() - 1);
    Matcher m = KEY_VALUE.matcher(line);
    if (!m.matches()) throw new IllegalArgumentException("cannot rewrite line " + at.line() + ": " + line);
    lines.set(at.line() - 1, m.group(1) + value + m.group(3));
    return String.join("\n", lines);
  }
}
