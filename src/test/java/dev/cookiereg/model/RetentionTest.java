package dev.cookiereg.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Durations are data: ISO text, seconds for machines, and the policy's words. */
class RetentionTest {

  @ParameterizedTest(name = "{0} reads as \"{1}\"")
  @CsvSource({
    "P13M, 13 months, 34186698",
    "PT24H, 24 hours, 86400",
    "P1D, 1 day, 86400",
    "P2Y, 2 years, 63113904",
    "P1Y6M, 1 year 6 months, 47335428",
    "PT30M, 30 minutes, 1800",
    "P1W, 1 week, 604800"
  })
  void isoDurationsHaveDisplayTextAndSeconds(String iso, String display, long seconds) {
    IsoDuration d = IsoDuration.parse(iso);
    assertThat(d.display()).isEqualTo(display);
    assertThat(d.totalSeconds()).isEqualTo(seconds);
  }

  @Test
  void sessionRetentionEndsWithTheBrowser() {
    Retention r = Retention.session();
    assertThat(r.display()).isEqualTo("Expires when you close your browser");
    assertThat(r.maxSeconds()).isZero();
    assertThat(r.isSession()).isTrue();
  }

  @Test
  void idleRetentionIsASessionThatTimesOut() {
    Retention r = Retention.idle(IsoDuration.parse("PT30M"));
    assertThat(r.display()).isEqualTo("30 minutes of inactivity");
    assertThat(r.isSession()).isTrue();
    assertThat(r.maxSeconds()).isEqualTo(1800);
    assertThat(r.iso()).isEqualTo("idle PT30M");
  }

  @Test
  void variantsReadAsAlternativesAndCountTheLongest() {
    Retention r =
        Retention.variants(
            List.of(
                new Retention.Variant(Retention.fixed(IsoDuration.parse("PT12H")), "standard"),
                new Retention.Variant(Retention.fixed(IsoDuration.parse("P30D")), "remember me")));
    assertThat(r.display()).isEqualTo("12 hours (standard) or 30 days (remember me)");
    assertThat(r.maxSeconds()).isEqualTo(30 * 86_400);
    assertThat(r.isSession()).isFalse();
  }

  @Test
  void anUnknownRetentionIsNeverCalledASessionAndCountsAsTheLongest() {
    Retention r = Retention.unknown("forever");
    assertThat(r.display()).isEqualTo("Not yet known (forever)");
    assertThat(r.isKnown()).isFalse();
    assertThat(r.isSession()).isFalse();
    assertThat(r.maxSeconds()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void displayTextCanBeOverridden() {
    assertThat(Retention.fixed(IsoDuration.parse("P3M")).withDisplay("90 days").display())
        .isEqualTo("90 days");
  }

  @Test
  void textThatIsNotIso8601IsRejected() {
    assertThatThrownBy(() -> IsoDuration.parse("13 months"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IsoDuration.parse("P")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IsoDuration.parse("PT")).isInstanceOf(IllegalArgumentException.class);
  }
}
