package dev.cookiereg.crawl;

import dev.cookiereg.audit.State;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What to crawl and how.
 *
 * @param start the pages given, each visited in every state
 * @param pages how many pages to visit at most: the start pages, then those their links and the
 *     sitemap lead to on the same hosts
 * @param sitemap a sitemap.xml whose pages are added, or null
 * @param states the consent states, in the order reports list them
 * @param resolve host names mapped to addresses without DNS
 * @param parallel how many browsers run at once
 * @param grid a Selenium Grid to run the browsers on, or null for local ones
 * @param settle how long to let a page's scripts run after its load event
 * @param browser the Chromium binary (local browsers only)
 * @param driver the chromedriver binary (local browsers only)
 */
public record CrawlPlan(
    List<URI> start,
    int pages,
    URI sitemap,
    List<State> states,
    Map<String, String> resolve,
    int parallel,
    URI grid,
    Duration settle,
    Path browser,
    Path driver) {

  /** Debian's chromium, as the chromium package installs it. */
  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  /** Debian's chromedriver, as the chromium-driver package installs it. */
  public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  public CrawlPlan {
    start = List.copyOf(start);
    states = List.copyOf(states);
    resolve = Map.copyOf(resolve);
    Objects.requireNonNull(settle, "settle");
    Objects.requireNonNull(browser, "browser");
    Objects.requireNonNull(driver, "driver");
    if (start.isEmpty()) throw new IllegalArgumentException("no page to start from");
    if (states.isEmpty()) throw new IllegalArgumentException("no state to crawl");
    if (parallel < 1) throw new IllegalArgumentException("parallel must be at least 1");
    pages = Math.max(pages, start.size());
  }
}
