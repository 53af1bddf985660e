package dev.cookiereg.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.cookiereg.cli.Cli;
import dev.cookiereg.testing.Browser;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the live crawl records, seen through the evidence it keeps: one crawl of a small loopback
 * site (no banner on it, so consent is pre-set as the declared library's cookie) in states none,
 * analytics and gpc.
 */
class CrawlRecordTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String REGISTRY = "src/test/resources/audit/cookies.yaml";

  @TempDir static Path dir;
  static HttpServer server;
  static String base;
  static Cli crawl;
  static JsonNode observations;

  @BeforeAll
  static void crawlOnce() throws IOException {
    Browser.requireAvailable();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", CrawlRecordTest::serve);
    server.start();
    int port = server.getAddress().getPort();
    base = "http://shop.test:" + port;
    crawl =
        Cli.run(
            "audit",
            base + "/",
            REGISTRY,
            "--resolve",
            "shop.test=127.0.0.1",
            "--resolve",
            "pixel.test=127.0.0.1",
            "--states",
            "none,analytics,gpc",
            "--pages",
            "4",
            "--sitemap",
            base + "/sitemap.xml",
            "--settle",
            "200",
            "--format",
            "json",
            "--evidence",
            dir.resolve("evidence").toString());
    observations = JSON.readTree(dir.resolve("evidence/observations.json").toFile());
  }

  @AfterAll
  static void stop() {
    if (server != null) server.stop(0);
  }

  private static void serve(HttpExchange x) throws IOException {
    String host = x.getRequestHeaders().getFirst("Host").replaceAll(":\\d+$", "");
    String path = x.getRequestURI().getPath();
    String body;
    String type = "text/html";
    if (host.equals("pixel.test")) {
      type = "image/gif";
      body = "GIF89a";
    } else if (path.equals("/sitemap.xml")) {
      type = "application/xml";
      body =
          "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
              + "<url><loc>"
              + base
              + "/from-sitemap</loc></url><url><loc>http://elsewhere.test/x</loc></url></urlset>";
    } else {
      String cookies = String.valueOf(x.getRequestHeaders().getFirst("Cookie"));
      x.getResponseHeaders().add("Set-Cookie", "session=s1; HttpOnly; Path=/");
      if ("1".equals(x.getRequestHeaders().getFirst("Sec-GPC"))) {
        x.getResponseHeaders().add("Set-Cookie", "gpc_header=1; Path=/");
      }
      // the server honours the banner's record: analytics only with consent to it
      String consent = URLDecoder.decode(cookies, StandardCharsets.UTF_8);
      if (consent.contains("cc_cookie=") && consent.contains("\"analytics\"")) {
        x.getResponseHeaders().add("Set-Cookie", "_st=1; Max-Age=3600; Path=/");
      }
      body =
          "<!doctype html><title>t</title>"
              + "<a href=\"/linked\">in</a> <a href=\"http://elsewhere.test/\">out</a>"
              + "<img src=\"http://pixel.test:"
              + server.getAddress().getPort()
              + "/p.gif\">"
              + "<script>document.cookie = 'flash=1; max-age=60';"
              + "document.cookie = 'flash=; max-age=0';"
              + "localStorage.setItem('draft', 'x');"
              + "if (navigator.globalPrivacyControl === true) document.cookie = 'gpc_js=1';"
              + "</script>";
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().add("Content-Type", type);
    x.sendResponseHeaders(200, bytes.length);
    x.getResponseBody().write(bytes);
    x.close();
  }

  /** Each {@code kind name} seen in a state, e.g. {@code cookie session}. */
  private static Set<String> seen(String state) {
    Set<String> out = new TreeSet<>();
    for (JsonNode s : observations.get("states")) {
      if (!s.get("state").asText().equals(state)) continue;
      for (JsonNode o : s.get("observations")) {
        out.add(o.get("kind").asText() + " " + o.get("name").asText());
      }
    }
    return out;
  }

  @Test
  void theCrawlAuditsEveryStateAsked() throws IOException {
    assertThat(crawl.exitCode()).as(crawl.err()).isZero();
    JsonNode report = JSON.readTree(crawl.out());
    assertThat(report.get("states").toString()).isEqualTo("[\"none\",\"analytics\",\"gpc\"]");
  }

  @Test
  void pagesAreTheStartThenTheSitemapThenTheLinksOnTheSameOrigin() {
    List<String> pages = new ArrayList<>();
    observations.get("pages").forEach(p -> pages.add(p.asText()));
    assertThat(pages).containsExactly(base + "/", base + "/from-sitemap", base + "/linked");
  }

  @Test
  void anHttpOnlyCookieSetByAHeaderIsRecordedAsHttpOnly() {
    boolean httpOnly = false;
    for (JsonNode o : observations.get("states").get(0).get("observations")) {
      if (o.get("name").asText().equals("session") && o.path("httpOnly").asBoolean()) {
        httpOnly = true;
      }
    }
    assertThat(httpOnly).isTrue();
  }

  @Test
  void aCookieAScriptSetsAndDeletesAtOnceStillCountsAsSet() {
    assertThat(seen("none")).contains("cookie flash");
  }

  @Test
  void storageWritesAndThirdPartyRequestsAreRecorded() {
    assertThat(seen("none")).contains("storage draft", "host pixel.test");
  }

  @Test
  void theGpcStateSendsTheHeaderAndSetsTheJavaScriptSignalAndNoOtherStateDoes() {
    assertThat(seen("gpc")).contains("cookie gpc_header", "cookie gpc_js");
    assertThat(seen("none")).doesNotContain("cookie gpc_header", "cookie gpc_js");
    assertThat(seen("analytics")).doesNotContain("cookie gpc_header", "cookie gpc_js");
  }

  @Test
  void withoutABannerOnThePageTheDeclaredLibrarysCookieIsPreSet() throws IOException {
    assertThat(seen("analytics")).contains("cookie _st");
    assertThat(seen("none")).doesNotContain("cookie _st");
    JsonNode har = JSON.readTree(dir.resolve("evidence/analytics.har").toFile());
    assertThat(har.at("/log/_consent").asText())
        .startsWith("pre-set cc_cookie as vanilla-cookieconsent writes it");
  }

  @Test
  void everyPageIsLoadedThenReloadedOnceInEveryState() throws IOException {
    JsonNode har = JSON.readTree(dir.resolve("evidence/none.har").toFile());
    List<String> titles = new ArrayList<>();
    har.at("/log/pages").forEach(p -> titles.add(p.get("title").asText()));
    assertThat(titles)
        .containsExactly(
            base + "/",
            base + "/",
            base + "/from-sitemap",
            base + "/from-sitemap",
            base + "/linked",
            base + "/linked");
    assertThat(dir.resolve("evidence/screenshots/none-1.png")).exists();
    assertThat(Files.size(dir.resolve("evidence/screenshots/none-1.png"))).isGreaterThan(100);
  }

  /** Four browsers for two states: each state's pages split between two browsers. */
  @Test
  void aParallelCrawlFindsWhatASequentialOneFinds() throws IOException {
    List<String> args =
        List.of(
            "audit",
            base + "/",
            REGISTRY,
            "--resolve",
            "shop.test=127.0.0.1",
            "--resolve",
            "pixel.test=127.0.0.1",
            "--states",
            "none,gpc",
            "--pages",
            "3",
            "--settle",
            "200",
            "--format",
            "json");
    Cli one = Cli.run(args.toArray(String[]::new));
    List<String> four = new ArrayList<>(args);
    four.addAll(List.of("--parallel", "4"));
    Cli parallel = Cli.run(four.toArray(String[]::new));
    assertThat(parallel.exitCode()).as(parallel.err()).isZero();
    assertThat(JSON.readTree(parallel.out())).isEqualTo(JSON.readTree(one.out()));
    // the start page and the one it links to: a browser each per state
    assertThat(JSON.readTree(one.out()).get("pages")).hasSize(2);
  }

  @Test
  void aPageThatCannotBeLoadedLeavesTheCrawlIncompleteAndExitsFour() throws IOException {
    int closed;
    try (java.net.ServerSocket s =
        new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = s.getLocalPort();
    }
    Cli r =
        Cli.run(
            "audit",
            "http://shop.test:" + closed + "/",
            REGISTRY,
            "--resolve",
            "shop.test=127.0.0.1",
            "--states",
            "none",
            "--settle",
            "0");
    assertThat(r.exitCode()).isEqualTo(4);
    assertThat(r.err())
        .contains(
            "audit: http://shop.test:"
                + closed
                + "/ in state none: could not be loaded: net::ERR_CONNECTION_REFUSED\n")
        .endsWith("audit: the crawl is incomplete (above): its findings cover what loaded\n");
  }

  /**
   * The crawl's HAR without its custom fields is what Chromium's developer tools export: the audit
   * still reads every header cookie (HttpOnly ones too) and host from it; only what scripts wrote
   * needs the custom fields.
   */
  @Test
  void aHarAsChromiumExportsItStillGivesTheHeaderCookiesAndHosts() throws IOException {
    com.fasterxml.jackson.databind.node.ObjectNode har =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            JSON.readTree(dir.resolve("evidence/gpc.har").toFile());
    com.fasterxml.jackson.databind.node.ObjectNode log =
        (com.fasterxml.jackson.databind.node.ObjectNode) har.get("log");
    log.remove(List.of("_storage", "_cookieWrites", "_cookieJar", "_consent"));
    Path plain = dir.resolve("plain-gpc.har");
    JSON.writeValue(plain.toFile(), har);

    Cli r =
        Cli.run("audit", REGISTRY, "--har", plain.toString(), "--state", "gpc", "--format", "json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    Set<String> found = new TreeSet<>();
    JSON.readTree(r.out()).get("findings").forEach(f -> found.add(f.get("name").asText()));
    assertThat(found).contains("gpc_header", "pixel.test").doesNotContain("flash", "draft");
    assertThat(found).doesNotContain("session"); // declared: seen, so not declared-not-observed
  }

  @Test
  void theEvidenceHarsReadBackToTheSameFindings() throws IOException {
    List<String> args = new ArrayList<>(List.of("audit", REGISTRY, "--format", "json"));
    for (String state : List.of("none", "analytics", "gpc")) {
      args.addAll(
          List.of("--har", dir.resolve("evidence/" + state + ".har").toString(), "--state", state));
    }
    Cli offline = Cli.run(args.toArray(String[]::new));
    assertThat(offline.exitCode()).as(offline.err()).isZero();
    JsonNode live = JSON.readTree(crawl.out());
    JsonNode read = JSON.readTree(offline.out());
    assertThat(read.get("findings")).isEqualTo(live.get("findings"));
    assertThat(live.toString()).contains(dir.resolve("evidence/none.har") + ":log.");
    assertThat(live.get("findings").size()).isGreaterThan(3);
  }
}
