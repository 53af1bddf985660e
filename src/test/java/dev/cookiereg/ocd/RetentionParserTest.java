package dev.cookiereg.ocd;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Retention periods as the Open Cookie Database writes them, read as registry durations. */
class RetentionParserTest {

  @ParameterizedTest(name = "''{0}'' is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1 year | P1Y",
        "1 Year | P1Y",
        "2 years | P2Y",
        "2 year | P2Y",
        "13 months | P13M",
        "13 Months | P13M",
        "1 months | P1M",
        "3 weeks | P3W",
        "2 Weeks | P2W",
        "30 days | P30D",
        "30 Days | P30D",
        "0365 days | P365D",
        "24 hours | PT24H",
        "1 Hour | PT1H",
        "30 minutes | PT30M",
        "30 mins | PT30M",
        "60 minutes | PT1H",
        "1440 Minutes | PT24H",
        "360 minutes | PT6H",
        "90 sec | PT90S",
        "30 secs | PT30S",
        "120 seconds | PT2M",
        "1 second | PT1S",
        "'1 year ' | P1Y",
        "3650 days | P3650D",
        "session | session",
        "Session | session",
        "Sessions | session",
        "session cookie | session",
        "End of session (browser) | session",
      })
  void cleanPeriodsAndSessionsAreReadAsWritten(String text, String iso) {
    RetentionParser.Result r = RetentionParser.parse(text);
    assertThat(r.parsed()).isTrue();
    assertThat(r.retention().iso()).isEqualTo(iso);
    assertThat(r.note()).isNull();
  }

  @ParameterizedTest(name = "''{0}'' is read as {1}, with a note")
  @CsvSource(
      delimiter = '|',
      value = {
        "Seesion | session",
        "0 days | session",
        "0 day | session",
        "13 months by default, modifiable | P13M",
        "1 year (in some countries, the period may be longer) | P1Y",
        "10 years from set/ update | P10Y",
      })
  void interpretationsAreParsedButReported(String text, String iso) {
    RetentionParser.Result r = RetentionParser.parse(text);
    assertThat(r.parsed()).isTrue();
    assertThat(r.retention().iso()).isEqualTo(iso);
    assertThat(r.note()).isNotBlank();
  }

  @ParameterizedTest(name = "''{0}'' is an idle timeout of {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2 years after last activity | P2Y",
        "30 minutes after last activity | PT30M",
        "'180 days after last activity ' | P180D",
      })
  void afterLastActivityIsAnIdleTimeout(String text, String iso) {
    RetentionParser.Result r = RetentionParser.parse(text);
    assertThat(r.parsed()).isTrue();
    assertThat(r.retention().iso()).isEqualTo("idle " + iso);
  }

  @ParameterizedTest(name = "''{0}'' is not a period ({1})")
  @CsvSource(
      delimiter = '|',
      value = {
        "Unknown | not a period",
        "forever | not a period",
        "Varies | not a period",
        "Unlimited | not a period",
        "permanent | not a period",
        "Local Storage | not a period",
        "undefined | not a period",
        "Session to 30 days | a range or alternatives, not one period",
        "1 week to 1 year | a range or alternatives, not one period",
        "60 days till 3650 days | a range or alternatives, not one period",
        "1 hour or longer | a range or alternatives, not one period",
        "30 minutes, 3w or 1y depending on value | a range or alternatives, not one period",
        "180 days after last activity or 10 years when opting out | a range or alternatives, not one period",
        "10 Nov 2030 | a date, not a period",
        "'' | no retention given",
      })
  void anythingElseFallsBackAndKeepsTheTextForReaders(String text, String reason) {
    RetentionParser.Result r = RetentionParser.parse(text);
    assertThat(r.parsed()).isFalse();
    assertThat(r.note()).isEqualTo(reason);
    assertThat(r.retention().isKnown()).isFalse();
    assertThat(r.retention().isSession())
        .as("an unknown duration is never called a session")
        .isFalse();
    assertThat(r.retention().display()).startsWith("Not yet known (");
    if (!text.isEmpty()) {
      assertThat(r.retention().display()).isEqualTo("Not yet known (" + text + ")");
    }
  }
}
