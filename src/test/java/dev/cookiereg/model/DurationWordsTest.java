package dev.cookiereg.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A length of time in words reads as the ISO 8601 duration the registry wants. */
class DurationWordsTest {
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "6 months, P6M",
    "1 month, P1M",
    "13 Months, P13M",
    "1 year, P1Y",
    "2 yrs, P2Y",
    "2 YEARS, P2Y",
    "30 days, P30D",
    "1 day, P1D",
    "2 weeks, P2W",
    "3 wks, P3W",
    "24 hours, PT24H",
    "12 hrs, PT12H",
    "30 minutes, PT30M",
    "90 mins, PT90M",
    "1440 Minutes, PT24H",
    "45 seconds, PT45S",
    "120 sec, PT2M",
    "6months, P6M",
    "'  6   months ', P6M"
  })
  void n_units_singular_or_plural_in_any_case_read_as_iso_8601(String words, String iso) {
    assertThat(DurationWords.read(words)).map(IsoDuration::text).contains(iso);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "session",
        "forever",
        "1.5 years",
        "6 months or 1 year",
        "6 fortnights",
        "P6M",
        ""
      })
  void anything_else_is_not_read(String text) {
    assertThat(DurationWords.read(text)).isEmpty();
  }
}
