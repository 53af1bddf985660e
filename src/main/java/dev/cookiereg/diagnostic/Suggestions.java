package dev.cookiereg.diagnostic;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean …?" for messages: the known words nearest to a wrong one. */
public final class Suggestions {
  private Suggestions() {}

  /** At most this many words are suggested at once. */
  static final int MAX_SUGGESTED = 3;

  private static final LevenshteinDistance UNLIMITED = LevenshteinDistance.getDefaultInstance();

  /**
   * {@code "; did you mean 'analytics'?"} naming the nearest known words, else empty. See {@link
   * #nearest}.
   */
  public static String didYouMean(String wrong, Collection<String> known) {
    List<String> nearest = nearest(wrong, known);
    return nearest.isEmpty() ? "" : "; did you mean " + either(nearest) + "?";
  }

  /**
   * The known words nearest to {@code wrong}, best first, at most {@value #MAX_SUGGESTED}: those
   * fewest edits away (two at most, three for a word of nine letters or more), or else those that
   * hold it, or that it holds, as whole hyphen-separated words ({@code google} → {@code
   * google-analytics}, {@code stats-inc} → {@code stats}).
   */
  public static List<String> nearest(String wrong, Collection<String> known) {
    List<String> sorted = known.stream().distinct().sorted().toList();
    int limit = wrong.length() >= 9 ? 3 : 2;
    LevenshteinDistance bounded = new LevenshteinDistance(limit);
    List<String> best = new ArrayList<>();
    int bestDistance = limit + 1;
    for (String k : sorted) {
      int d = bounded.apply(wrong, k);
      if (d < 0 || d > bestDistance) continue;
      if (d < bestDistance) best.clear();
      bestDistance = d;
      best.add(k);
    }
    if (best.isEmpty() && !wrong.isEmpty()) {
      for (String k : sorted) {
        String a = "-" + k + "-";
        String b = "-" + wrong + "-";
        if (a.contains(b) || b.contains(a)) best.add(k);
      }
    }
    return best.size() > MAX_SUGGESTED ? best.subList(0, MAX_SUGGESTED) : best;
  }

  /** {@code 'a'}, {@code 'a' or 'b'}, {@code 'a', 'b' or 'c'}. */
  public static String either(List<String> words) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      if (i > 0) out.append(i == words.size() - 1 ? " or " : ", ");
      out.append('\'').append(words.get(i)).append('\'');
    }
    return out.toString();
  }

  /**
   * Text as an id is written: lowercase letters and digits in words joined by single hyphens
   * ({@code Hotjar} → {@code hotjar}, {@code Google Analytics} → {@code google-analytics}); accents
   * and invisible characters (a zero-width space, a direction mark) are dropped. Empty when no
   * letter or digit is left.
   */
  public static String kebab(String text) {
    String plain =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("[\\p{M}\\p{Cf}]+", "")
            .toLowerCase(Locale.ROOT);
    return plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
  }

  /**
   * The Levenshtein distance: insertions, deletions and substitutions turning {@code a} into {@code
   * b}.
   */
  public static int distance(String a, String b) {
    return UNLIMITED.apply(a, b);
  }
}
