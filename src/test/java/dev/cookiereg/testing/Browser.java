package dev.cookiereg.testing;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Debian Chromium driven by the Debian chromedriver — never Selenium Manager, never a
 * download. Share one instance per test class ({@code @BeforeAll}/{@code @AfterAll}); start-up
 * costs 2–3 s.
 *
 * <pre>{@code
 * static Browser browser;
 * @BeforeAll static void start() { browser = Browser.startOrSkip(); }
 * @AfterAll static void stop() { if (browser != null) browser.close(); }
 * }</pre>
 */
public final class Browser implements AutoCloseable {

  /** /usr/bin/chromium unless env COOKIEREG_CHROMIUM points elsewhere. */
  public static final Path CHROMIUM = Path.of(envOr("COOKIEREG_CHROMIUM", "/usr/bin/chromium"));

  /** /usr/bin/chromedriver unless env COOKIEREG_CHROMEDRIVER points elsewhere. */
  public static final Path CHROMEDRIVER =
      Path.of(envOr("COOKIEREG_CHROMEDRIVER", "/usr/bin/chromedriver"));

  public static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  /** Installed before every document loads; collects CSP violations into window.__cspViolations. */
  private static final String CSP_LISTENER =
      String.join(
          "\n",
          "window.__cspViolations = window.__cspViolations || [];",
          "document.addEventListener('securitypolicyviolation', function (e) {",
          "  window.__cspViolations.push(e.violatedDirective + ' blocked '",
          "    + (e.blockedURI || '(inline)') + ' at ' + (e.sourceFile || e.documentURI)",
          "    + ':' + e.lineNumber + ':' + e.columnNumber",
          "    + (e.sample ? ' sample=' + JSON.stringify(e.sample) : ''));",
          "}, true);");

  private final Path profileDir;
  private final ChromeDriverService service;
  private final ChromeDriver driver;

  static {
    // Belt and braces: even if someone builds a driver without a path, do not let Selenium Manager
    // go online.
    System.setProperty("SE_OFFLINE", "true");
    System.setProperty("SE_AVOID_STATS", "true");
  }

  public Browser() {
    this(List.of());
  }

  /**
   * A browser started with more Chromium flags, such as {@code --host-resolver-rules=MAP shop.test
   * 127.0.0.1} ({@link TestWebsite#hostResolverRules()}).
   */
  public Browser(List<String> extraArgs) {
    if (!available()) {
      throw new IllegalStateException(
          "Chromium not installed: need "
              + CHROMIUM
              + " and "
              + CHROMEDRIVER
              + " (apt-get install -y chromium chromium-driver; .ci/run does this)");
    }
    try {
      profileDir = Files.createTempDirectory("cookiereg-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions o = new ChromeOptions();
    o.setBinary(CHROMIUM.toFile());
    o.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,900",
        "--user-data-dir=" + profileDir);
    o.addArguments(extraArgs);
    service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .usingAnyFreePort()
            .withSilent(true)
            .build();
    ChromeDriver d = null;
    try {
      d = new ChromeDriver(service, o);
      d.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
      d.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
      d.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", CSP_LISTENER));
    } catch (RuntimeException e) {
      if (d != null) d.quit();
      service.stop();
      deleteTree(profileDir);
      throw e;
    }
    driver = d;
  }

  /**
   * True when the Debian chromium and chromium-driver packages are installed (/usr/bin/chromium,
   * /usr/bin/chromedriver).
   */
  public static boolean available() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  /**
   * Guard for tests that need a browser: on CI ({@code CI=true}) a missing browser is a failure
   * with a clear message, locally the test is skipped via {@link Assumptions}.
   */
  public static void requireAvailable() {
    if (available()) return;
    String msg =
        "Chromium browser tests need "
            + CHROMIUM
            + " and "
            + CHROMEDRIVER
            + " (apt-get install -y chromium chromium-driver, as .ci/run does)";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new AssertionError("CI=true but " + msg);
    }
    Assumptions.assumeTrue(false, msg + " — skipped locally");
  }

