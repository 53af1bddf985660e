package dev.cookiereg.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cookiereg.testing.SeedProject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rendered policy says exactly what the published policy (the seed) says, in the same order and
 * numbering.
 */
class PolicyPageFidelityTest {
  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final Pattern SPACE_AFTER_COLON = Pattern.compile(":\\s+");
  private static Document page;
  private static List<String> seed;

  @BeforeAll
  static void load() throws IOException {
    // the committed registry stated as the seed's version and dates (the seed is version 1.0.0)
    Path dir = BuiltSite.tempDir("cookiereg-seed-");
    Path registry = dir.resolve("cookies.yaml");
    SeedProject.write(registry, dir.resolve("CHANGELOG.md"));
    Path site = dir.resolve("site");
    BuiltSite.Result r = BuiltSite.run("build", registry.toString(), "--out", site.toString());
    assertThat(r.code()).as(r.err()).isZero();
    page = Jsoup.parse(BuiltSite.read(site.resolve("index.html")));
    try (InputStream in =
        PolicyPageFidelityTest.class.getResourceAsStream("/seed/cookie-policy-1.0.0.txt")) {
      seed =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .map(String::strip)
              .filter(l -> !l.isEmpty())
              .toList();
    }
  }

  /**
   * Collapses whitespace; "X:Y" equals "X: Y" (the seed's extraction dropped spaces after colons
   * before links).
   */
  static String normalise(String text) {
    String t = SPACE.matcher(text.replace('\u00a0', ' ')).replaceAll(" ").strip();
    return SPACE_AFTER_COLON.matcher(t).replaceAll(":");
  }

  /** The page's visible text, without the table of contents (which repeats the headings). */
  private static String visibleText() {
    Element body = page.body().clone();
    body.select("nav.toc, .skip-link").remove();
    return normalise(body.text());
  }

  @Test
  void everySeedSentenceAppearsInOrder() {
    String text = visibleText();
    List<String> missing = new ArrayList<>();
    int cursor = 0;
    for (String line : seed) {
      if (line.startsWith("|")) continue; // table rows: see everySeedTableRowAppearsInAPageRow
      String wanted = normalise(line.startsWith("- ") ? line.substring(2) : line);
      int at = text.indexOf(wanted, cursor);
      if (at < 0) {
        missing.add((text.contains(wanted) ? "out of order: " : "missing: ") + line);
      } else {
        cursor = at + wanted.length();
      }
    }
    assertThat(missing).as("seed sentences not found in order in index.html").isEmpty();
  }

  @Test
  void everySeedTableRowAppearsInAPageRow() {
    List<List<String>> pageRows = new ArrayList<>();
    for (Element tr : page.select("table tr")) {
      pageRows.add(
          tr.select("th, td").eachText().stream().map(PolicyPageFidelityTest::normalise).toList());
    }
    List<String> missing = new ArrayList<>();
    int cursor = 0;
    for (String line : seed) {
      if (!line.startsWith("|") || line.matches("\\|[-| ]+\\|")) continue;
      String inner = line.substring(1, line.length() - 1);
      List<String> cells =
          List.of(inner.split("\\|")).stream().map(PolicyPageFidelityTest::normalise).toList();
      int at = -1;
      for (int i = cursor; i < pageRows.size(); i++) {
        if (pageRows.get(i).equals(cells)) {
          at = i;
          break;
        }
      }
      if (at < 0) missing.add(line);
      else cursor = at + 1;
    }
    assertThat(missing).as("seed table rows without an equal page row, in order").isEmpty();
  }

