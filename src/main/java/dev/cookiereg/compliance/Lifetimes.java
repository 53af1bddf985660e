package dev.cookiereg.compliance;

import dev.cookiereg.model.IsoDuration;
import dev.cookiereg.model.Retention;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lifetimes held against a limit, conservatively: a lifetime is over a limit only when it outlives
 * the limit whatever day it starts. Months and years are calendar months and years, so 13 months
 * run 393 to 397 days: {@code P13M1D} is over 13 months, {@code P396D} is not (on some days 13
 * months are longer), {@code P398D} is; {@code P182D} is within 6 months, {@code P185D} is not.
 */
final class Lifetimes {
  private Lifetimes() {}

  /**
   * Start days that meet every arrangement of month lengths and leap days a lifetime of up to a few
   * years can span: four years around a leap year (2000), and four around a century year that is
   * not one (2100).
   */
  private static final LocalDate[][] STARTS = {
    {LocalDate.of(2000, 1, 1), LocalDate.of(2004, 1, 1)},
    {LocalDate.of(2097, 1, 1), LocalDate.of(2101, 1, 1)}
  };

  private static final Map<String, Boolean> OVER = new ConcurrentHashMap<>();

  /**
   * The longest lifetime of {@code retention} (the idle timeout of an idle one, the longest of
   * variants) when it is over {@code limit}; empty for a session cookie, an unknown lifetime (a
   * lint rule asks for it) and a lifetime within the limit.
   */
  static Optional<IsoDuration> over(Retention retention, IsoDuration limit) {
    return switch (retention.kind()) {
      case SESSION, UNKNOWN -> Optional.empty();
      case FIXED, IDLE ->
          isOver(retention.period(), limit) ? Optional.of(retention.period()) : Optional.empty();
      case VARIANTS ->
          retention.variants().stream()
              .map(v -> over(v.retention(), limit))
              .flatMap(Optional::stream)
              .max(IsoDuration::compareTo);
    };
  }

  /** True when {@code period} outlives {@code limit} from every start day. */
  static boolean isOver(IsoDuration period, IsoDuration limit) {
    return OVER.computeIfAbsent(
        period.text() + " " + limit.text(), k -> alwaysLonger(period, limit));
  }

  /** The most whole days {@code limit} spans from any start day: 184 for six months. */
  static long longestDays(IsoDuration limit) {
    long most = 0;
    for (LocalDate[] range : STARTS) {
      for (LocalDate day = range[0]; day.isBefore(range[1]); day = day.plusDays(1)) {
        LocalDateTime start = day.atStartOfDay();
        most = Math.max(most, ChronoUnit.DAYS.between(start, end(start, limit)));
      }
    }
    return most;
  }

  private static boolean alwaysLonger(IsoDuration period, IsoDuration limit) {
    for (LocalDate[] range : STARTS) {
      for (LocalDate day = range[0]; day.isBefore(range[1]); day = day.plusDays(1)) {
        LocalDateTime start = day.atStartOfDay();
        if (!end(start, period).isAfter(end(start, limit))) return false;
      }
    }
    return true;
  }

  /** ISO 8601 arithmetic: the larger units first. */
  private static LocalDateTime end(LocalDateTime start, IsoDuration d) {
    return start
        .plusYears(d.years())
        .plusMonths(d.months())
        .plusWeeks(d.weeks())
        .plusDays(d.days())
        .plusHours(d.hours())
        .plusMinutes(d.minutes())
        .plusSeconds(d.seconds());
  }
}
