package dev.cookiereg.validate;

import dev.cookiereg.model.Cookie;
import dev.cookiereg.model.CookieKey;
import dev.cookiereg.model.Globs;
import dev.cookiereg.model.NameMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * {@link Lints#OVERLAPPING_PATTERNS}: two cookies of different categories whose names or patterns
 * can match the same browser cookie, which services then file under one category by the precedence
 * of {@link NameMatcher}. Each cookie is compared by what it is recognised by ({@link
 * Cookie#pattern()}: its {@code matches}, else its name). Reported at the cookie declared later
 * (its {@code matches} where it has one), naming the other and the winner.
 *
 * <p>Every name a pattern matches starts with its literal prefix, so two names can overlap only
 * when one's literal prefix starts with the other's. The names are sorted by literal prefix, and
 * each pattern is compared only with the run of names whose prefix starts with its own (and, before
 * the full comparison, whose literal suffix agrees with its own), never pair by pair.
 */
final class OverlappingPatterns implements Check {
  @Override
  public void check(LintedRegistry registry, Report report) {
    List<Cookie> cookies = registry.model().cookies();
    List<Integer> named = new ArrayList<>();
    for (int i = 0; i < cookies.size(); i++) {
      String name = cookies.get(i).pattern();
      // A name of wildcards only matches everything, and wildcard-only already refuses it.
      if (name != null && !CookieKey.onlyWildcards(name)) named.add(i);
    }
    // Sorted by literal prefix, then registry order: a prefix's run of names is contiguous.
    Integer[] sorted = named.toArray(Integer[]::new);
    String[] prefix = new String[cookies.size()];
    for (int i : sorted) prefix[i] = Globs.literalPrefix(cookies.get(i).pattern());
    Arrays.sort(
        sorted, Comparator.<Integer, String>comparing(i -> prefix[i]).thenComparing(i -> i));
    for (int x = 0; x < sorted.length; x++) {
      int p = sorted[x];
      String pattern = cookies.get(p).pattern();
      boolean isPattern = Globs.isPattern(pattern);
      String suffix = Globs.literalSuffix(pattern);
      for (int y = x + 1; y < sorted.length && prefix[sorted[y]].startsWith(prefix[p]); y++) {
        int q = sorted[y];
        String other = cookies.get(q).pattern();
        // An exact name can share names only with what starts with all of it and no more.
        if (!isPattern && !prefix[q].equals(pattern)) break;
        if (cookies.get(q).category().equals(cookies.get(p).category())) continue;
        String otherSuffix = Globs.literalSuffix(other);
        if (!suffix.endsWith(otherSuffix) && !otherSuffix.endsWith(suffix)) continue;
        Globs.overlap(pattern, other)
            .ifPresent(
                name -> report(registry, report, cookies, Math.min(p, q), Math.max(p, q), name));
      }
    }
  }

  /**
   * "'_ga' (analytics)", or "'ga-property' ('ga*', analytics)" when the id is not the pattern the
   * cookie is recognised by.
   */
  private static String named(Cookie c, String where) {
    return "'"
        + c.id()
        + "' ("
        + (c.id().equals(c.pattern()) ? "" : "'" + c.pattern() + "', ")
        + where
        + ")";
  }

  private static void report(
      LintedRegistry registry,
      Report report,
      List<Cookie> cookies,
      int first,
      int later,
      String example) {
    Cookie a = cookies.get(first);
    Cookie b = cookies.get(later);
    Cookie winner = NameMatcher.secondWins(a.pattern(), b.pattern()) ? b : a;
    boolean patterns = Globs.isPattern(a.pattern()) || Globs.isPattern(b.pattern());
    report.at(
        "/cookies/" + later + (b.matches() != null ? "/matches" : "/name"),
        "cookie "
            + named(b, b.category())
            + " and cookie "
            + named(
                a,
                a.category()
                    + ", line "
                    + registry.line(
                        "/cookies/" + first + (a.matches() != null ? "/matches" : "/name")))
            + " both match '"
            + example
            + "': services file it under '"
            + winner.id()
            + "' ("
            + winner.category()
            + "), as "
            + NameMatcher.decidedBy(a.pattern(), b.pattern()).words()
            + (patterns
                ? "; spell out more of the pattern, or declare a cookie both stand for once"
                : "; declare the cookie once, in the category it belongs to"));
  }
}
