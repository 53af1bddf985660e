package dev.cookiereg.model;

import java.util.ArrayDeque;
import java.util.Optional;

/**
 * Cookie and storage-key names as patterns, where {@code *} stands for any characters (none
 * included) and every other character for itself: their parts, whether one matches a name, whether
 * two can match the same name, and their regular expression. No method here compiles a regular
 * expression, so none can backtrack.
 */
public final class Globs {
  private Globs() {}

  /** The text before the first {@code *}; all of it for a name without one. */
  public static String literalPrefix(String pattern) {
    int star = pattern.indexOf('*');
    return star < 0 ? pattern : pattern.substring(0, star);
  }

  /** The text after the last {@code *}; all of it for a name without one. */
  public static String literalSuffix(String pattern) {
    return pattern.substring(pattern.lastIndexOf('*') + 1);
  }

  /** How many characters of the pattern are not {@code *}. */
  public static int literalLength(String pattern) {
    int n = 0;
    for (int i = 0; i < pattern.length(); i++) {
      if (pattern.charAt(i) != '*') n++;
    }
    return n;
  }

  /** True when the name has a {@code *}, and so stands for many names. */
  public static boolean isPattern(String name) {
    return name.indexOf('*') >= 0;
  }

  /**
   * True when {@code pattern} matches all of {@code name}; a {@code *} in {@code name} is an
   * ordinary character. Each inner part is taken at its first occurrence after the one before
   * (enough for a glob: any match can move its inner parts to their earliest places), so the time
   * is linear in the name's length for a given pattern.
   */
  public static boolean matches(String pattern, String name) {
    if (!isPattern(pattern)) return pattern.equals(name);
    String[] parts = pattern.split("\\*", -1);
    String first = parts[0];
    String last = parts[parts.length - 1];
    int end = name.length() - last.length();
    if (end < first.length() || !name.startsWith(first) || !name.endsWith(last)) return false;
    int at = first.length();
    for (int i = 1; i < parts.length - 1; i++) {
      int found = name.indexOf(parts[i], at);
      if (found < 0 || found + parts[i].length() > end) return false;
      at = found + parts[i].length();
    }
    return true;
  }

  /**
   * A name both patterns match, if there is one, spelt with their literal characters only (each
   * {@code *} stands for text the other pattern spells out, or for nothing). A search over pairs of
   * positions, one in each pattern, each step reading one character both accept (a {@code *}
   * accepts any and stays; a literal must agree), so the time is the product of the patterns'
   * lengths.
   */
  public static Optional<String> overlap(String a, String b) {
    int n = a.length();
    int m = b.length();
    // from[i][j]: the state (i', j') * (m + 1) + j' + 1 it was reached from, 0 while unreached.
    int[][] from = new int[n + 1][m + 1];
    char[][] read = new char[n + 1][m + 1];
    ArrayDeque<Integer> todo = new ArrayDeque<>();
    from[0][0] = -1;
    todo.add(0);
    while (!todo.isEmpty()) {
      int state = todo.poll();
      int i = state / (m + 1);
      int j = state % (m + 1);
      if (i == n && j == m) return Optional.of(witness(from, read, m, i, j));
      boolean starA = i < n && a.charAt(i) == '*';
      boolean starB = j < m && b.charAt(j) == '*';
      // A * may match nothing: skip it without reading.
      if (starA) visit(from, read, todo, m, state, i + 1, j, '\0');
      if (starB) visit(from, read, todo, m, state, i, j + 1, '\0');
      if (i == n || j == m || (starA && starB)) continue; // both on *: reading leads back here
      if (starA) {
        visit(from, read, todo, m, state, i, j + 1, b.charAt(j));
      } else if (starB) {
        visit(from, read, todo, m, state, i + 1, j, a.charAt(i));
      } else if (a.charAt(i) == b.charAt(j)) {
        visit(from, read, todo, m, state, i + 1, j + 1, a.charAt(i));
      }
    }
    return Optional.empty();
  }

  private static void visit(
      int[][] from,
      char[][] read,
      ArrayDeque<Integer> todo,
      int m,
      int state,
      int i,
      int j,
      char c) {
    if (from[i][j] != 0) return;
    from[i][j] = state + 1;
    read[i][j] = c;
    todo.add(i * (m + 1) + j);
  }

  private static String witness(int[][] from, char[][] read, int m, int i, int j) {
    StringBuilder out = new StringBuilder();
    while (from[i][j] != -1) {
      if (read[i][j] != '\0') out.append(read[i][j]);
      int previous = from[i][j] - 1;
      i = previous / (m + 1);
      j = previous % (m + 1);
    }
    return out.reverse().toString();
  }

  /**
   * An anchored regular expression equivalent to the name. It means the same in ECMAScript, Java
   * and Python, and runs in time linear in the length of the text it is tested against.
   *
   * <p>A name with at most one {@code *} reads as written ({@code ^ph_.*_posthog$}). With more,
   * {@code ^a.*b.*c$} would backtrack through every split of the text (O(n<sup>k</sup>) for k
   * wildcards), so each inner part is taken at its first occurrence, {@code (?=(.*?b))\1}: the
   * three engines never backtrack into a lookahead, so a lookahead and a backreference make the
   * atomic group they do not all have. First occurrences are enough for a glob: any match can move
   * its inner parts to their earliest places and still leave the last part room to end the text.
   * Only the final {@code .*} backtracks, once over the text.
   */
  public static String regex(String name) {
    String[] parts = name.split("\\*", -1);
    int last = parts.length - 1;
    StringBuilder re = new StringBuilder("^").append(quote(parts[0]));
    if (last == 0) return re.append('$').toString();
    for (int i = 1; i < last; i++) {
      re.append("(?=(.*?").append(quote(parts[i])).append("))\\").append(i);
    }
    return re.append(".*").append(quote(parts[last])).append('$').toString();
  }

  /**
   * The name with every run of {@code *} written as one: {@code a**b} matches exactly what {@code
   * a*b} does.
   */
  public static String collapse(String name) {
    if (name == null || !name.contains("**")) return name;
    StringBuilder out = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char ch = name.charAt(i);
      if (ch != '*' || out.length() == 0 || out.charAt(out.length() - 1) != '*') out.append(ch);
    }
    return out.toString();
  }

  private static String quote(String literal) {
    StringBuilder out = new StringBuilder();
    for (char ch : literal.toCharArray()) {
      if ("\\^$.|?*+()[]{}/".indexOf(ch) >= 0) out.append('\\');
      out.append(ch);
    }
    return out.toString();
  }
}
