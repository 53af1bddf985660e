package dev.cookiereg.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cookiereg.model.Retention;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How an observed lifetime is held to a declared one, and how a Set-Cookie header is read. */
class LifetimesTest {
  @ParameterizedTest(name = "declared {0}, set for {1}s: exceeds = {2}")
  @CsvSource({
    // a year of 366 days against P1Y (365.24 days): within the day of tolerance
    "P1Y, 31622400, false",
    // two years against P13M: too long
    "P13M, 63072000, true",
    // two years against P2Y: both compare as 400 days, the browsers' cap
    "P2Y, 63072000, false",
    // 401 days against P2Y: stored for 400 at most
    "P2Y, 34646400, false",
    // 401 days against P13M (395.7 days): over by more than a day
    "P13M, 34646400, true",
    // 24 h 15 min against PT24H: over by more than 1% (14.4 minutes)
    "PT24H, 87300, true",
    // 24 h 14 min against PT24H: within 1%
    "PT24H, 87240, false",
    // 30 min 59 s against PT30M: within the minute every comparison allows
    "PT30M, 1859, false",
    "PT30M, 1861, true"
  })
  void aLifetimeExceedsItsDeclarationOnlyBeyondTheStatedTolerance(
      String declared, long observed, boolean exceeds) {
    assertThat(Lifetimes.exceeds(observed, Retention.sessionOrFixed(declared))).isEqualTo(exceeds);
  }

  private static final Instant AT = Instant.parse("2026-11-30T10:00:00Z");

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // Max-Age wins over Expires
        "a=1; Expires=Wed, 01 Dec 2027 10:00:00 GMT; Max-Age=60 | a | AFTER | 60",
        // Expires counts from the response's time; older servers write the date with dashes
        "a=1; expires=Tue, 01-Dec-2026 10:00:00 GMT | a | AFTER | 86400",
        // no Expires or Max-Age: a session cookie
        "a=1; Path=/; HttpOnly | a | SESSION | 0",
        // a Max-Age a browser ignores leaves the cookie a session cookie
        "a=1; Max-Age=soon | a | SESSION | 0",
        // an Expires a browser ignores likewise
        "a=1; Expires=tomorrow | a | SESSION | 0",
        // the name is trimmed
        " b = 2 ; Max-Age=1 | b | AFTER | 1"
      })
  void aSetCookieHeaderIsReadAsABrowserReadsIt(
      String header, String name, Observation.Expiry.Kind kind, long seconds) {
    SetCookie c = SetCookie.parse(header).orElseThrow();
    assertThat(c.name()).isEqualTo(name);
    Observation.Expiry e = c.expiry(AT).orElseThrow();
    assertThat(e.kind()).isEqualTo(kind);
    assertThat(e.seconds()).isEqualTo(seconds);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a=; Max-Age=0",
        "a=; Max-Age=-1",
        "a=; Expires=Thu, 01 Jan 1970 00:00:00 GMT",
        "a=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0"
      })
  void aHeaderThatDeletesACookieIsNoObservation(String header) {
    assertThat(SetCookie.parse(header).orElseThrow().expiry(AT)).isEmpty();
  }

  @ParameterizedTest(name = "[{index}]")
  @ValueSource(strings = {"novalue", "=nameless", " "})
  void aHeaderWithoutANameIsIgnoredAsBrowsersIgnoreIt(String header) {
    assertThat(SetCookie.parse(header)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {"a=1; Domain=.Example.COM | example.com", "a=1; domain=example.com | example.com"})
  void theDomainAttributeIsAHostWithoutItsLeadingDot(String header, String domain) {
    assertThat(SetCookie.parse(header).orElseThrow().domain()).isEqualTo(domain);
  }
}
