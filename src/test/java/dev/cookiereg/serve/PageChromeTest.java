package dev.cookiereg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cookiereg.diff.Level;
import dev.cookiereg.model.Version;
import dev.cookiereg.site.SiteFile;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the preview adds to a page: its tags in the head, the bar and overlay at the top of the
 * body, registry text escaped, no inline script or style (the site's CSP must hold), and each page
 * runs the nearest banner config up its folders.
 */
class PageChromeTest {
  static final String PAGE =
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<title>Cookie Policy</title>\n</head>\n"
          + "<body>\n<main>The policy</main>\n</body>\n</html>\n";
  static final String HOSTILE = "<img src=x onerror=alert(1)> & \"quotes\"";

  static Snapshot snapshot(List<String> paths, Optional<Snapshot.Failure> failure) {
    Map<String, SiteFile> files = new LinkedHashMap<>();
    for (String p : paths) files.put(p, new SiteFile(p, new byte[] {1}));
    PendingRelease pending =
        new PendingRelease(
            Optional.of(new Version(2, 0, 0)),
            Level.MATERIAL,
            new Version(3, 0, 0),
            List.of(
                new PendingRelease.ChangeLine(
                    Level.MATERIAL, "The cookie “" + HOSTILE + "” was added.")),
            "You will be asked again.",
            List.of());
    return new Snapshot(7, files, Optional.of(pending), List.of(), failure, 12);
  }

  @Test
  void thePageGetsThePreviewsTagsInItsHeadAndTheBarAndOverlayAtTheTopOfItsBody() {
    Snapshot s =
        snapshot(
            List.of("index.html", "banner/cookieconsent.json"),
            Optional.of(new Snapshot.Failure(List.of("cookies.yaml:3:5: error: " + HOSTILE))));

    String html =
        new String(
            new PageChrome("cookies.yaml")
                .decorate("index.html", PAGE.getBytes(StandardCharsets.UTF_8), s, "run-7"),
            StandardCharsets.UTF_8);

    String head = html.substring(html.indexOf("<head>"), html.indexOf("</head>"));
    assertThat(head)
        .contains("<link rel=\"stylesheet\" href=\"/__preview/preview.css\">")
        .contains("<script src=\"/__preview/vendor/cookieconsent.umd.js\" defer></script>")
        .contains(
            "<script src=\"/__preview/preview.js\" defer data-generation=\"run-7\""
                + " data-banner=\"/banner/cookieconsent.json\"></script>");
    String body = html.substring(html.indexOf("<body>") + "<body>".length());
    assertThat(body.strip()).startsWith("<aside class=\"cookiereg-preview\"");
    assertThat(body.indexOf("id=\"cookiereg-preview-overlay\""))
        .isGreaterThan(0)
        .isLessThan(body.indexOf("<main>"));
    assertThat(html).endsWith("<main>The policy</main>\n</body>\n</html>\n");
    // registry text is text, and nothing inline that a strict CSP would block
    assertThat(html)
        .doesNotContain("<img")
        .contains("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;");
    Matcher scripts = Pattern.compile("<script\\b[^>]*>").matcher(html);
    while (scripts.find()) assertThat(scripts.group()).contains(" src=\"/__preview/");
    Matcher tags = Pattern.compile("<[a-zA-Z][^>]*>").matcher(html);
    while (tags.find()) {
      assertThat(tags.group()).doesNotContainPattern("(?i)^<style|\\sstyle=|\\son[a-z]+=");
    }
  }

  @Test
  void aPageWithoutABannerConfigGetsNoBanner() {
    String html =
        new String(
            new PageChrome("cookies.yaml")
                .decorate(
                    "index.html",
                    PAGE.getBytes(StandardCharsets.UTF_8),
                    snapshot(List.of("index.html"), Optional.empty()),
                    "t"),
            StandardCharsets.UTF_8);

    assertThat(html).doesNotContain("cookieconsent").doesNotContain("data-banner");
    assertThat(html).doesNotContain("cookiereg-preview-overlay");
  }

  @Test
  void eachPageRunsTheNearestBannerConfigUpItsFolders() {
    Snapshot s =
        snapshot(
            List.of(
                "banner/cookieconsent.json",
                "fr/banner/cookieconsent.json",
                "versions/2.0.0/banner/cookieconsent.json"),
            Optional.empty());

    assertThat(PageChrome.bannerConfig("index.html", s)).isEqualTo("/banner/cookieconsent.json");
    assertThat(PageChrome.bannerConfig("fr/index.html", s))
        .isEqualTo("/fr/banner/cookieconsent.json");
    assertThat(PageChrome.bannerConfig("versions/2.0.0/index.html", s))
        .isEqualTo("/versions/2.0.0/banner/cookieconsent.json");
    assertThat(PageChrome.bannerConfig("versions/1.0.0/index.html", s))
        .as("a release from before the banner configs: the site's")
        .isEqualTo("/banner/cookieconsent.json");
    assertThat(PageChrome.bannerConfig("index.html", snapshot(List.of(), Optional.empty())))
        .isNull();
  }
}
