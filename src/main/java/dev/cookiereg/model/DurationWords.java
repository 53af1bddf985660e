package dev.cookiereg.model;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A length of time written in words, {@code N unit}, as the ISO 8601 duration the registry wants:
 * {@code 6 months} is {@code P6M}, {@code 2 yrs} {@code P2Y}, {@code 1440 Minutes} {@code PT24H}.
 *
 * <p>Units may be singular or plural, in any case, and abbreviated ({@code 90 sec}, {@code 30
 * mins}, {@code 12 hrs}, {@code 3 wks}, {@code 6 mos}); seconds and minutes that make whole minutes
 * or hours are written as those.
 */
public final class DurationWords {
  private DurationWords() {}

  private static final Map<String, Character> UNITS =
      Map.ofEntries(
          Map.entry("s", 'S'),
          Map.entry("sec", 'S'),
          Map.entry("secs", 'S'),
          Map.entry("second", 'S'),
          Map.entry("seconds", 'S'),
          Map.entry("min", 'm'),
          Map.entry("mins", 'm'),
          Map.entry("minute", 'm'),
          Map.entry("minutes", 'm'),
          Map.entry("h", 'H'),
          Map.entry("hr", 'H'),
          Map.entry("hrs", 'H'),
          Map.entry("hour", 'H'),
          Map.entry("hours", 'H'),
          Map.entry("d", 'D'),
          Map.entry("day", 'D'),
          Map.entry("days", 'D'),
          Map.entry("w", 'W'),
          Map.entry("wk", 'W'),
          Map.entry("wks", 'W'),
          Map.entry("week", 'W'),
          Map.entry("weeks", 'W'),
          Map.entry("mo", 'M'),
          Map.entry("mos", 'M'),
          Map.entry("mon", 'M'),
          Map.entry("month", 'M'),
          Map.entry("months", 'M'),
          Map.entry("y", 'Y'),
          Map.entry("yr", 'Y'),
          Map.entry("yrs", 'Y'),
          Map.entry("year", 'Y'),
          Map.entry("years", 'Y'));

  private static final Pattern AMOUNT = Pattern.compile("(\\d{1,6})\\s*([a-z]+)");

  /**
   * The duration the whole text states, such as {@code 6 months}; empty for anything else (a unit
   * it does not know, a range, a fraction, a date).
   */
  public static Optional<IsoDuration> read(String text) {
    if (text == null) return Optional.empty();
    Matcher m = AMOUNT.matcher(text.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) return Optional.empty();
    return Optional.ofNullable(period(m.group(1), m.group(2)));
  }

  /**
   * {@code amount} (up to six digits) of {@code unit} (lowercase) as a duration, or null when the
   * unit is unknown.
   */
  public static IsoDuration period(String amount, String unit) {
    Character u = UNITS.get(unit);
    if (u == null) return null;
    long n = Long.parseLong(amount);
    char kind = u;
    if (kind == 'S' && n >= 60 && n % 60 == 0) {
      n /= 60;
      kind = 'm';
    }
    if (kind == 'm' && n >= 60 && n % 60 == 0) {
      n /= 60;
      kind = 'H';
    }
    String iso =
        switch (kind) {
          case 'S' -> "PT" + n + "S";
          case 'm' -> "PT" + n + "M";
          case 'H' -> "PT" + n + "H";
          default -> "P" + n + kind;
        };
    return IsoDuration.isValid(iso) ? IsoDuration.parse(iso) : null;
  }
}
