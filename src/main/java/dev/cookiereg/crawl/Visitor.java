package dev.cookiereg.crawl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * One visitor: a browser with a fresh profile, the write hooks installed in every document, and
 * what it records page by page. Not thread-safe: one visitor per thread.
 */
final class Visitor implements AutoCloseable {
  private static final String HOOKS = resource("hooks.js");
  private static final String CONSENT = resource("consent.js");
  private static final String GPC =
      "Object.defineProperty(Navigator.prototype, 'globalPrivacyControl',"
          + " {get: function () { return true; }, configurable: true});";
  private static final String DRAIN =
      "var w = window.__cookiereg_writes; return w ? w.splice(0, w.length) : [];";
  private static final String STORAGE =
      "var out = {origin: '', local: [], session: []};"
          + "try { out.origin = location.origin; } catch (e) {}"
          + "try { for (var i = 0; i < localStorage.length; i++) out.local.push(localStorage.key(i)); }"
          + " catch (e) {}"
          + "try { for (var j = 0; j < sessionStorage.length; j++)"
          + " out.session.push(sessionStorage.key(j)); } catch (e) {}"
          + "return out;";
  private static final String LINKS =
      "return Array.prototype.map.call(document.querySelectorAll('a[href]'),"
          + " function (a) { return a.href; });";
  private static final String SITEMAP =
      "return Array.prototype.map.call(document.getElementsByTagNameNS('*', 'loc'),"
          + " function (e) { return e.textContent.trim(); });";

  private static final Json JSON = new Json();

  private final WebDriver driver;
  private final HasCdp cdp;
  private final CrawlPlan plan;

  /** One page as it was seen: what the browser recorded while it loaded and settled. */
  record Visit(
      URI url,
      Instant at,
      String error,
      List<Map<String, Object>> network,
      List<Map<String, Object>> writes,
      Map<String, Object> storage,
      List<Map<String, Object>> jar,
      byte[] screenshot) {}

  private Visitor(WebDriver driver, CrawlPlan plan) {
    this.driver = driver;
    this.cdp = (HasCdp) driver;
    this.plan = plan;
  }