  /** {@link #requireAvailable()} then a new browser, with more Chromium flags if given. */
  public static Browser startOrSkip(String... extraArgs) {
    requireAvailable();
    return new Browser(List.of(extraArgs));
  }

  public ChromeDriver driver() {
    return driver;
  }

  /** Loads the page and waits for the load event (Selenium's default page-load strategy). */
  public Browser open(URI uri) {
    driver.get(uri.toString());
    return this;
  }

  /**
   * Emulates a viewport of exactly w×h CSS px (the --window-size flag cannot go below 500 px
   * headless).
   */
  public Browser setViewport(int width, int height) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    return this;
  }

  /** Back to the window's own size. */
  public Browser clearViewport() {
    driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    return this;
  }

  /**
   * CSP violations reported since the current document started loading (after pending tasks ran).
   */
  public List<String> cspViolations() {
    Object r =
        driver.executeAsyncScript(
            "var done = arguments[arguments.length - 1];"
                + "setTimeout(function () { done((window.__cspViolations || []).slice()); }, 0);");
    List<String> out = new ArrayList<>();
    if (r instanceof List<?> list) list.forEach(v -> out.add(String.valueOf(v)));
    return out;
  }

  /** {@code document.documentElement.scrollWidth}: compare with {@code <=} the viewport width. */
  public long scrollWidth() {
    return ((Number) js("return document.documentElement.scrollWidth;")).longValue();
  }

  /** Runs a script in the page ({@code return ...;} to get a value). */
  public Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /**
   * {@code getComputedStyle(document.querySelector(selector))[property]}, null when nothing
   * matches.
   */
  public String computedStyle(String selector, String property) {
    return (String)
        js(
            "var e = document.querySelector(arguments[0]);"
                + "return e ? getComputedStyle(e).getPropertyValue(arguments[1]) : null;",
            selector,
            property);
  }

  /**
   * axe-core WCAG 2.0/2.1 A+AA violations on the current page, one readable line per failing node.
   * Throws if axe itself errored: {@code analyze()} then returns an <em>empty</em> violations list.
   */
  public List<String> axeViolations() {
    return axe(new AxeBuilder().withTags(AXE_TAGS));
  }

  /** Every axe-core finding on the current page: WCAG rules and best practices (such as region). */
  public List<String> axeFindings() {
    return axe(new AxeBuilder());
  }

  private List<String> axe(AxeBuilder builder) {
    Results r = builder.analyze(driver);
    if (r.isErrored()) {
      throw new IllegalStateException(
          "axe-core failed to run on " + driver.getCurrentUrl() + ": " + r.getErrorMessage(),
          r.getError());
    }
    List<String> out = new ArrayList<>();
    for (Rule rule : r.getViolations()) {
      List<CheckedNode> nodes = rule.getNodes() == null ? List.of() : rule.getNodes();
      if (nodes.isEmpty()) {
        out.add(rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp());
      }
      for (CheckedNode n : nodes) {
        out.add(
            rule.getId()
                + " ("
                + rule.getImpact()
                + "): "
                + rule.getHelp()
                + " at "
                + n.getTarget()
                + " "
                + abbreviate(n.getHtml(), 120));
      }
    }
    return out;
  }

  /** PNG of the viewport. */
  public Path screenshot(Path target) {
    try {
      Path parent = target.toAbsolutePath().getParent();
      if (parent != null) Files.createDirectories(parent);
      File tmp = driver.getScreenshotAs(OutputType.FILE);
      Files.move(tmp.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
      deleteTree(profileDir);
    }
  }

  private static String envOr(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }

  private static String abbreviate(String s, int max) {
    if (s == null) return "";
    String one = s.replaceAll("\\s+", " ");
    return one.length() <= max ? one : one.substring(0, max - 1) + "…";
  }

  static void deleteTree(Path dir) {
    if (dir == null || !Files.exists(dir)) return;
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.deleteIfExists(p);
                } catch (IOException ignored) {
                  // Chromium may still be writing; best effort
                }
              });
    } catch (IOException ignored) {
      // best effort
    }
  }
}
