package dev.cookiereg.diagnostic;

import java.util.Collection;

/** "Did you mean …?" for messages: the closest known word within two edits. */
public final class Suggestions {
  private Suggestions() {}

  /**
   * {@code "; did you mean 'analytics'?"} when a known word is one or two edits away, else empty.
   */
  public static String didYouMean(String wrong, Collection<String> known) {
    String best = null;
    int bestDistance = 3;
    for (String k : known.stream().sorted().toList()) {
      if (Math.abs(k.length() - wrong.length()) > 2) continue;
      int d = distance(wrong, k);
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    return best == null ? "" : "; did you mean '" + best + "'?";
  }

  /**
   * The Levenshtein distance: insertions, deletions and substitutions turning {@code a} into {@code
   * b}.
   */
  public static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] swap = prev;
      prev = cur;
      cur = swap;
    }
    return prev[b.length()];
  }
}