  /** A visitor in a new browser; with {@code gpc}, Global Privacy Control is on. */
  static Visitor start(CrawlPlan plan, boolean gpc) throws BrowserUnavailableException {
    WebDriver driver = Browsers.start(plan);
    if (!(driver instanceof HasCdp)) {
      driver.quit();
      throw new BrowserUnavailableException(
          "the browser given takes no DevTools commands: the crawl needs Chromium");
    }
    Visitor v = new Visitor(driver, plan);
    try {
      v.cdp.executeCdpCommand("Page.enable", Map.of());
      v.cdp.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", HOOKS));
      if (gpc) {
        v.cdp.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", GPC));
        v.cdp.executeCdpCommand("Network.enable", Map.of());
        v.cdp.executeCdpCommand(
            "Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Sec-GPC", "1")));
      }
    } catch (WebDriverException e) {
      v.close();
      throw new BrowserUnavailableException(
          "the browser refused a DevTools command (the crawl needs Chromium): "
              + Browsers.firstLine(e));
    }
    return v;
  }

  /** Loads the page, lets it settle, and takes what it recorded. */
  Visit load(URI url, boolean screenshot) {
    String error = null;
    try {
      driver.get(url.toString());
    } catch (TimeoutException e) {
      error = "the page did not finish loading in 30 s";
    } catch (WebDriverException e) {
      error = Browsers.firstLine(e);
    }
    return settleAndRecord(url, error, screenshot);
  }

  /** Opens a page to read it, recording nothing and waiting for nothing but its load event. */
  void open(URI url) {
    try {
      driver.get(url.toString());
    } catch (WebDriverException e) {
      // a page that does not open has no links; the crawl itself says why it failed
    }
    script(DRAIN);
    network();
  }

  /** Reloads the current page, lets it settle, and takes what it recorded. */
  Visit reload(URI url, boolean screenshot) {
    String error = null;
    try {
      driver.navigate().refresh();
    } catch (TimeoutException e) {
      error = "the page did not finish reloading in 30 s";
    } catch (WebDriverException e) {
      error = Browsers.firstLine(e);
    }
    return settleAndRecord(url, error, screenshot);
  }

  private Visit settleAndRecord(URI url, String error, boolean screenshot) {
    Instant at = Instant.now();
    pause(plan.settle().toMillis());
    List<Map<String, Object>> writes = maps(script(DRAIN));
    Object storage = script(STORAGE);
    List<Map<String, Object>> jar = jar();
    byte[] png = null;
    if (screenshot) {
      try {
        png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
      } catch (WebDriverException e) {
        png = null;
      }
    }
    List<Map<String, Object>> network = network();
    if (error == null) error = failedDocument(network);
    return new Visit(url, at, error, network, writes, map(storage), jar, png);
  }

  /** Why the page's document could not be loaded (a network error, not an HTTP status), or null. */
  private static String failedDocument(List<Map<String, Object>> network) {
    for (Map<String, Object> event : network) {
      if (!"Network.loadingFailed".equals(event.get("method"))) continue;
      Map<String, Object> p = map(event.get("params"));
      if ("Document".equals(p.get("type")) && !Boolean.TRUE.equals(p.get("canceled"))) {
        return "could not be loaded: " + p.get("errorText");
      }
    }
    return null;
  }

  /**
   * Gives consent through the banner on the current page ({@code choice}: reject, all or category);
   * the library's name and its consent cookie, or why it could not.
   */
  ConsentGiven consent(String choice, String category, String declaredLibrary) {
    Object r;
    try {
      r =
          ((JavascriptExecutor) driver)
              .executeAsyncScript(
                  CONSENT, choice, category == null ? "" : category, declaredLibrary, 5_000);
    } catch (WebDriverException e) {
      return ConsentGiven.failed(Browsers.firstLine(e));
    }
    Map<String, Object> m = map(r);
    if (m.get("error") != null) return ConsentGiven.failed(String.valueOf(m.get("error")));
    pause(plan.settle().toMillis());
    return ConsentGiven.through(String.valueOf(m.get("library")), String.valueOf(m.get("cookie")));
  }

  /** Sets a cookie for the host of {@code url} before any page of it loads. */
  void presetCookie(URI url, String name, String value, long maxAgeSeconds) {
    cdp.executeCdpCommand(
        "Network.setCookie",
        Map.of(
            "name",
            name,
            "value",
            value,
            "url",
            url.getScheme() + "://" + url.getHost() + "/",
            "path",
            "/",
            "expires",
            Instant.now().getEpochSecond() + maxAgeSeconds));
  }

  /**
   * Forgets everything the visit so far stored except what is named in {@code keep} (the banner's
   * record of the choice, a cookie or a storage key), and what was recorded: from here on is the
   * state itself.
   */
  void forgetAllBut(Set<String> keep) {
    List<Map<String, Object>> kept = new ArrayList<>();
    for (Map<String, Object> c : jar()) {
      if (keep.contains(String.valueOf(c.get("name")))) kept.add(c);
    }
    cdp.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    for (Map<String, Object> c : kept) {
      Map<String, Object> set = new HashMap<>();
      for (String k :
          List.of("name", "value", "domain", "path", "secure", "httpOnly", "sameSite")) {
        if (c.get(k) != null) set.put(k, c.get(k));
      }
      Object expires = c.get("expires");
      if (expires instanceof Number n && n.doubleValue() > 0) set.put("expires", n);
      cdp.executeCdpCommand("Network.setCookie", set);
    }
    // the other origins' local storage (frames, third parties) through DevTools; the page's own
    // web storage by script, keeping the banner's record when it is kept there
    String own = String.valueOf(map(script(STORAGE)).getOrDefault("origin", ""));
    Set<String> origins = new java.util.TreeSet<>();
    for (Map<String, Object> event : network()) {
      Object url = map(map(event.get("params")).get("request")).get("url");
      if (url != null) origin(String.valueOf(url)).ifPresent(origins::add);
    }
    origins.remove(own);
    for (String origin : origins) {
      try {
        cdp.executeCdpCommand(
            "Storage.clearDataForOrigin",
            Map.of("origin", origin, "storageTypes", "local_storage,indexeddb"));
      } catch (WebDriverException e) {
        // an origin the browser holds nothing for
      }
    }
    ((JavascriptExecutor) driver)
        .executeScript(
            "var keep = arguments[0];"
                + "[window.localStorage, window.sessionStorage].forEach(function (s) {"
                + "  try { for (var i = s.length - 1; i >= 0; i--) {"
                + "    var k = s.key(i); if (keep.indexOf(k) < 0) s.removeItem(k); } } catch (e) {}"
                + "});",
            List.copyOf(keep));
    script(DRAIN);
  }

  /** The origin ({@code scheme://host:port}) of an http(s) URL. */
  private static Optional<String> origin(String url) {
    try {
      URI u = URI.create(url);
      if (!"http".equals(u.getScheme()) && !"https".equals(u.getScheme())) return Optional.empty();
      return Optional.of(u.getScheme() + "://" + u.getRawAuthority());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The links of the current page. */
  List<String> links() {
    return strings(script(LINKS));
  }

  /** The page URLs of a sitemap.xml. */
  List<String> sitemap(URI url) {
    try {
      driver.get(url.toString());
    } catch (WebDriverException e) {
      return List.of();
    }
    return strings(script(SITEMAP));
  }

  /** The browser's name and version, for the HAR's creator fields. */
  String browserVersion() {
    if (driver instanceof org.openqa.selenium.HasCapabilities c) {
      return c.getCapabilities().getBrowserVersion();
    }
    return "";
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } catch (WebDriverException e) {
      // already gone
    }
  }

  // ----------------------------------------------------------------------------------------------

  private List<Map<String, Object>> jar() {
    try {
      Map<String, Object> r = cdp.executeCdpCommand("Storage.getCookies", Map.of());
      return maps(r.get("cookies"));
    } catch (WebDriverException e) {
      return List.of();
    }
  }

  /** The DevTools network events since the last call, each {@code {method, params, timestamp}}. */
  private List<Map<String, Object>> network() {
    List<Map<String, Object>> out = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
      Map<String, Object> message = map(map(JSON.toType(e.getMessage(), Map.class)).get("message"));
      if (message.isEmpty()) continue;
      Map<String, Object> event = new java.util.HashMap<>(message);
      event.put("timestamp", e.getTimestamp());
      out.add(event);
    }
    return out;
  }

  private Object script(String js) {
    try {
      return ((JavascriptExecutor) driver).executeScript(js);
    } catch (WebDriverException e) {
      return null;
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object o) {
    return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  static List<Map<String, Object>> maps(Object o) {
    List<Map<String, Object>> out = new ArrayList<>();
    if (o instanceof List<?> l) for (Object x : l) if (x instanceof Map<?, ?>) out.add(map(x));
    return out;
  }

  private static List<String> strings(Object o) {
    List<String> out = new ArrayList<>();
    if (o instanceof List<?> l) for (Object x : l) if (x != null) out.add(String.valueOf(x));
    return out;
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String resource(String name) {
    try (InputStream in = Visitor.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("missing resource " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How consent was given in a state, or why it was not. */
  record ConsentGiven(String library, String cookie, String error) {
    static ConsentGiven through(String library, String cookie) {
      return new ConsentGiven(library, cookie, null);
    }

    static ConsentGiven failed(String why) {
      return new ConsentGiven(null, null, why);
    }

    Optional<String> problem() {
      return Optional.ofNullable(error);
    }
  }
}
