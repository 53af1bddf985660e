package dev.cookiereg.audit;

import dev.cookiereg.model.Retention;
import java.util.Locale;

/**
 * How an observed lifetime is compared with a declared one. Browsers cap a cookie's lifetime at 400
 * days (RFC 6265bis, Chrome since 104), so a declaration over 400 days compares as 400 days; and a
 * lifetime may exceed its declaration by 1% of it, at least a minute (the clock between a
 * response's time and its Expires date) and at most a day (a year of 366 days against P1Y).
 */
final class Lifetimes {
  private Lifetimes() {}

  static final long DAY = 86_400L;

  /** The longest lifetime a browser keeps: 400 days. */
  static final long BROWSER_CAP = 400 * DAY;

  /** The declared lifetime a browser can honour: the longest variant, capped at 400 days. */
  static long capped(Retention declared) {
    return Math.min(declared.maxSeconds(), BROWSER_CAP);
  }

  /** How much longer than declared an observed lifetime may be. */
  static long tolerance(long declaredSeconds) {
    return Math.max(60, Math.min(DAY, declaredSeconds / 100));
  }

  /** Whether an observed lifetime is longer than the declaration allows. */
  static boolean exceeds(long observedSeconds, Retention declared) {
    long cap = capped(declared);
    return Math.min(observedSeconds, BROWSER_CAP) > cap + tolerance(cap);
  }

  /** Seconds in words: {@code 34128000s (395 days)}, {@code 1800s (30 minutes)}. */
  static String words(long seconds) {
    String unit;
    long n;
    if (seconds >= DAY) {
      n = Math.round(seconds / (double) DAY);
      unit = "day";
    } else if (seconds >= 3600) {
      n = Math.round(seconds / 3600.0);
      unit = "hour";
    } else {
      n = Math.round(seconds / 60.0);
      unit = "minute";
    }
    return String.format(Locale.ROOT, "%ds (%d %s%s)", seconds, n, unit, n == 1 ? "" : "s");
  }
}
