package dev.cookiereg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cookiereg.testing.ScratchProject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview over HTTP: it refuses paths that leave the site, sends the Content-Security-Policy
 * the README documents on every response, answers loopback names only, renders a burst of saves
 * once, hears edits by polling too, turns a missing registry into a page, and never writes the
 * site.
 */
class PreviewServerTest {
  @TempDir Path tmp;
  PreviewServer server;
  final StringWriter out = new StringWriter();

  @AfterEach
  void stop() {
    if (server != null) server.close();
  }

  PreviewServer start(ScratchProject p, Duration poll) throws IOException {
    server =
        PreviewServer.start(
            PreviewTest.preview(p),
            new PreviewServer.Options(InetAddress.getLoopbackAddress(), 0, poll),
            new PrintWriter(out, true),
            new PrintWriter(out, true));
    return server;
  }

  /** A response as it came: status, headers (lower-case names) and body. */
  record Response(int status, Map<String, String> headers, String body) {}

  /** Sends one request exactly as written, so no client tidies its path first. */
  Response request(String method, String rawPath, String host) throws IOException {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.address().getPort())) {
      s.setSoTimeout(10_000);
      OutputStream o = s.getOutputStream();
      o.write(
          (method + " " + rawPath + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      o.flush();
      BufferedReader in =
          new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
      int status = Integer.parseInt(in.readLine().split(" ")[1]);
      Map<String, String> headers = new LinkedHashMap<>();
      for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
        int colon = line.indexOf(':');
        headers.put(
            line.substring(0, colon).toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
      }
      StringBuilder body = new StringBuilder();
      if (!method.equals("HEAD")) {
        char[] buf = new char[8192];
        for (int n; (n = in.read(buf)) > 0; ) body.append(buf, 0, n);
      }
      return new Response(status, headers, body.toString());
    }
  }

  Response get(String rawPath) throws IOException {
    return request("GET", rawPath, "127.0.0.1:" + server.address().getPort());
  }

  /** Waits until the served snapshot is newer than {@code generation}. */
  Snapshot awaitNewer(long generation) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (server.snapshot().generation() <= generation) {
      assertThat(System.nanoTime()).as("a render within 10 s; log:%n%s", out).isLessThan(end);
      Thread.sleep(10);
    }
    return server.snapshot();
  }

  /** The header the README's Publishing section tells a web server to send. */
  static String documentedHeader() throws IOException {
    Matcher m =
        Pattern.compile("(?m)^Content-Security-Policy: (.+)$")
            .matcher(Files.readString(Path.of("README.md")));
    assertThat(m.find()).as("the README documents the header").isTrue();
    return m.group(1);
  }

  @Test
  void pathsThatLeaveTheSiteAreRefused() throws IOException {
    start(ScratchProject.released(tmp.resolve("project")), null);
    for (String raw :
        List.of(
            "/../cookies.yaml",
            "/%2e%2e/cookies.yaml",
            "/%2E%2E%2Fcookies.yaml",
            "/assets/..%2f..%2fcookies.yaml",
            "/__preview/../cookies.yaml",
            "/__preview/%2e%2e/%2e%2e/cookies.yaml",
            "//etc/passwd",
            "/..%5c..%5ccookies.yaml",
            "/C:/Windows/win.ini")) {
      Response r = get(raw);
      assertThat(r.status()).as(raw).isEqualTo(400);
      assertThat(r.body()).as(raw).startsWith("refused: ").doesNotContain("policy:");
    }
    assertThat(get("/versions/1.0.0/cookies.yaml").body())
        .as("the archive is the site's: what the release published, served as any file")
        .contains("policy:");
  }

  @Test
  void everyResponseCarriesTheContentSecurityPolicyTheReadmeDocuments() throws IOException {
    start(ScratchProject.released(tmp.resolve("project")), null);
    String header = documentedHeader();
    assertThat(PreviewServer.CONTENT_SECURITY_POLICY).isEqualTo(header);
    String host = "127.0.0.1:" + server.address().getPort();
    Map<String, Integer> responses = new LinkedHashMap<>();
    for (String path :
        List.of(
            "/",
            "/history.html",
            "/assets/policy.css",
            "/banner/cookieconsent.json",
            "/versions/1.0.0/index.html",
            "/__preview/preview.js",
            "/__preview/preview.css",
            "/__preview/vendor/cookieconsent.umd.js",
            "/__preview/nothing.js",
            "/nothing.html",
            "/../x")) {
      Response r = get(path);
      responses.put(path, r.status());
      assertThat(r.headers()).as(path).containsEntry("content-security-policy", header);
      assertThat(r.headers()).as(path).containsEntry("x-content-type-options", "nosniff");
    }
    Response post = request("POST", "/", host);
    Response events = request("HEAD", "/__preview/events", host);
    assertThat(post.headers()).containsEntry("content-security-policy", header);
    assertThat(events.headers()).containsEntry("content-security-policy", header);
    assertThat(responses)
        .containsEntry("/", 200)
        .containsEntry("/__preview/vendor/cookieconsent.umd.js", 200)
        .containsEntry("/__preview/nothing.js", 404)
        .containsEntry("/nothing.html", 404)
        .containsEntry("/../x", 400);
    assertThat(post.status()).isEqualTo(405);
    assertThat(events.headers().get("content-type")).startsWith("text/event-stream");
    // the page's own meta says the same, less what a meta cannot say
    String meta =
        org.jsoup.Jsoup.parse(get("/").body())
            .selectFirst("meta[http-equiv=Content-Security-Policy]")
            .attr("content");
    assertThat(header).isEqualTo(meta + "; frame-ancestors 'none'");
  }

  @Test
  void onLoopbackOnlyLoopbackNamesAreAnswered() throws IOException {
    start(ScratchProject.released(tmp.resolve("project")), null);
    int port = server.address().getPort();

    assertThat(server.address().getAddress().isLoopbackAddress()).isTrue();
    assertThat(request("GET", "/", "localhost:" + port).status()).isEqualTo(200);
    assertThat(request("GET", "/", "127.0.0.1:" + port).status()).isEqualTo(200);
    assertThat(request("GET", "/", "[::1]:" + port).status()).isEqualTo(200);
    assertThat(request("GET", "/", "attacker.example:" + port).status()).isEqualTo(403);
    assertThat(request("GET", "/", "127.0.0.1.attacker.example").status()).isEqualTo(403);
  }

  @Test
  void aBurstOfSavesIsRenderedOnceAndTheSiteIsNeverWritten() throws Exception {
    ScratchProject p = ScratchProject.released(tmp.resolve("project"));
    Map<String, String> site = ScratchProject.contents(p.site());
    start(p, null);
    long before = server.snapshot().generation();
    String yaml = Files.readString(p.registry());

    for (int i = 1; i <= 10; i++) { // an editor saving in quick succession
      Files.writeString(
          p.registry(),
          yaml.replace("Identifies your active session", "Identifies your session " + i));
      Thread.sleep(5);
    }
    awaitNewer(before);
    Thread.sleep(PreviewServer.MAX_WAIT.toMillis() + 200); // any render still due has run

    assertThat(server.snapshot().generation() - before)
        .as("renders for 10 saves; log:%n%s", out)
        .isBetween(1L, 3L);
    assertThat(get("/").body()).contains("Identifies your session 10");
    assertThat(ScratchProject.contents(p.site())).isEqualTo(site);
    assertThat(p.leftovers()).isEmpty();
  }

  @Test
  void anOpenEventStreamHearsOfEachNewGeneration() throws Exception {
    ScratchProject p = ScratchProject.released(tmp.resolve("project"));
    start(p, null);
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.address().getPort())) {
      s.setSoTimeout(10_000);
      s.getOutputStream()
          .write(
              "GET /__preview/events HTTP/1.1\r\nHost: localhost\r\n\r\n"
                  .getBytes(StandardCharsets.ISO_8859_1));
      BufferedReader in =
          new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
      String first = nextData(in);
      assertThat(first).endsWith("-" + server.snapshot().generation());

      p.edit("Identifies your active session", "Identifies your streamed session");

      String second = nextData(in);
      assertThat(second).isNotEqualTo(first).endsWith("-" + server.snapshot().generation());
    }
  }

  private static String nextData(BufferedReader in) throws IOException {
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      if (line.startsWith("data: ")) return line.substring(6);
    }
    throw new AssertionError("the stream ended");
  }

  @Test
  void pollingSeesAnEditWhereNoEventsArrive() throws Exception {
    ScratchProject p = ScratchProject.released(tmp.resolve("project"));
    start(p, Duration.ofMillis(50));
    long before = server.snapshot().generation();

    p.edit("Identifies your active session", "Identifies your polled session");

    awaitNewer(before);
    assertThat(server.watching()).isEqualTo("a look every 50 ms");
    assertThat(get("/").body()).contains("Identifies your polled session");
  }

  @Test
  void aMissingRegistryAtStartIsAPageThatBecomesTheSiteOnceWritten() throws Exception {
    ScratchProject p = ScratchProject.released(tmp.resolve("project"));
    String yaml = Files.readString(p.registry());
    Files.delete(p.registry());
    start(p, null);

    Response page = get("/");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("Nothing to show yet")
        .contains(p.registry() + ":1:1: error: no such file");
    assertThat(get("/manifest.json").status()).isEqualTo(404);

    long before = server.snapshot().generation();
    Files.writeString(p.registry(), yaml);
    awaitNewer(before);

    assertThat(get("/").body())
        .contains("Identifies your active session")
        .doesNotContain("Nothing to show yet");
    assertThat(get("/manifest.json").status()).isEqualTo(200);
  }
}
