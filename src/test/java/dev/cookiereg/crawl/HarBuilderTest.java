package dev.cookiereg.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cookiereg.audit.State;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How DevTools events become a HAR entry, whatever order Chromium sends them in. */
class HarBuilderTest {
  private static Map<String, Object> event(String method, Map<String, Object> params) {
    return Map.of("method", method, "params", params, "timestamp", 1_795_996_800_000L);
  }

  private static JsonNode entry(List<Map<String, Object>> events) {
    HarBuilder har = new HarBuilder(State.NONE, "156", "none given");
    har.add(
        new Visitor.Visit(
            URI.create("http://shop.test/"),
            Instant.parse("2026-11-30T00:00:00Z"),
            null,
            events,
            List.of(),
            Map.of(),
            List.of(),
            null));
    return har.har().at("/log/entries/0");
  }

  private static final Map<String, Object> SENT =
      event(
          "Network.requestWillBeSent",
          Map.of(
              "requestId",
              "7",
              "wallTime",
              1_795_996_800.5,
              "request",
              Map.of("url", "http://shop.test/", "method", "GET")));
  private static final Map<String, Object> RECEIVED =
      event(
          "Network.responseReceived",
          Map.of("requestId", "7", "response", Map.of("status", 200, "mimeType", "text/html")));
  private static final Map<String, Object> EXTRA =
      event(
          "Network.responseReceivedExtraInfo",
          Map.of(
              "requestId",
              "7",
              "headers",
              Map.of("Set-Cookie", "session=s; HttpOnly\nlang=en; Max-Age=60")));

  @Test
  void theRawSetCookieHeadersAreKeptWhenTheirExtraInfoComesFirst() {
    JsonNode before = entry(List.of(EXTRA, SENT, RECEIVED));
    JsonNode after = entry(List.of(SENT, RECEIVED, EXTRA));
    assertThat(before).isEqualTo(after);
    assertThat(before.at("/response/headers/0/name").asText()).isEqualTo("set-cookie");
    assertThat(before.at("/response/headers/0/value").asText())
        .isEqualTo("session=s; HttpOnly\nlang=en; Max-Age=60");
    assertThat(before.at("/response/status").asInt()).isEqualTo(200);
    assertThat(before.at("/startedDateTime").asText()).isEqualTo("2026-11-30T00:00:00.500Z");
  }

  @Test
  void eachHopOfARedirectKeepsItsOwnSetCookie() {
    Map<String, Object> redirected =
        event(
            "Network.requestWillBeSent",
            Map.of(
                "requestId",
                "7",
                "wallTime",
                1_795_996_801.0,
                "request",
                Map.of("url", "http://shop.test/home", "method", "GET"),
                "redirectResponse",
                Map.of("status", 302)));
    Map<String, Object> first =
        event(
            "Network.responseReceivedExtraInfo",
            Map.of("requestId", "7", "headers", Map.of("set-cookie", "hop=1")));
    Map<String, Object> second =
        event(
            "Network.responseReceivedExtraInfo",
            Map.of("requestId", "7", "headers", Map.of("set-cookie", "hop=2")));
    HarBuilder har = new HarBuilder(State.NONE, "156", "none given");
    har.add(
        new Visitor.Visit(
            URI.create("http://shop.test/"),
            Instant.parse("2026-11-30T00:00:00Z"),
            null,
            List.of(SENT, first, redirected, second, RECEIVED),
            List.of(),
            Map.of(),
            List.of(),
            null));
    JsonNode entries = har.har().at("/log/entries");
    assertThat(entries).hasSize(2);
    assertThat(entries.at("/0/response/status").asInt()).isEqualTo(302);
    assertThat(entries.at("/0/response/headers/0/value").asText()).isEqualTo("hop=1");
    assertThat(entries.at("/1/request/url").asText()).isEqualTo("http://shop.test/home");
    assertThat(entries.at("/1/response/headers/0/value").asText()).isEqualTo("hop=2");
  }
}
