package dev.cookiereg.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.cookiereg.cli.Main;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The loopback website the live audit is tested against: one HTTP server on 127.0.0.1 that answers
 * for several {@code .test} hosts by the {@code Host} header, one handler per host. Two first-party
 * shops run the real banner libraries from {@code node_modules} with the configs this tool builds
 * from their registries ({@link #SHOP} with vanilla-cookieconsent, {@link #KLARO_SHOP} with Klaro);
 * the third parties they embed set first-party cookies by script, as trackers do over plain http,
 * and answer pixels. What each page and script plants against its registry is listed in {@code
 * src/test/resources/audit/live/expected.yaml}; the pages and scripts are the files beside it, in a
 * folder per host, with {@code {{port}}} standing for the server's port.
 *
 * <p>A browser reaches the hosts with {@code --host-resolver-rules="MAP shop.test 127.0.0.1,..."}
 * and URLs that keep the port ({@link #url}); {@code audit --resolve} takes {@link
 * #resolveRules()}. The configs are served as generated, so vanilla-cookieconsent's {@code
 * hideFromBots} is on: a browser whose {@code navigator.webdriver} is true gets no banner, and no
 * gated script runs on the pages after its choice; start Chromium with {@code
 * --disable-blink-features=AutomationControlled}, as a visitor's browser would be. Each shop runs
 * its library with a small loader of its own ({@code js/consent.js}), since the build writes no
 * integration script yet.
 *
 * <pre>{@code
 * try (TestWebsite site = TestWebsite.start()) {
 *   browser.open(site.url(TestWebsite.SHOP, "/"));
 * }
 * }</pre>
 */
public final class TestWebsite implements AutoCloseable {
  /** The shop on vanilla-cookieconsent 3, with the configs built from {@code shop.yaml}. */
  public static final String SHOP = "shop.test";

  /** The shop on Klaro, with the configs built from {@code klaro-shop.yaml}. */
  public static final String KLARO_SHOP = "klaro-shop.test";

  /** Stats Inc's tag and collector, a declared provider host. */
  public static final String STATS = "cdn.stats.test";

  /** Ads Tracker's tags and pixel, a declared provider host. */
  public static final String ADS = "ads.tracker.test";

  /** Chat Widget Co's widget, a declared provider host of shop.test. */
  public static final String CHAT = "chat.widget.test";

  /** Social Network Inc's pixel, a declared provider host of klaro-shop.test. */
  public static final String SOCIAL = "connect.social.test";

  /** An affiliate network's pixel that no provider declares. */
  public static final String PIXEL = "pixel.undeclared.test";

  /** Every host the server answers for. */
  public static final List<String> HOSTS =
      List.of(SHOP, KLARO_SHOP, STATS, ADS, CHAT, SOCIAL, PIXEL);

  /** The pages, scripts, registries and expectations, a folder per host. */
  public static final Path DIR = Path.of("src/test/resources/audit/live");

  /** The first-party sites and their registries. */
  private static final Map<String, Path> REGISTRIES =
      Map.of(SHOP, DIR.resolve("shop.yaml"), KLARO_SHOP, DIR.resolve("klaro-shop.yaml"));

  /** The smallest GIF, for pixels. */
  private static final byte[] GIF =
      HexFormat.of()
          .parseHex(
              "47494638396101000100800000000000ffffff21f90401000000002c00000000010001000002024401003b");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Charset UTF8 = StandardCharsets.UTF_8;
  private static final SecureRandom RANDOM = new SecureRandom();

  /** One request the server answered. */
  public record Request(String host, String path, boolean gpc) {}

  private final Path built;
  private final HttpServer server;
  private final ExecutorService executor;
  private final List<Request> requests = new CopyOnWriteArrayList<>();

  private TestWebsite(Path built) throws IOException {
    this.built = built;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    this.executor =
        Executors.newFixedThreadPool(
            8,
            r -> {
              Thread t = new Thread(r, "test-website");
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /**
   * Builds each shop's registry with the tool's own {@code build} into a temporary folder and
   * starts serving every host on a free loopback port.
   */
  public static TestWebsite start() {
    if (!Files.isRegularFile(BannerHarness.NODE_MODULES.resolve("klaro/package.json"))) {
      throw new AssertionError("the banner libraries are missing: run 'npm ci' (as .ci/run does)");
    }
    try {
      Path built = Files.createTempDirectory("cookiereg-test-website-");
      for (Map.Entry<String, Path> site : REGISTRIES.entrySet()) {
        build(site.getValue(), built.resolve(site.getKey()));
      }
      return new TestWebsite(built);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void build(Path registry, Path out) {
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new PrintWriter(new StringWriter()),
            new PrintWriter(err),
            "build",
            registry.toString(),
            "--out",
            out.toString());
    if (code != 0) throw new AssertionError("cannot build " + registry + ": " + err);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** {@code http://host:port/path}. */
  public URI url(String host, String path) {
    return URI.create("http://" + host + ":" + port() + (path.startsWith("/") ? "" : "/") + path);
  }

  /** {@code host=127.0.0.1} for every host, as {@code audit --resolve} takes them. */
  public List<String> resolveRules() {
    return HOSTS.stream().map(h -> h + "=127.0.0.1").toList();
  }

  /** Chromium's {@code --host-resolver-rules} flag that sends every host to this server. */
  public String hostResolverRules() {
    return "--host-resolver-rules="
        + String.join(",", HOSTS.stream().map(h -> "MAP " + h + " 127.0.0.1").toList());
  }

  /** The registry a first-party site is declared in. */
  public Path registry(String site) {
    Path r = REGISTRIES.get(site);
    if (r == null) throw new IllegalArgumentException(site + " is not a first-party site");
    return r;
  }

  /**
   * A finding {@code audit} must report for a site: {@code state} is null for a finding over all
   * states ({@code -} in the file).
   */
  public record Expected(String rule, String name, String state) {}

  /** The findings {@code expected.yaml} lists for a first-party site, in the file's order. */
  public static List<Expected> expected(String site) {
    JsonNode file;
    try {
      file = new ObjectMapper(new YAMLFactory()).readTree(DIR.resolve("expected.yaml").toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!file.has(site)) throw new IllegalArgumentException(site + " is not in expected.yaml");
    List<Expected> out = new ArrayList<>();
    for (JsonNode plant : file.get(site).get("plants")) {
      for (JsonNode row : plant.get("finds")) {
        String[] f = row.asText().strip().split(" +");
        if (f.length != 3)
          throw new IllegalStateException("expected.yaml: not 'rule name state': " + row);
        out.add(new Expected(f[0], f[1], f[2].equals("-") ? null : f[2]));
      }
    }
    return out;
  }

  /** Every request answered so far, in order. */
  public List<Request> requests() {
    return List.copyOf(requests);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    Browser.deleteTree(built);
  }

  // ----------------------------------------------------------------------------------------------
  // one handler per host

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String host = host(ex);
      String path = ex.getRequestURI().getPath();
      requests.add(new Request(host, path, "1".equals(ex.getRequestHeaders().getFirst("Sec-GPC"))));
      ex.getResponseHeaders().set("Cache-Control", "no-store");
      if (!"GET".equals(ex.getRequestMethod())) {
        send(ex, 405, "text/plain; charset=utf-8", "method not allowed".getBytes(UTF8));
        return;
      }
      switch (host) {
        case SHOP -> shop(ex, path);
        case KLARO_SHOP -> klaroShop(ex, path);
        case STATS -> stats(ex, path);
        case ADS -> ads(ex, path);
        case CHAT, SOCIAL -> thirdParty(ex, host, path);
        case PIXEL -> pixel(ex);
        default -> send(ex, 421, "text/plain; charset=utf-8", "no such host".getBytes(UTF8));
      }
    }
  }

  /**
   * shop.test: vanilla-cookieconsent under {@code /vendor/}, the generated configs under {@code
   * /banner/}, and pages whose responses set the server's cookies: {@code session} (HttpOnly, as
   * declared), {@code csrf} (declared a session cookie, set for a day), {@code _adt_click}
   * (marketing, copied from the ad click on landing, whatever the consent) and {@code lang}
   * (functional, only once the consent cookie grants it, but for two years where one is declared).
   */
  private void shop(HttpExchange ex, String path) throws IOException {
    if (path.startsWith("/vendor/vanilla-cookieconsent/")) {
      file(ex, BannerHarness.NODE_MODULES, path.substring("/vendor/".length()));
    } else if (path.startsWith("/banner/")) {
      file(ex, built.resolve(SHOP), path.substring(1));
    } else if (path.startsWith("/js/") || isPage(path)) {
      if (isPage(path)) {
        Map<String, String> cookies = cookies(ex);
        if (!cookies.containsKey("session")) {
          setCookie(ex, "session=" + token() + "; Path=/; HttpOnly; SameSite=Lax");
          setCookie(
              ex, "_adt_click=" + token() + "; Path=/; Max-Age=2592000; HttpOnly; SameSite=Lax");
        }
        setCookie(ex, "csrf=" + token() + "; Path=/; Max-Age=86400; SameSite=Strict");
        if (granted(cookies.get("cc_cookie"), "functional") && !cookies.containsKey("lang")) {
          setCookie(ex, "lang=en; Path=/; Max-Age=63072000; SameSite=Lax");
        }
        contentSecurityPolicy(ex);
      }
      page(ex, SHOP, path);
    } else {
      notFound(ex);
    }
  }

  /** klaro-shop.test: Klaro under {@code /vendor/}, its generated config, pages with a session. */
  private void klaroShop(HttpExchange ex, String path) throws IOException {
    if (path.startsWith("/vendor/klaro/")) {
      file(ex, BannerHarness.NODE_MODULES, path.substring("/vendor/".length()));
    } else if (path.startsWith("/banner/")) {
      file(ex, built.resolve(KLARO_SHOP), path.substring(1));
    } else if (path.startsWith("/js/") || isPage(path)) {
      if (isPage(path)) {
        if (!cookies(ex).containsKey("session")) {
          setCookie(ex, "session=" + token() + "; Path=/; HttpOnly; SameSite=Lax");
        }
        contentSecurityPolicy(ex);
      }
      page(ex, KLARO_SHOP, path);
    } else {
      notFound(ex);
    }
  }

  /** cdn.stats.test: the tag, and a collector that answers nothing. */
  private void stats(HttpExchange ex, String path) throws IOException {
    if (path.equals("/collect")) {
      send(ex, 204, null, new byte[0]);
    } else {
      thirdParty(ex, STATS, path);
    }
  }

  /** ads.tracker.test: the tags, and a pixel. */
  private void ads(HttpExchange ex, String path) throws IOException {
    if (path.equals("/px.gif")) {
      send(ex, 200, "image/gif", GIF);
    } else {
      thirdParty(ex, ADS, path);
    }
  }

  /** A third party's scripts and pixels. */
  private void thirdParty(HttpExchange ex, String host, String path) throws IOException {
    if (path.endsWith(".gif")) {
      send(ex, 200, "image/gif", GIF);
    } else {
      page(ex, host, path);
    }
  }

  /** pixel.undeclared.test: a pixel at any path. */
  private void pixel(HttpExchange ex) throws IOException {
    send(ex, 200, "image/gif", GIF);
  }

  // ----------------------------------------------------------------------------------------------

  private static boolean isPage(String path) {
    return path.equals("/") || path.endsWith(".html");
  }

  /** A page or script of a host's folder, with {@code {{port}}} filled in. */
  private void page(HttpExchange ex, String host, String path) throws IOException {
    Path file = inside(DIR.resolve(host), path.equals("/") ? "index.html" : path.substring(1));
    if (file == null) {
      notFound(ex);
      return;
    }
    String text = Files.readString(file, UTF8).replace("{{port}}", Integer.toString(port()));
    send(ex, 200, StaticServer.contentType(file), text.getBytes(UTF8));
  }

  /** A file as it is. */
  private static void file(HttpExchange ex, Path root, String relative) throws IOException {
    Path file = inside(root, relative);
    if (file == null) {
      notFound(ex);
      return;
    }
    send(ex, 200, StaticServer.contentType(file), Files.readAllBytes(file));
  }

  /** The regular file at {@code relative} under {@code root}, or null when there is none. */
  private static Path inside(Path root, String relative) {
    Path base = root.toAbsolutePath().normalize();
    Path file = base.resolve(relative).normalize();
    return file.startsWith(base) && Files.isRegularFile(file) ? file : null;
  }

  /**
   * The shops allow their own origin and the other test hosts (on this port), nothing inline: the
   * banner scripts must run under it as they would on a site that follows the README.
   */
  private void contentSecurityPolicy(HttpExchange ex) {
    ex.getResponseHeaders()
        .set(
            "Content-Security-Policy",
            "default-src 'self' http://*.test:" + port() + "; base-uri 'none'; form-action 'none'");
  }

  /**
   * Whether vanilla-cookieconsent's cookie ({@code cc_cookie}: URL-encoded JSON with the accepted
   * {@code categories}) grants a category.
   */
  private static boolean granted(String ccCookie, String category) {
    if (ccCookie == null) return false;
    try {
      JsonNode consent = JSON.readTree(URLDecoder.decode(ccCookie, UTF8));
      for (JsonNode c : consent.path("categories")) {
        if (c.asText().equals(category)) return true;
      }
      return false;
    } catch (IOException | IllegalArgumentException e) {
      return false; // not a consent the shop can read: nothing granted
    }
  }

  private static Map<String, String> cookies(HttpExchange ex) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String header : ex.getRequestHeaders().getOrDefault("Cookie", List.of())) {
      for (String pair : header.split(";")) {
        int eq = pair.indexOf('=');
        if (eq > 0) out.putIfAbsent(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
      }
    }
    return out;
  }

  private static void setCookie(HttpExchange ex, String cookie) {
    ex.getResponseHeaders().add("Set-Cookie", cookie);
  }

  private static String token() {
    byte[] b = new byte[8];
    RANDOM.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  private static String host(HttpExchange ex) {
    String h = ex.getRequestHeaders().getFirst("Host");
    if (h == null) return "";
    int colon = h.lastIndexOf(':');
    return (colon < 0 ? h : h.substring(0, colon)).toLowerCase(Locale.ROOT);
  }

  private static void notFound(HttpExchange ex) throws IOException {
    send(ex, 404, "text/plain; charset=utf-8", "not found".getBytes(UTF8));
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body)
      throws IOException {
    if (type != null) ex.getResponseHeaders().set("Content-Type", type);
    ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    boolean empty = body.length == 0;
    ex.sendResponseHeaders(status, empty ? -1 : body.length);
    if (!empty) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
