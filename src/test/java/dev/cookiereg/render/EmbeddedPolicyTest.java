package dev.cookiereg.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cookiereg.cli.ExitCodes;
import dev.cookiereg.testing.HtmlChecker;
import dev.cookiereg.testing.InlineCodeScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The policy and its history as fragments for another site's page ({@code embed/policy.html},
 * {@code embed/history.html}): the page's content in one {@code .cookie-policy} container, valid
 * inside a host document, with links that leave the fragment resolved so that they work from
 * wherever it is pasted.
 */
class EmbeddedPolicyTest {
  private static final List<String> FRAGMENTS = List.of("embed/policy.html", "embed/history.html");

  /** What a fragment must never hold: it goes inside a page that already has all of these. */
  private static final List<String> PAGE_ELEMENTS =
      List.of("<!doctype", "<html", "<head", "<body", "<header", "<main", "<footer", "<meta");

  /**
   * The committed site, which {@code BuildGuaranteesTest} holds to what a build writes: its archive
   * makes the page show the change notice, which links the history.
   */
  private static final Path site = Path.of("site");

  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"embed/policy.html", "embed/history.html"})
  void aFragmentIsOneCookiePolicyContainerWithoutThePagesFrame(String fragment) {
    String html = BuiltSite.read(site.resolve(fragment));
    for (String tag : PAGE_ELEMENTS) {
      assertThat(html.toLowerCase(java.util.Locale.ROOT)).as(fragment).doesNotContain(tag);
    }
    Document doc = Jsoup.parseBodyFragment(html);
    assertThat(doc.body().children()).hasSize(1);
    Element container = doc.body().child(0);
    assertThat(container.tagName()).isEqualTo("div");
    assertThat(container.classNames()).containsExactly("cookie-policy");
    assertThat(container.attr("lang")).isEqualTo("en");
    assertThat(html.strip()).startsWith("<div class=\"cookie-policy\"").endsWith("</div>");
  }

  @ParameterizedTest
  @ValueSource(strings = {"embed/policy.html", "embed/history.html"})
  void aFragmentIsValidHtmlInsideAMinimalHostDocument(String fragment) {
    String host =
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Host</title>\n"
            + "</head>\n<body>\n<main>\n"
            + BuiltSite.read(site.resolve(fragment))
            + "</main>\n</body>\n</html>\n";
    assertThat(HtmlChecker.get().errors(host))
        .as("Nu Html Checker errors in " + fragment)
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"embed/policy.html", "embed/history.html"})
  void aFragmentHasNoInlineScriptOrStyle(String fragment) {
    assertThat(InlineCodeScanner.scan(site.resolve(fragment)))
        .as("inline code in " + fragment)
        .isEmpty();
    assertThat(Jsoup.parseBodyFragment(BuiltSite.read(site.resolve(fragment))).select("[style]"))
        .isEmpty();
  }

  @Test
  void thePolicyFragmentHoldsThePagesHeadingContentsAndSectionsAsTheyAre() {
    Document page = Jsoup.parse(BuiltSite.read(site.resolve("index.html")));
    Element fragment = container("embed/policy.html");
    // the same but for the links out of the fragment, which are written from embed/
    String published = "https://aktok.com/legal/cookies/";
    assertThat(
            Jsoup.parse(BuiltSite.read(site.resolve("index.html"))).select("link[rel=canonical]"))
        .extracting(e -> e.attr("href"))
        .containsExactly(published);
    for (Element a : fragment.select("a[href^=" + published + "]")) {
      String rest = a.attr("href").substring(published.length());
      a.attr("href", rest.isEmpty() ? "index.html" : rest);
    }

    assertThat(fragment.selectFirst(".page-header").html())
        .isEqualTo(page.selectFirst("header.page-header > .wrap").html());
    assertThat(fragment.selectFirst("nav.toc").outerHtml())
        .isEqualTo(page.selectFirst("nav.toc").outerHtml());
    assertThat(fragment.selectFirst(".layout > .policy").html())
        .isEqualTo(page.selectFirst("main#content.policy").html());
    assertThat(fragment.selectFirst("#policy-changed")).isNotNull(); // the change notice too
  }

  @Test
  void everyCookieOfTheManifestHasItsRowAndEverySectionItsAnchorInThePolicyFragment()
      throws IOException {
    JsonNode manifest = new ObjectMapper().readTree(site.resolve("manifest.json").toFile());
    Element fragment = container("embed/policy.html");
    List<String> names = new ArrayList<>();
    for (Element row : fragment.select("table.cookies tbody tr")) {
      names.add(row.selectFirst("th").text());
    }
    assertThat(manifest.get("cookies")).isNotEmpty();
    for (JsonNode cookie : manifest.get("cookies")) {
      assertThat(names).contains(cookie.get("displayName").asText());
    }
    for (Element link : fragment.select("nav.toc a")) {
      assertThat(fragment.getElementById(link.attr("href").substring(1)))
          .as(link.attr("href"))
          .isNotNull();
    }
    assertThat(fragment.getElementById("analytics")).isNotNull();
  }

  @Test
  void theHistoryFragmentHoldsThePagesHistory() {
    Document page = Jsoup.parse(BuiltSite.read(site.resolve("history.html")));
    Element fragment = container("embed/history.html");

    assertThat(fragment.selectFirst(".history").text())
        .isEqualTo(page.selectFirst("main#content.history").text());
    assertThat(fragment.select(".history h2").eachText())
        .isEqualTo(page.select("main h2").eachText())
        .contains("2.1.0 - 2026-11-30 [notable]");
  }

  @Test
  void withoutAPolicyUrlTheFragmentsLinkTheSiteFromTheirOwnPlaceInIt() throws IOException {
    // (without its banner library the registry loses the consent cookie 2.0.0 added, so the policy
    // fragment has no change notice and no link to the history: the history fragment has them all)
    Path out = buildWithPolicyUrl(null, "n");
    assertThat(hrefs(out, "embed/history.html"))
        .contains(
            "../index.html",
            "../versions/1.0.0/index.html",
            "../versions/2.0.0/index.html",
            "../versions/2.1.0/index.html");
    for (String fragment : FRAGMENTS) {
      for (String href : hrefs(out, fragment)) {
        if (href.startsWith("https:") || href.startsWith("mailto:")) continue;
        if (href.startsWith("#")) {
          assertThat(container(fragment).getElementById(href.substring(1))).as(href).isNotNull();
        } else {
          assertThat(out.resolve(fragment).getParent().resolve(href).normalize())
              .as("%s in %s", href, fragment)
              .isRegularFile();
        }
      }
    }
  }

  @Test
  void withAPolicyUrlTheFragmentsLinkTheSiteAbsolutelyAndAnchorsStayInPage() throws IOException {
    Path out = buildWithPolicyUrl("https://aktok.example/legal/cookies/", "a");

    assertThat(hrefs(out, "embed/policy.html"))
        .contains("https://aktok.example/legal/cookies/history.html", "#analytics")
        .noneMatch(h -> h.startsWith("../") || h.equals("history.html"));
    assertThat(hrefs(out, "embed/history.html"))
        .contains(
            "https://aktok.example/legal/cookies/",
            "https://aktok.example/legal/cookies/versions/2.1.0/index.html")
        .noneMatch(h -> h.startsWith("../") || h.startsWith("versions/"));
    // the site's own pages keep their relative links
    assertThat(hrefs(out, "index.html")).contains("history.html");
  }

  @Test
  void aPolicyUrlIsResolvedAsTheBrowserResolvesThePublishedPagesOwnLinks() throws IOException {
    // no trailing slash: the last segment is the page, as a browser on that page would read it
    assertThat(
            hrefs(
                buildWithPolicyUrl("https://aktok.example/legal/cookie-policy", "b"),
                "embed/policy.html"))
        .contains("https://aktok.example/legal/history.html");
    // a bare host: its root, never "https://aktok.examplehistory.html"
    assertThat(hrefs(buildWithPolicyUrl("https://aktok.example", "c"), "embed/policy.html"))
        .contains("https://aktok.example/history.html");
  }

  @Test
  void twoBuildsWithAPolicyUrlWriteTheSameFragments() throws IOException {
    Path a = buildWithPolicyUrl("https://aktok.example/cookies/", "d");
    Path b = buildWithPolicyUrl("https://aktok.example/cookies/", "e");
    for (String f : List.of("embed/policy.html", "embed/history.html", "assets/policy-embed.css")) {
      assertThat(a.resolve(f)).hasSameBinaryContentAs(b.resolve(f));
    }
  }

  @Test
  void aTemplatesFolderWithItsOwnStylesheetGetsAScopedCopyOfIt() throws IOException {
    Path templates = templates("own");
    Files.writeString(
        templates.resolve("assets/policy.css"), "body { color: #123456 }\nh2 { margin: 0 }\n");

    Path out = buildWith(templates, "own-site");

    assertThat(BuiltSite.read(out.resolve("assets/policy-embed.css")))
        .contains(".cookie-policy { color:#123456; }")
        .contains(".cookie-policy h2 { margin:0; }")
        .doesNotContain("--accent");
  }

  @Test
  void aTemplatesFolderWithItsOwnEmbedStylesheetHasItCopiedAsItIs() throws IOException {
    Path templates = templates("hand");
    String own = ".cookie-policy { color: #654321 }\n";
    Files.writeString(templates.resolve("assets/policy-embed.css"), own);

    Path out = buildWith(templates, "hand-site");

    assertThat(out.resolve("assets/policy-embed.css")).hasContent(own);
  }

  @Test
  void aTemplatesFolderWithoutPolicyCssHasNoEmbedStylesheet() throws IOException {
    Path templates = templates("none");
    Files.delete(templates.resolve("assets/policy.css"));
    Files.writeString(templates.resolve("assets/site.css"), "p { margin: 0 }\n");

    Path out = buildWith(templates, "none-site");

    assertThat(out.resolve("assets/policy-embed.css")).doesNotExist();
    assertThat(out.resolve("embed/policy.html")).isRegularFile();
  }

  @Test
  void aStylesheetThatCannotBeScopedFailsTheBuildAtItsLineAndLeavesTheSite() throws IOException {
    Path templates = templates("keyframes");
    Path css = templates.resolve("assets/policy.css");
    Files.writeString(css, "a { color: red }\n@keyframes spin { to { opacity: 0 } }\n");

    BuiltSite.Result r =
        BuiltSite.run(
            "build",
            "cookies.yaml",
            "--out",
            tmp.resolve("keyframes-site").toString(),
            "--templates",
            templates.toString());

    assertThat(r.code()).isEqualTo(ExitCodes.INTERNAL);
    assertThat(r.err())
        .startsWith(css + ":2:1: error: @keyframes cannot be scoped under .cookie-policy")
        .doesNotContain("\tat ");
    assertThat(tmp.resolve("keyframes-site")).doesNotExist();
  }

  private static Element container(String fragment) {
    return Jsoup.parseBodyFragment(BuiltSite.read(site.resolve(fragment))).body().child(0);
  }

  private static List<String> hrefs(String fragment) {
    return hrefs(site, fragment);
  }

  private static List<String> hrefs(Path root, String file) {
    return Jsoup.parse(BuiltSite.read(root.resolve(file))).select("a[href]").eachAttr("href");
  }

  /**
   * The project's registry and history with {@code policy.url} set, built over a copy of the
   * committed site (whose archive makes the page link its history).
   */
  private Path buildWithPolicyUrl(String url, String name) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve(name));
    copyTree(site, dir.resolve("site"));
    String registry = Files.readString(Path.of("cookies.yaml"));
    assertThat(registry).containsPattern("(?m)^  url: https://");
    // without an address, the registry cannot name its banner library (policy-url-required)
    String edited =
        url == null
            ? registry.replaceFirst("(?m)^  url: .*\n", "").replaceFirst("(?m)^  library: .*\n", "")
            : registry.replaceFirst("(?m)^  url: .*$", "  url: " + url);
    Files.writeString(dir.resolve("cookies.yaml"), edited);
    Files.copy(Path.of("CHANGELOG.md"), dir.resolve("CHANGELOG.md"));
    BuiltSite.Result r =
        BuiltSite.run(
            "build",
            dir.resolve("cookies.yaml").toString(),
            "--out",
            dir.resolve("site").toString(),
            "--templates",
            Path.of("templates").toString());
    assertThat(r.code()).as(r.err()).isZero();
    return dir.resolve("site");
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (var walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(target);
        else Files.copy(p, target);
      }
    }
  }

  private Path templates(String name) throws IOException {
    Path dir = tmp.resolve(name);
    Files.createDirectories(dir.resolve("assets"));
    for (String f : List.of("layout.ftlh", "policy.ftlh", "history.ftlh", "assets/policy.css")) {
      Files.copy(Path.of("templates", f), dir.resolve(f));
    }
    return dir;
  }

  private Path buildWith(Path templates, String name) {
    return BuiltSite.build(tmp.resolve(name), "--templates", templates.toString());
  }
}
