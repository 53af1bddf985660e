package dev.cookiereg.testing;

import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A generated site served with the real banner libraries from {@code node_modules} under {@code
 * /vendor/} and the harness pages ({@code src/test/resources/banner-harness}) under {@code
 * /harness/}, which load the site's configs as a website would.
 */
public final class BannerHarness {
  public static final Path NODE_MODULES = Path.of("node_modules");
  static final Path PAGES = Path.of("src/test/resources/banner-harness");

  private BannerHarness() {}

  /**
   * Serves {@code site} with the libraries and harness pages; no CSP, so only the output itself is
   * tested.
   */
  public static StaticServer serve(Path site) {
    if (!NODE_MODULES.resolve("vanilla-cookieconsent/package.json").toFile().exists()) {
      throw new AssertionError("the banner libraries are missing: run 'npm ci' (as .ci/run does)");
    }
    return StaticServer.builder(site)
        .mount("/vendor/", NODE_MODULES)
        .mount("/harness/", PAGES)
        .csp(null)
        .start();
  }

  /** Opens a harness page and waits until it has run the library with the site's config. */
  public static void open(Browser browser, StaticServer server, String page) {
    browser.open(server.uri("/harness/" + page));
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(
            d ->
                Boolean.TRUE.equals(
                    browser.js("return window.harnessReady === true || !!window.harnessError;")));
    Object error = browser.js("return window.harnessError || null;");
    if (error != null) throw new AssertionError("the harness failed: " + error);
  }
}
