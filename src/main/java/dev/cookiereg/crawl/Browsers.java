package dev.cookiereg.crawl;

import java.io.File;
import java.net.MalformedURLException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.remote.Augmenter;
import org.openqa.selenium.remote.RemoteWebDriver;

/**
 * Starts one headless Chromium with a fresh profile: a local one through Debian's chromedriver (no
 * Selenium Manager, no download), or one on a Selenium Grid.
 */
final class Browsers {
  /** Selenium's own logging says what this class already reports, in a stack trace. */
  private static final Logger SELENIUM = Logger.getLogger("org.openqa.selenium");

  static {
    System.setProperty("SE_OFFLINE", "true");
    System.setProperty("SE_AVOID_STATS", "true");
    SELENIUM.setLevel(Level.OFF);
  }

  private Browsers() {}

  /** A new browser for the plan: a fresh profile, the plan's host mapping, the network recorded. */
  static WebDriver start(CrawlPlan plan) throws BrowserUnavailableException {
    ChromeOptions options = options(plan);
    WebDriver driver;
    if (plan.grid() != null) {
      try {
        driver = new Augmenter().augment(new RemoteWebDriver(plan.grid().toURL(), options));
      } catch (MalformedURLException | IllegalArgumentException e) {
        throw new BrowserUnavailableException("--grid: '" + plan.grid() + "' is not a URL");
      } catch (WebDriverException e) {
        throw new BrowserUnavailableException(
            "the Selenium Grid at " + plan.grid() + " gave no browser: " + firstLine(e));
      }
    } else {
      require(plan);
      options.setBinary(plan.browser().toFile());
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(new File(plan.driver().toString()))
              .usingAnyFreePort()
              .withSilent(true)
              .build();
      try {
        driver = new ChromeDriver(service, options);
      } catch (WebDriverException e) {
        service.stop();
        throw new BrowserUnavailableException(
            "Chromium did not start ("
                + plan.browser()
                + " through "
                + plan.driver()
                + "): "
                + firstLine(e));
      }
    }
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    return driver;
  }

  private static void require(CrawlPlan plan) throws BrowserUnavailableException {
    List<String> missing = new ArrayList<>();
    if (!Files.isExecutable(plan.browser())) missing.add(plan.browser().toString());
    if (!Files.isExecutable(plan.driver())) missing.add(plan.driver().toString());
    if (!missing.isEmpty()) {
      throw new BrowserUnavailableException(
          "the live crawl needs Chromium and its driver; missing: "
              + String.join(", ", missing)
              + " (install them: "
              + BrowserUnavailableException.INSTALL
              + ")");
    }
  }

  private static ChromeOptions options(CrawlPlan plan) {
    ChromeOptions o = new ChromeOptions();
    List<String> args = new ArrayList<>();
    args.add("--headless");
    args.add("--disable-gpu");
    args.add("--disable-dev-shm-usage");
    args.add("--no-first-run");
    args.add("--no-default-browser-check");
    args.add("--disable-background-networking");
    args.add("--disable-component-update");
    args.add("--disable-sync");
    args.add("--disable-quic");
    args.add("--window-size=1280,900");
    // seen as a visitor, not as a robot: with navigator.webdriver true, vanilla-cookieconsent's
    // hideFromBots (its default) shows no banner and runs no gated script after consent
    args.add("--disable-blink-features=AutomationControlled");
    // visit what was asked for: http stays http
    args.add("--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable");
    if ("root".equals(System.getProperty("user.name"))) args.add("--no-sandbox");
    if (!plan.resolve().isEmpty()) {
      List<String> rules = new ArrayList<>();
      plan.resolve().entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .forEach(e -> rules.add("MAP " + e.getKey() + " " + e.getValue()));
      args.add("--host-resolver-rules=" + String.join(",", rules));
    }
    o.addArguments(args);
    o.setCapability("goog:loggingPrefs", Map.of("performance", "ALL"));
    o.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
    return o;
  }

  /** A driver error's first line (with the reason, for a session that could not start). */
  static String firstLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    String line = m.lines().findFirst().orElse(m).strip();
    return line.toLowerCase(Locale.ROOT).startsWith("could not start a new session")
        ? line + " " + m.lines().skip(1).findFirst().orElse("").strip()
        : line;
  }
}
