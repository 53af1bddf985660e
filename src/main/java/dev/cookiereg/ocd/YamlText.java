package dev.cookiereg.ocd;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes YAML scalars that read back exactly as written, whatever the YAML version of the reader: a
 * string is left plain only when it is a simple word that no YAML 1.1 or 1.2 reader would take for
 * a number, boolean, null or date; everything else is double-quoted, with every control,
 * line-separator and non-character escaped.
 */
final class YamlText {
  private YamlText() {}

  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_./-]*");
  private static final Set<String> RESERVED =
      Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null", "nan", "inf");

  /** The scalar as YAML: plain when that is unambiguous, else double-quoted. */
  static String scalar(String s) {
    if (PLAIN.matcher(s).matches() && !RESERVED.contains(s.toLowerCase(Locale.ROOT))) return s;
    return quoted(s);
  }

  /** Always double-quoted (a JSON-compatible string literal). */
  static String quoted(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> {
          boolean unsafe =
              ch < 0x20
                  || (ch >= 0x7F && ch < 0xA0)
                  || ch == '\u2028'
                  || ch == '\u2029'
                  || ch == '\uFEFF'
                  || ch >= '\uFFFE'
                  || (Character.isSurrogate(ch) && !validPair(s, i));
          if (unsafe) {
            out.append(String.format(Locale.ROOT, "\\u%04X", (int) ch));
          } else {
            out.append(ch);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  private static boolean validPair(String s, int i) {
    char ch = s.charAt(i);
    if (Character.isHighSurrogate(ch))
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }
}
