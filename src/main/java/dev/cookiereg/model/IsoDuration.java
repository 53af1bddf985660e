package dev.cookiereg.model;

import dev.cookiereg.text.English;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO-8601 duration such as {@code P13M}, {@code PT24H} or {@code P1D}, kept as written.
 *
 * <p>Seconds use the average Gregorian year (365.2425 days) and month (a twelfth of it), so they
 * are the same on every machine and every day.
 */
public record IsoDuration(
    String text,
    long years,
    long months,
    long weeks,
    long days,
    long hours,
    long minutes,
    long seconds)
    implements Comparable<IsoDuration> {

  public static final long SECONDS_PER_DAY = 86_400L;
  public static final long SECONDS_PER_YEAR = 31_556_952L;
  public static final long SECONDS_PER_MONTH = SECONDS_PER_YEAR / 12;
  private static final Pattern ISO =
      Pattern.compile(
          "P(?=\\d|T\\d)(?:(\\d{1,6})Y)?(?:(\\d{1,6})M)?(?:(\\d{1,6})W)?(?:(\\d{1,6})D)?"
              + "(?:T(?=\\d)(?:(\\d{1,6})H)?(?:(\\d{1,6})M)?(?:(\\d{1,9})S)?)?");

  public static boolean isValid(String text) {
    return text != null && ISO.matcher(text).matches();
  }

  public static IsoDuration parse(String text) {
    Matcher m = ISO.matcher(text == null ? "" : text);
    if (!m.matches()) {
      throw new IllegalArgumentException("not an ISO-8601 duration such as P13M or PT24H: " + text);
    }
    return new IsoDuration(
        text, num(m, 1), num(m, 2), num(m, 3), num(m, 4), num(m, 5), num(m, 6), num(m, 7));
  }

  private static long num(Matcher m, int group) {
    return m.group(group) == null ? 0 : Long.parseLong(m.group(group));
  }

  public long totalSeconds() {
    return years * SECONDS_PER_YEAR
        + months * SECONDS_PER_MONTH
        + weeks * 7 * SECONDS_PER_DAY
        + days * SECONDS_PER_DAY
        + hours * 3600
        + minutes * 60
        + seconds;
  }

  /** The policy's words for the duration: "13 months", "24 hours", "1 year 6 months". */
  public String display() {
    List<String> parts = new ArrayList<>();
    add(parts, years, "year");
    add(parts, months, "month");
    add(parts, weeks, "week");
    add(parts, days, "day");
    add(parts, hours, "hour");
    add(parts, minutes, "minute");
    add(parts, seconds, "second");
    return parts.isEmpty() ? "0 seconds" : String.join(" ", parts);
  }

  private static void add(List<String> parts, long n, String unit) {
    if (n > 0) parts.add(English.plural(n, unit));
  }

  @Override
  public int compareTo(IsoDuration o) {
    return Long.compare(totalSeconds(), o.totalSeconds());
  }

  @Override
  public String toString() {
    return text;
  }
}
