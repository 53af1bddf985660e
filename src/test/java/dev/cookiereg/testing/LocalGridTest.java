package dev.cookiereg.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.MalformedURLException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.remote.Augmenter;
import org.openqa.selenium.remote.RemoteWebDriver;

/**
 * What the crawler needs from a browser works through a Selenium Grid as it does through a local
 * chromedriver: Chromium arguments, the DevTools protocol, the performance log. The site is a
 * loopback server reached under a name only Chromium's host resolver rules know.
 */
class LocalGridTest {

  private static final String HOST = "site.test";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static LocalGrid grid;
  private static HttpServer site;
  private static RemoteWebDriver remote;
  private static WebDriver driver;
  private static final AtomicInteger served = new AtomicInteger();

  @BeforeAll
  static void start() throws IOException {
    grid = LocalGrid.startOrSkip();
    site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    // Every page sets an HttpOnly cookie whose value numbers the response.
    site.createContext("/", LocalGridTest::page);
    site.start();
    remote = newSession(grid);
    driver = new Augmenter().augment(remote);
  }

  @AfterAll
  static void stop() {
    try {
      if (remote != null) remote.quit();
    } finally {
      if (site != null) site.stop(0);
      if (grid != null) grid.close();
    }
  }

  @Test
  void chromiumArgumentsOfTheClientReachTheBrowser() {
    driver.get(url("/hello"));

    // site.test resolves only through --host-resolver-rules; the user agent says --headless.
    assertThat(driver.getTitle()).isEqualTo("hello");
    assertThat(js("return navigator.userAgent;")).asString().contains("HeadlessChrome/");
    assertThat(remote.getCapabilities().getCapability("se:cdp")).asString().startsWith("ws://");
  }

  @Test
  void cdpReadsAnHttpOnlyCookieTheServerSet() {
    driver.get(url("/cdp"));
    String value = lastCookieValue();

    Map<String, Object> answer =
        ((HasCdp) driver).executeCdpCommand("Network.getAllCookies", Map.of());

    JsonNode cookies = JSON.valueToTree(answer).path("cookies");
    List<String> seen = new ArrayList<>();
    cookies.forEach(
        c ->
            seen.add(
                c.path("name").asText()
                    + "="
                    + c.path("value").asText()
                    + " domain="
                    + c.path("domain").asText()
                    + " httpOnly="
                    + c.path("httpOnly").asBoolean()));
    assertThat(seen).contains("grid_probe=" + value + " domain=" + HOST + " httpOnly=true");
  }

  @Test
  void performanceLogHoldsTheSetCookieHeaderOfAResponse() {
    driver.manage().logs().get(LogType.PERFORMANCE); // drain what earlier pages logged
    driver.get(url("/performance"));
    String value = lastCookieValue();

    List<String> setCookies = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
      JsonNode message = readJson(e.getMessage()).path("message");
      if (!message.path("method").asText().equals("Network.responseReceivedExtraInfo")) continue;
      message
          .path("params")
          .path("headers")
          .properties()
          .forEach(
              h -> {
                if (h.getKey().equalsIgnoreCase("set-cookie"))
                  setCookies.add(h.getValue().asText());
              });
    }
    assertThat(setCookies).contains("grid_probe=" + value + "; Path=/; HttpOnly");
  }

  @Test
  void initScriptAddedThroughCdpRunsBeforeThePagesOwnScript() {
    // The crawler's way of seeing storage writes: wrap Storage.setItem before any page script runs.
    String hook =
        "window.__writes = [];"
            + "const setItem = Storage.prototype.setItem;"
            + "Storage.prototype.setItem = function (k, v) {"
            + "  window.__writes.push(k); return setItem.call(this, k, v); };";
    Map<String, Object> added =
        ((HasCdp) driver)
            .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", hook));
    try {
      driver.get(url("/storage"));

      assertThat(driver.getTitle()).isEqualTo("storage");
      assertThat(js("return window.__writes;")).isEqualTo(List.of("grid_key"));
      assertThat(js("return localStorage.getItem('grid_key');")).isEqualTo("set by the page");
    } finally {
      ((HasCdp) driver)
          .executeCdpCommand(
              "Page.removeScriptToEvaluateOnNewDocument",
              Map.of("identifier", added.get("identifier")));
    }
  }

  @Test
  void closingTheGridEndsTheBrowsersOfSessionsNeverQuit() throws MalformedURLException {
    List<ProcessHandle> started;
    try (LocalGrid other = LocalGrid.start(1)) {
      newSession(other).get(url("/abandoned")); // never quit
      started = other.process().descendants().toList();
      assertThat(started)
          .as("the grid's processes")
          .anyMatch(p -> p.info().command().orElse("").endsWith("chromedriver"));
    }

    assertThat(started).noneMatch(LocalGrid::running);
  }

  @Test
  void aGridThatCannotStartSaysWhyWithTheEndOfItsLog() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      assertThatThrownBy(() -> new LocalGrid(taken.getLocalPort(), 1, Duration.ofSeconds(60)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith(
              "Selenium Grid on http://127.0.0.1:"
                  + taken.getLocalPort()
                  + " failed to start; the end of its log:\n")
          .hasMessageContaining("BindException: Address already in use")
          .hasMessageNotContaining("\tat ");
    }
  }

  private static RemoteWebDriver newSession(LocalGrid on) throws MalformedURLException {
    // What the crawler sends: no binary and no profile (the node's own), its arguments, the log.
    ChromeOptions options = new ChromeOptions();
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--host-resolver-rules=MAP " + HOST + " 127.0.0.1");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    return new RemoteWebDriver(on.url().toURL(), options);
  }

  private static String url(String path) {
    return "http://" + HOST + ":" + site.getAddress().getPort() + path;
  }

  private static String lastCookieValue() {
    return "v" + served.get();
  }

  private static Object js(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  private static JsonNode readJson(String s) {
    try {
      return JSON.readTree(s);
    } catch (IOException e) {
      throw new AssertionError("performance log entry is not JSON: " + s, e);
    }
  }

  private static void page(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    if (path.equals("/favicon.ico")) {
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
      return;
    }
    String name = path.substring(1);
    String script =
        name.equals("storage")
            ? "<script>localStorage.setItem('grid_key', 'set by the page');</script>"
            : "";
    byte[] body =
        ("<!doctype html><html lang=en><title>" + name + "</title><p>" + name + script)
            .getBytes(StandardCharsets.UTF_8);
    exchange
        .getResponseHeaders()
        .add("Set-Cookie", "grid_probe=v" + served.incrementAndGet() + "; Path=/; HttpOnly");
    exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