  /**
   * Sentences and table rows together in the seed's order: a table stands between the same two
   * sentences as in the seed (2.4.3 follows the marketing table).
   */
  @Test
  void everySeedLineAndTableRowAppearsInTheSeedsOrder() {
    Element body = page.body().clone();
    body.select("nav.toc, .skip-link").remove();
    for (Element tr : body.select("tr")) {
      List<String> cells =
          tr.select("th, td").eachText().stream().map(PolicyPageFidelityTest::normalise).toList();
      tr.replaceWith(new TextNode(" " + row(cells) + " "));
    }
    String text = normalise(body.text());
    List<String> outOfOrder = new ArrayList<>();
    int cursor = 0;
    for (String line : seed) {
      if (line.matches("\\|[-| ]+\\|")) continue;
      String wanted =
          line.startsWith("|")
              ? row(
                  List.of(line.substring(1, line.length() - 1).split("\\|")).stream()
                      .map(PolicyPageFidelityTest::normalise)
                      .toList())
              : normalise(line.startsWith("- ") ? line.substring(2) : line);
      int at = text.indexOf(wanted, cursor);
      if (at < 0) outOfOrder.add(line);
      else cursor = at + wanted.length();
    }
    assertThat(outOfOrder).as("seed lines and rows not found in the seed's order").isEmpty();
  }

  private static String row(List<String> cells) {
    return "⟦" + String.join("¦", cells) + "⟧";
  }

  @Test
  void sectionsCategoriesTechnologiesAndCookiesHaveStableAnchors() {
    for (String id :
        List.of(
            "what-are-cookies",
            "analytics",
            "marketing",
            "web-push",
            "consent-mechanism",
            "opt-out-links",
            "contact",
            "cookie-_ga",
            "cookie-session-id",
            "cookie-ph_posthog")) {
      assertThat(page.getElementById(id)).as("#" + id).isNotNull();
    }
    assertThat(page.select("a[href^=#]").eachAttr("href"))
        .allSatisfy(
            href -> assertThat(page.getElementById(href.substring(1))).as(href).isNotNull());
  }

  @Test
  void crossReferencesLinkToTheirSection() {
    assertThat(page.select("#marketing a[href=#consent-mechanism]").text())
        .isEqualTo("Section 5.1");
    assertThat(page.select("#do-not-track a[href=#managing-preferences]").text())
        .isEqualTo("Section 5");
  }

  @Test
  void datesAreMachineReadableAndLanguageIsDeclared() {
    assertThat(page.select("time").eachAttr("datetime"))
        .containsExactly("2026-04-03", "2026-04-03");
    assertThat(page.select("time").eachText()).containsExactly("April 3, 2026", "April 3, 2026");
    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
  }

  @Test
  void everyTableScrollsInsideAFocusableLabelledRegion() {
    assertThat(page.select("table"))
        .isNotEmpty()
        .allSatisfy(
            t -> {
              Element wrap = t.parent();
              assertThat(wrap.hasClass("table-wrap")).isTrue();
              assertThat(wrap.attr("tabindex")).isEqualTo("0");
              assertThat(wrap.attr("role")).isEqualTo("region");
              assertThat(wrap.attr("aria-label")).isNotBlank();
            });
  }

  @Test
  void footerHasTheCookieSettingsControlTheBannerBindsTo() {
    Element button = page.getElementById("cookie-settings");
    assertThat(button).isNotNull();
    assertThat(button.tagName()).isEqualTo("button");
    assertThat(button.attr("type")).isEqualTo("button");
    assertThat(button.attr("data-cc")).isEqualTo("show-preferencesModal");
    assertThat(button.text()).isEqualTo("Cookie settings");
  }

  @Test
  void everyProvidersPrivacyPolicyAndOptOutAreLinksOnThePage() throws Exception {
    var registry =
        new dev.cookiereg.RegistryLoader().load(java.nio.file.Path.of("cookies.yaml")).registry();
    List<String> hrefs = page.select("a[href]").eachAttr("href");
    for (var p : registry.providers()) {
      if (p.privacyUrl() != null)
        assertThat(hrefs).as("privacy policy of %s", p.id()).contains(p.privacyUrl());
      if (p.optOut() != null)
        assertThat(hrefs).as("opt-out of %s", p.id()).contains(p.optOut().url());
    }
    assertThat(registry.providers().stream().filter(p -> p.optOut() != null))
        .as("the seed names opt-outs")
        .isNotEmpty();
  }

  @Test
  void externalLinksAreOnlyHttpsOrMailtoAndCarryNoRel() {
    assertThat(page.select("a[href]").eachAttr("href"))
        .allSatisfy(
            h -> assertThat(h).matches("(https://|mailto:|#|history\\.html|index\\.html).*"));
    assertThat(page.select("a[rel]")).isEmpty();
  }
}
