package dev.cookiereg.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.cookiereg.cli.Cli;
import dev.cookiereg.testing.LocalGrid;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code audit --grid URL} runs the same crawl on a Selenium Grid: against a local standalone grid,
 * a small loopback site with planted faults gives the findings the local browsers give.
 */
class GridAuditTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String REGISTRY = "src/test/resources/audit/cookies.yaml";

  private static LocalGrid grid;
  private static HttpServer site;
  private static int port;

  @BeforeAll
  static void start() throws IOException {
    grid = LocalGrid.startOrSkip();
    site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    site.createContext("/", GridAuditTest::serve);
    site.start();
    port = site.getAddress().getPort();
  }

  @AfterAll
  static void stop() {
    try {
      if (site != null) site.stop(0);
    } finally {
      if (grid != null) grid.close();
    }
  }

  @Test
  void theSameAuditOnASeleniumGridGivesTheSameFindings() throws IOException {
    Cli local = audit();
    Cli onGrid = audit("--grid", grid.url().toString());

    assertThat(local.exitCode()).as(local.err()).isZero();
    assertThat(onGrid.exitCode()).as(onGrid.err()).isZero();
    JsonNode expected = JSON.readTree(local.out());
    JsonNode actual = JSON.readTree(onGrid.out());
    assertThat(actual.get("findings")).isEqualTo(expected.get("findings"));
    assertThat(actual.get("states")).isEqualTo(expected.get("states"));
    assertThat(actual.get("pages")).isEqualTo(expected.get("pages"));
    // the faults planted in serve(), so that two empty reports cannot pass for equal ones
    assertThat(found(actual))
        .contains(
            "undeclared-cookie tracker_x none",
            "set-before-consent _st none",
            "set-after-reject _st reject",
            "session-cookie-persists csrf none",
            "undeclared-storage draft none",
            "undeclared-host pixel.test none");
  }

  private static Cli audit(String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "audit",
                "http://shop.test:" + port + "/",
                REGISTRY,
                "--resolve",
                "shop.test=127.0.0.1",
                "--resolve",
                "pixel.test=127.0.0.1",
                "--states",
                "none,reject,analytics,gpc",
                "--pages",
                "1",
                "--parallel",
                "2",
                "--settle",
                "200",
                "--format",
                "json"));
    args.addAll(List.of(extra));
    return Cli.run(args.toArray(String[]::new));
  }

  /** Each finding as {@code rule name state}. */
  private static Set<String> found(JsonNode report) {
    Set<String> out = new TreeSet<>();
    for (JsonNode f : report.get("findings")) {
      out.add(
          f.get("rule").asText() + " " + f.get("name").asText() + " " + f.path("state").asText());
    }
    return out;
  }

  /**
   * The site: an essential HttpOnly session cookie (declared, fine); an analytics cookie set by the
   * server whatever the consent (before consent, after reject); a session cookie stored with an
   * expiry; an undeclared cookie and an undeclared storage key written by script next to a declared
   * key; a pixel from an undeclared third-party host.
   */
  private static void serve(HttpExchange x) throws IOException {
    String host = x.getRequestHeaders().getFirst("Host").replaceAll(":\\d+$", "");
    String path = x.getRequestURI().getPath();
    String type = "text/html; charset=utf-8";
    String body;
    if (host.equals("pixel.test")) {
      type = "image/gif";
      body = "GIF89a";
    } else if (path.equals("/favicon.ico")) {
      x.sendResponseHeaders(404, -1);
      x.close();
      return;
    } else {
      x.getResponseHeaders().add("Set-Cookie", "session=s1; HttpOnly; Path=/");
      x.getResponseHeaders().add("Set-Cookie", "csrf=t1; Max-Age=600; Path=/");
      x.getResponseHeaders().add("Set-Cookie", "_st=1; Max-Age=3600; Path=/");
      body =
          "<!doctype html><html lang=en><title>"
              + path
              + "</title>"
              + "<img alt=\"\" src=\"http://pixel.test:"
              + port
              + "/p.gif\">"
              + "<script>document.cookie = 'tracker_x=1; max-age=600; path=/';"
              + "localStorage.setItem('app:layout', 'wide');"
              + "localStorage.setItem('draft', 'x');</script>";
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().add("Content-Type", type);
    x.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(bytes);
    }
  }
}
