package dev.cookiereg.ocd;

import dev.cookiereg.diagnostic.Suggestions;
import dev.cookiereg.model.DurationWords;
import dev.cookiereg.model.IsoDuration;
import dev.cookiereg.model.Retention;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Open Cookie Database's free-text retention periods as registry durations.
 *
 * <ul>
 *   <li>{@code N unit}, in any case, singular or plural, with abbreviations ({@code 30 mins},
 *       {@code 90 sec}, {@code 2 yrs}): an ISO-8601 period; seconds and minutes that make whole
 *       minutes or hours are normalised ({@code 1440 Minutes} is {@code PT24H}).
 *   <li>{@code session} and its variants ({@code Session}, {@code Sessions}, {@code session
 *       cookie}, {@code End of session (browser)}, typos one or two letters off such as {@code
 *       Seesion}): {@code session}.
 *   <li>{@code N unit after last activity}: an idle timeout.
 *   <li>{@code N unit} followed by a qualifier ({@code by default, modifiable}, {@code from set/
 *       update}, a parenthesis): the period, with a note that the qualifier was dropped.
 *   <li>{@code 0 days}: {@code session} (a zero period is not a valid duration), with a note.
 *   <li>Anything else ({@code Unknown}, {@code forever}, ranges, dates, free text) is not parsed:
 *       the result is the {@linkplain #fallback fallback}, an unknown duration that keeps the text.
 * </ul>
 */
public final class RetentionParser {
  private RetentionParser() {}

  /**
   * A parsed retention.
   *
   * @param retention the duration to write
   * @param parsed whether the text was understood (false: the fallback)
   * @param note why the text was changed or not understood; null when it was read as written
   */
  public record Result(Retention retention, boolean parsed, String note) {}

  private static final Pattern AMOUNT = Pattern.compile("(\\d{1,6})\\s*([a-z]+)");
  private static final Pattern IDLE =
      Pattern.compile("(\\d{1,6}\\s*[a-z]+) after (the )?last activity");
  private static final Pattern QUALIFIED =
      Pattern.compile("(\\d{1,6}\\s*[a-z]+)(\\s*\\(.*\\)|,? by default.*| from set.*)");
  private static final Pattern RANGE_WORD = Pattern.compile("\\b(to|till|until)\\b");
  private static final Pattern OR_WORD = Pattern.compile("\\bor\\b");
  private static final Pattern DIGIT = Pattern.compile("\\d");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern WORD = Pattern.compile("[a-z]{3}");
  private static final List<String> SESSION_PHRASES =
      List.of(
          "session",
          "sessions",
          "session cookie",
          "end of session",
          "end of session (browser)",
          "end of the session",
          "browser session",
          "until session ends");

  public static Result parse(String text) {
    String t = text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    if (t.isEmpty()) return fallback(text, "no retention given");
    if (SESSION_PHRASES.contains(t)) return new Result(Retention.session(), true, null);
    if (!t.contains(" ")
        && t.length() >= 5
        && t.length() <= 9
        && Suggestions.distance(t, "session") <= 2) {
      return new Result(Retention.session(), true, "read '" + text + "' as 'session' (misspelt)");
    }
    Matcher m = AMOUNT.matcher(t);
    if (m.matches()) {
      IsoDuration d = period(m);
      if (d == null) return fallback(text, "unknown unit '" + m.group(2) + "'");
      if (d.totalSeconds() == 0) {
        return new Result(
            Retention.session(), true, "read zero period '" + text + "' as 'session'");
      }
      return new Result(Retention.fixed(d), true, null);
    }
    Matcher idle = IDLE.matcher(t);
    if (idle.matches()) {
      IsoDuration d = period(AMOUNT.matcher(idle.group(1)));
      if (d != null && d.totalSeconds() > 0) return new Result(Retention.idle(d), true, null);
    }
    Matcher qualified = QUALIFIED.matcher(t);
    if (qualified.matches()) {
      IsoDuration d = period(AMOUNT.matcher(qualified.group(1)));
      if (d != null && d.totalSeconds() > 0) {
        return new Result(
            Retention.fixed(d),
            true,
            "read '"
                + text.strip()
                + "' as "
                + d.display()
                + "; the qualifier '"
                + qualified.group(2).replaceFirst("^[\\s,]+", "")
                + "' is dropped");
      }
    }
    return fallback(text, reason(t));
  }

  /** "N unit" as a period, or null when the unit is unknown. */
  private static IsoDuration period(Matcher m) {
    return m.matches() ? DurationWords.period(m.group(1), m.group(2)) : null;
  }

  /**
   * Why the text is not a period. Each test looks for first occurrences ("to" and then a digit
   * after it), in time linear in the text, where {@code .*\bto\b.*\d.*} tried every pair of places:
   * a minute on a 160 KB field.
   */
  private static String reason(String t) {
    Matcher range = RANGE_WORD.matcher(t);
    Matcher digit = DIGIT.matcher(t);
    if (range.find() && digit.find(range.end())) return "a range or alternatives, not one period";
    if (digit.find(0) && OR_WORD.matcher(t).find(digit.end()))
      return "a range or alternatives, not one period";
    if (YEAR.matcher(t).find() && WORD.matcher(t).find()) return "a date, not a period";
    return "not a period";
  }

  /**
   * The duration written when the text is not understood: {@code {unknown: "<the text>"}}, shown as
   * "Not yet known (…)" and warned about by check until an editor states the real duration.
   */
  public static Result fallback(String text, String reason) {
    String said =
        text == null || text.isBlank() ? "not stated in the Open Cookie Database" : text.strip();
    return new Result(Retention.unknown(said), false, reason);
  }
}
