package dev.cookiereg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cookiereg.testing.Browser;
import dev.cookiereg.testing.ScratchProject;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The preview as an editor uses it, in headless Chromium: the open page follows each save by
 * itself; a broken registry leaves the page under an overlay with check's lines until it is fixed;
 * the bar says "material" once a cookie is added; and the real banner runs under the site's policy.
 */
class ServeBrowserTest {
  @TempDir static Path tmp;
  static ScratchProject project;
  static String original;
  static PreviewServer server;
  static Browser browser;
  static final StringWriter log = new StringWriter();

  @BeforeAll
  static void start() throws IOException {
    Browser.requireAvailable();
    project = ScratchProject.released(tmp.resolve("project"));
    original = Files.readString(project.registry());
    server =
        PreviewServer.start(
            PreviewTest.preview(project),
            new PreviewServer.Options(InetAddress.getLoopbackAddress(), 0, null),
            new PrintWriter(log, true),
            new PrintWriter(log, true));
    browser = new Browser();
  }

  @AfterAll
  static void stop() {
    if (browser != null) browser.close();
    if (server != null) server.close();
  }

  /** Each test starts from the released registry, rendered. */
  @AfterEach
  void restore() throws Exception {
    if (Files.readString(project.registry()).equals(original)) return;
    long generation = server.snapshot().generation();
    Files.writeString(project.registry(), original);
    long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (server.snapshot().generation() == generation && System.nanoTime() < end) {
      Thread.sleep(10);
    }
  }

  private static void openPreview(String path) {
    browser.open(server.uri().resolve(path));
  }

  private static void await(String what, String script) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10), Duration.ofMillis(20))
        .withMessage(() -> what + "; the preview's log:\n" + log)
        .until(d -> Boolean.TRUE.equals(browser.js(script)));
  }

  private static String text(String selector) {
    return (String)
        browser.js(
            "var e = document.querySelector(arguments[0]); return e ? e.textContent : null;",
            selector);
  }

  @Test
  void theOpenPageShowsAnEditByItself() throws IOException {
    openPreview("index.html");
    assertThat(text("main")).contains("Identifies your active session");

    project.edit("Identifies your active session", "Identifies your live session");

    await(
        "the page shows the edit",
        "return document.querySelector('main').textContent.includes('Identifies your live session');");
  }

  @Test
  void aBrokenRegistryLeavesThePageUnderAnOverlayNamingTheLineUntilFixed() throws IOException {
    openPreview("index.html");
    project.edit(
        "    purpose: Identifies your active session",
        "   purpose: Identifies your active session");

    await("the overlay", "return !!document.getElementById('cookiereg-preview-overlay');");

    @SuppressWarnings("unchecked")
    List<String> lines =
        (List<String>)
            browser.js(
                "return [...document.querySelectorAll('#cookiereg-preview-overlay li')]"
                    + ".map(li => li.textContent);");
    assertThat(lines).isEqualTo(PreviewTest.checkLines(project));
    assertThat(lines.get(0))
        .matches(
            java.util.regex.Pattern.quote(project.registry().toString()) + ":\\d+:\\d+: error: .*");
    assertThat(text("main"))
        .as("the last page that rendered")
        .contains("Identifies your active session");

    Files.writeString(project.registry(), original);

    await("the overlay gone", "return !document.getElementById('cookiereg-preview-overlay');");
    assertThat(text("main")).contains("Identifies your active session");
  }

  @Test
  void theBarSaysMaterialOnceACookieIsAdded() throws IOException {
    openPreview("index.html");
    assertThat(text("#cookiereg-preview")).contains("No changes since release 1.0.0");

    project.edit("cookies:\n", PreviewTest.NEW_COOKIE);

    await("a material verdict", "return !!document.querySelector('[data-verdict=material]');");
    assertThat(text("#cookiereg-preview"))
        .contains("Material")
        .contains("release 1.0.0")
        .contains("as 2.0.0")
        .contains("The cookie “_preview_new” was added to Analytics Cookies.")
        .contains(
            "Visitors will be asked for consent again: the banner’s revision goes from 1 to 2.");
  }

  @Test
  void theRealBannerRunsUnderTheSitesContentSecurityPolicy() {
    for (String page : List.of("index.html", "history.html", "versions/1.0.0/index.html")) {
      openPreview(page);
      await(
          page + ": the banner ran",
          "return document.documentElement.dataset.previewBanner === 'ready';");
      assertThat(browser.js("return document.documentElement.classList.contains('show--consent');"))
          .as(page + ": the consent dialog is shown")
          .isEqualTo(true);
      assertThat(text("#cc-main .cm [data-role=necessary]")).as(page).contains("Reject all");
      assertThat(browser.js("return CookieConsent.getConfig('revision');")).as(page).isEqualTo(1L);
      assertThat(browser.cspViolations()).as(page).isEmpty();
    }
  }
}
