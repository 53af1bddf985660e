package dev.cookiereg.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cookiereg.model.IsoDuration;
import dev.cookiereg.model.Retention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A lifetime is over a limit only when it outlives the limit from every start day (months and years
 * on the calendar): the near misses on each side of the rules' figures.
 */
class LifetimesTest {
  @ParameterizedTest(name = "{0} over {1}: {2}")
  @CsvSource({
    "P13M, P13M, false",
    "P13M1D, P13M, true",
    "P396D, P13M, false", // 13 calendar months run up to 397 days
    "P397D, P13M, false",
    "P398D, P13M, true",
    "P1Y1M, P13M, false",
    "P2Y, P13M, true",
    "P400D, P400D, false",
    "P401D, P400D, true",
    "P13M, P400D, false",
    "P1Y1M5D, P400D, false", // 398 to 402 days: over on some days only
    "P1Y2M, P400D, true",
    "P182D, P6M, false",
    "P184D, P6M, false",
    "P185D, P6M, true",
    "PT8760H, P1Y, false",
    "PT8785H, P1Y, true"
  })
  void aLifetimeIsOverALimitOnlyWhenItOutlivesItEveryDay(
      String period, String limit, boolean over) {
    assertThat(Lifetimes.isOver(IsoDuration.parse(period), IsoDuration.parse(limit)))
        .isEqualTo(over);
  }

  @ParameterizedTest(name = "longest {0}: {1} days")
  @CsvSource({"P6M, 184", "P13M, 397", "P400D, 400", "P1Y, 366"})
  void theLongestSpanOfALimitIsCountedOnTheCalendar(String limit, long days) {
    assertThat(Lifetimes.longestDays(IsoDuration.parse(limit))).isEqualTo(days);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"session", "unknown"})
  void aSessionOrUnknownLifetimeIsNeverOver(String kind) {
    Retention r = kind.equals("session") ? Retention.session() : Retention.unknown("forever");
    assertThat(Lifetimes.over(r, IsoDuration.parse("PT1S"))).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void variantsAreJudgedByTheirLongest() {
    Retention r =
        Retention.variants(
            List.of(
                new Retention.Variant(Retention.sessionOrFixed("PT12H"), "standard"),
                new Retention.Variant(Retention.sessionOrFixed("P2Y"), "remember me")));
    assertThat(Lifetimes.over(r, IsoDuration.parse("P13M"))).map(IsoDuration::text).contains("P2Y");
  }
}
