package dev.cookiereg.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cookiereg.RegistryLoader;
import dev.cookiereg.cli.Cli;
import dev.cookiereg.cli.ExitCodes;
import dev.cookiereg.model.Registry;
import dev.cookiereg.prose.Outline;
import dev.cookiereg.render.RenderContext;
import dev.cookiereg.render.SiteBuilder;
import dev.cookiereg.render.html.Markdown;
import dev.cookiereg.render.html.PageIds;
import dev.cookiereg.site.SiteFile;
import dev.cookiereg.testing.SeedProject;
import dev.cookiereg.write.SiteWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hardening findings 8 and 10. An image in registry prose or in the policy history would make the
 * page fetch a third-party pixel before consent: it is a located error, the renderer never writes
 * one, and the pages carry a Content-Security-Policy. An id an editor chooses must not be one the
 * page gives an element itself.
 */
class TrackingPixelAndIdTest {
  static final Path SEED = Path.of("cookies.yaml");
  static final Path SEED_CHANGELOG = Path.of("CHANGELOG.md");
  static final String PIXEL = "https://tracker.example/p.gif";
  static final String CSP = "default-src 'self'; base-uri 'none'; form-action 'none'";

  /** A text of the seed to put a payload in: a cookie's purpose (the theme cookie). */
  static final String PURPOSE = "Stores your light or dark mode selection";

  @TempDir Path dir;

  /**
   * The seed registry (its English: its translation file stays behind), edited, with the seed's
   * CHANGELOG.md beside it and a site written before.
   */
  private Path seed(UnaryOperator<String> edit) throws IOException {
    String yaml = SeedProject.withoutLanguages(Files.readString(SEED, StandardCharsets.UTF_8));
    String edited = edit.apply(yaml);
    assertThat(edited).as("the edit changed the seed").isNotEqualTo(yaml);
    Path registry = dir.resolve("cookies.yaml");
    Files.writeString(registry, edited, StandardCharsets.UTF_8);
    Files.copy(SEED_CHANGELOG, dir.resolve("CHANGELOG.md"));
    Path site = Files.createDirectories(dir.resolve("site"));
    Files.writeString(site.resolve("index.html"), "previous site");
    Files.writeString(
        site.resolve(SiteWriter.MARKER), "{}"); // a site written before, which a build may replace
    return registry;
  }

  /** {@code file:line:column} of the first line holding {@code marker}, at the line's first key. */
  private static String locationOf(Path file, String marker) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(marker)) {
        String line = lines.get(i);
        int column =
            line.indexOf(line.strip().startsWith("- ") ? line.strip().substring(2) : line.strip())
                + 1;
        return file + ":" + (i + 1) + ":" + column;
      }
    }
    throw new AssertionError(marker + " is not in " + file);
  }

  private static void assertPreviousSiteIsUntouched(Path registry) {
    assertThat(registry.resolveSibling("site").resolve("index.html")).hasContent("previous site");
  }

  // Finding 8: images in registry prose

  static Stream<Arguments> imagesInProse() {
    String theme = "purpose: " + PURPOSE;
    String optOut = "from Google at {link:optOut.url}.";
    return Stream.of(
        Arguments.of("an inline image", theme, theme + " ![px](" + PIXEL + ")", PURPOSE, PIXEL),
        Arguments.of(
            "an image in angle brackets", theme, theme + " ![px](<" + PIXEL + ">)", PURPOSE, PIXEL),
        Arguments.of(
            "a protocol-relative image",
            theme,
            theme + " ![px](//tracker.example/p.gif)",
            PURPOSE,
            "//tracker.example/p.gif"),
        Arguments.of(
            "an image inside a link",
            theme,
            theme + " [![px](" + PIXEL + ")](https://aktok.com)",
            PURPOSE,
            PIXEL),
        Arguments.of(
            "a reference-style image",
            theme,
            "purpose: \"" + PURPOSE + " ![px][t]\\n\\n[t]: " + PIXEL + "\"",
            PURPOSE,
            PIXEL),
        Arguments.of(
            "a collapsed reference image",
            theme,
            "purpose: \"" + PURPOSE + " ![t][]\\n\\n[t]: " + PIXEL + "\"",
            PURPOSE,
            PIXEL),
        Arguments.of(
            "an image whose source is a link placeholder",
            optOut,
            optOut.replace("{", "!{"),
            "!{link:optOut.url}",
            "https://adssettings.google.com"),
        Arguments.of(
            "an image of a site path",
            theme,
            theme + " ![logo](assets/logo.png)",
            PURPOSE,
            "assets/logo.png"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("imagesInProse")
  void anImageInRegistryProseIsALocatedErrorAndTheBuildLeavesThePreviousSite(
      String name, String text, String withImage, String marker, String source) throws Exception {
    Path registry = seed(yaml -> yaml.replace(text, withImage));
    String located = locationOf(registry, marker) + ": error: image '" + source + "'";

    Cli check = Cli.run("check", registry.toString());
    Cli build = Cli.run("build", registry.toString());

    assertThat(check.exitCode()).as(check.out()).isEqualTo(ExitCodes.INVALID);
    assertThat(check.out()).contains(located);
    assertThat(build.exitCode()).as(build.err()).isEqualTo(ExitCodes.INVALID);
    assertThat(build.err()).contains(located).doesNotContain("Exception");
    assertThat(build.err().lines()).allMatch(l -> l.startsWith(registry + ":"));
    assertPreviousSiteIsUntouched(registry);
  }

  @Test
  void aRemoteImageInProseIsCalledATrackerLoadedBeforeConsent() throws Exception {
    Path registry = seed(yaml -> yaml.replace(PURPOSE, PURPOSE + " ![px](" + PIXEL + ")"));

    assertThat(Cli.run("check", registry.toString()).out())
        .contains(
            "error: image '" + PIXEL + "' would be " + "loaded from another site before consent");
  }

  @Test
  void rawHtmlImagesAreNotImagesTheyAreShownAsText() throws Exception {
    Path registry = seed(yaml -> yaml.replace(PURPOSE, PURPOSE + " <img src=\"" + PIXEL + "\">"));
    Path site = dir.resolve("site");

    Cli build = Cli.run("build", registry.toString());

    assertThat(build.exitCode()).as(build.err()).isZero();
    Document page = Jsoup.parse(site.resolve("index.html").toFile());
    assertThat(page.select("img")).isEmpty();
    assertThat(page.getElementById("cookie-theme").text()).contains("<img src=\"" + PIXEL + "\">");
  }

  // Finding 8: images in the policy history

  static Stream<Arguments> imagesInTheChangelog() {
    String para = "Effective 2026-04-03. The first published version of the Cookie Policy.";
    String item =
        "- Initial publication of the Cookie Policy: essential, functional, analytics and marketing cookies, "
            + "local storage,\n  web push notifications and email tracking pixels.";
    return Stream.of(
        Arguments.of(
            "an inline pixel in a paragraph", para, para + " ![px](" + PIXEL + ")", "![px]"),
        Arguments.of(
            "a reference-style pixel on a list item's second line",
            item,
            item.replace("email tracking pixels.", "email tracking pixels ![px][t].")
                + "\n\n[t]: "
                + PIXEL,
            "![px][t]"),
        Arguments.of(
            "a pixel inside a link",
            para,
            "[![px](" + PIXEL + ")](https://aktok.com)\n\n" + para,
            "![px]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("imagesInTheChangelog")
  void aRemotePixelInTheChangelogIsALocatedErrorFromCheckAndBuild(
      String name, String text, String withPixel, String at) throws Exception {
    Path registry = seed(yaml -> yaml + "\n");
    Path changelog = dir.resolve("CHANGELOG.md");
    String history = Files.readString(changelog, StandardCharsets.UTF_8);
    assertThat(history).contains(text);
    Files.writeString(changelog, history.replace(text, withPixel), StandardCharsets.UTF_8);
    List<String> lines = Files.readAllLines(changelog);
    int line = 0;
    while (!lines.get(line).contains(at)) line++;
    String located =
        changelog
            + ":"
            + (line + 1)
            + ":"
            + (lines.get(line).indexOf(at) + 1)
            + ": error: image '"
            + PIXEL
            + "' would be loaded from another site before consent";

    Cli check = Cli.run("check", registry.toString());
    Cli build = Cli.run("build", registry.toString());

    assertThat(check.exitCode()).as(check.out()).isEqualTo(ExitCodes.INVALID);
    assertThat(check.out()).contains(located);
    assertThat(build.exitCode()).as(build.err()).isEqualTo(ExitCodes.INVALID);
    assertThat(build.err()).startsWith(located).doesNotContain("Exception");
    assertPreviousSiteIsUntouched(registry);
  }

  // Finding 8: defence in depth

  @Test
  void markdownNeverWritesAnImageEvenWhenTheLintIsBypassed() {
    List<String> images =
        List.of(
            "![px](" + PIXEL + ")",
            "![px](<" + PIXEL + ">)",
            "![px](//tracker.example/p.gif)",
            "![px][t]\n\n[t]: " + PIXEL,
            "[![px](" + PIXEL + ")](https://aktok.com)",
            "![px](assets/logo.png)",
            "<img src=\"" + PIXEL + "\">",
            "![px](versions/1.0.0/index.html)");
    for (Markdown md : List.of(Markdown.INSTANCE, Markdown.HISTORY)) {
      for (String image : images) {
        for (String html : List.of(md.html("Text " + image), md.inlineHtml("Text " + image))) {
          Document doc = Jsoup.parseBodyFragment(html);
          assertThat(doc.select("img")).as("%s gives %s", image, html).isEmpty();
          assertThat(html).as(image).doesNotContain("<img");
        }
      }
    }
    assertThat(Markdown.INSTANCE.inlineHtml("A ![*tracking* pixel](" + PIXEL + ") here"))
        .isEqualTo("A tracking pixel here");
  }

  @Test
  void theBuiltPagesHoldTheCspMetaAndNoImageEvenWhenTheLintIsBypassed() throws Exception {
    Path registry = seed(yaml -> yaml.replace(PURPOSE, PURPOSE + " ![px](" + PIXEL + ")"));
    Files.writeString(
        registry.resolveSibling("CHANGELOG.md"), "# History\n\n![px](" + PIXEL + ")\n");
    RegistryLoader loader = new RegistryLoader();
    // loaded as an earlier release is, where lint findings are only warnings: the renderers get the
    // image
    var loaded = loader.loadForComparison(registry);
    assertThat(loaded.warnings()).anyMatch(d -> d.rule().equals("image-in-prose"));
    Registry model = loaded.registry();
    RenderContext context =
        RenderContext.of(
            model,
            Path.of("templates"),
            Files.readString(registry.resolveSibling("CHANGELOG.md")),
            loader.schema().schemaJson(),
            null);
    List<SiteFile> files = new ArrayList<>();
    new SiteBuilder().prepare(Path.of("templates")).render(context, files::add);

    for (SiteFile f : files) {
      String text = new String(f.content(), StandardCharsets.UTF_8);
      assertThat(text).as(f.path()).doesNotContain("<img").doesNotContain("&lt;img");
      if (f.path().endsWith(".html")) {
        Document page = Jsoup.parse(text);
        assertThat(page.select("img")).as(f.path()).isEmpty();
        // a fragment (embed/) goes inside another site's page, whose own head carries the policy
        if (!f.path().startsWith("embed/")) assertCspMeta(page, f.path());
      }
    }
    String policy =
        files.stream()
            .filter(f -> f.path().equals("index.html"))
            .findFirst()
            .map(f -> new String(f.content(), StandardCharsets.UTF_8))
            .orElseThrow();
    assertThat(Jsoup.parse(policy).getElementById("cookie-theme").text()).contains(PURPOSE + " px");
  }

  @Test
  void thePublishedPagesCarryTheCspMetaBeforeAnythingTheyLoad() throws Exception {
    Path registry = seed(yaml -> yaml + "\n");

    Cli build = Cli.run("build", registry.toString());

    assertThat(build.exitCode()).as(build.err()).isZero();
    for (String page : List.of("index.html", "history.html")) {
      assertCspMeta(Jsoup.parse(dir.resolve("site").resolve(page).toFile()), page);
    }
  }

  private static void assertCspMeta(Document page, String name) {
    List<Element> metas =
        page.select("meta[http-equiv]").stream()
            .filter(m -> m.attr("http-equiv").equalsIgnoreCase("Content-Security-Policy"))
            .toList();
    assertThat(metas).as("CSP metas in %s", name).hasSize(1);
    Element meta = metas.get(0);
    assertThat(meta.attr("content")).isEqualTo(CSP);
    assertThat(meta.parent()).isEqualTo(page.head());
    Element stylesheet = page.head().selectFirst("link[rel=stylesheet]");
    assertThat(meta.elementSiblingIndex())
        .as("the CSP comes before the stylesheet in %s", name)
        .isLessThan(stylesheet.elementSiblingIndex());
  }

  // Finding 10: ids the page uses itself

  /** Every literal {@code id="…"} in the page templates. */
  static Set<String> templateIds() throws IOException {
    Set<String> ids = new TreeSet<>();
    Pattern id = Pattern.compile("\\bid=\"([^\"$]+)\"");
    try (Stream<Path> files = Files.list(Path.of("templates"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".ftlh")).toList()) {
        Matcher m = id.matcher(Files.readString(f));
        while (m.find()) ids.add(m.group(1));
      }
    }
    return ids;
  }

  static Stream<String> idsThePageUsesItself() throws IOException {
    Set<String> ids = templateIds();
    assertThat(ids).contains("content", "cookie-settings", "toc-heading", "policy-changed");
    ids.add("toc"); // its heading would be toc-heading
    return ids.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("idsThePageUsesItself")
  void aSectionIdThePageUsesItselfIsRefused(String id) throws Exception {
    Path registry = seed(yaml -> yaml.replace("  - id: do-not-track\n", "  - id: " + id + "\n"));

    Cli check = Cli.run("check", registry.toString());

    assertThat(check.exitCode()).as(check.out()).isEqualTo(ExitCodes.INVALID);
    assertThat(check.out())
        .contains(locationOf(registry, "  - id: " + id) + ": error: id '" + id + "'")
        .contains("used by the page itself");
  }

  @Test
  void anIdThatIsASectionsHeadingIsRefused() throws Exception {
    Path registry =
        seed(yaml -> yaml.replace("  - id: do-not-track\n", "  - id: what-are-cookies-heading\n"));

    Cli check = Cli.run("check", registry.toString());

    assertThat(check.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(check.out())
        .contains(
            locationOf(registry, "- id: what-are-cookies-heading")
                + ": error: id 'what-are-cookies-heading' is already used by the heading of 'what-are-cookies' (line ");
  }

  @Test
  void anIdThatIsACookiesRowIsRefused() throws Exception {
    Path registry = seed(yaml -> yaml.replace("  - id: do-not-track\n", "  - id: cookie-theme\n"));

    Cli check = Cli.run("check", registry.toString());

    assertThat(check.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(check.out())
        .contains(
            locationOf(registry, "- id: cookie-theme")
                + ": error: id 'cookie-theme' is already used by the row of cookie 'theme' (line ");
  }

  @Test
  void aCookieWhoseRowWouldBeTheCookieSettingsButtonIsRefused() throws Exception {
    Path registry = seed(yaml -> yaml.replace("  - id: theme\n", "  - id: settings\n"));

    Cli check = Cli.run("check", registry.toString());

    assertThat(check.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(check.out())
        .contains(
            locationOf(registry, "- id: settings")
                + ": error: cookie 'settings' gives its "
                + "row the id 'cookie-settings', which is already used by the page itself");
  }

  @Test
  void aProviderWhoseThirdPartyRowIsASectionIdIsRefused() throws Exception {
    Path registry =
        seed(
            yaml ->
                yaml.replace("  - id: clarity\n", "  - id: cookies\n")
                    .replace("provider: clarity\n", "provider: cookies\n"));

    Cli check = Cli.run("check", registry.toString());

    assertThat(check.exitCode()).as(check.out()).isEqualTo(ExitCodes.INVALID);
    assertThat(check.out())
        .contains(
            locationOf(registry, "- id: third-party-cookies")
                + ": error: id 'third-party-cookies' is already used by the third-party row of provider 'cookies' (line ");
  }

  @Test
  void aThirdPartyRowsIdIsFreeWhileNoClauseShowsTheThirdPartyTable() throws Exception {
    Path registry =
        seed(
            yaml ->
                yaml.replace("  - id: clarity\n", "  - id: cookies\n")
                    .replace("provider: clarity\n", "provider: cookies\n")
                    .replace("        table: third-parties\n", ""));

    Cli check = Cli.run("check", registry.toString());

    // The seed's only warnings: its seven cookies named only by role (unmatchable-cookie), and the
    // eleven the compliance rules find (CheckCommandTest holds them).
    assertThat(
            check
                .out()
                .lines()
                .filter(l -> !l.contains("' is named only by its label '"))
                .filter(l -> !dev.cookiereg.testing.ComplianceFindings.cited(l)))
        .containsExactly(registry + ": valid, 0 errors, 18 warnings");
    assertThat(check.exitCode()).isEqualTo(ExitCodes.OK);
  }

  @Test
  void aSecondThirdPartyTableIsRefusedBecauseItsRowsWouldRepeatTheirIds() throws Exception {
    Path registry =
        seed(
            yaml ->
                yaml.replace(
                    "  - id: do-not-track\n    title: Do Not Track\n    content:\n",
                    "  - id: do-not-track\n    title: Do Not Track\n    content:\n      - clause: Again.\n"
                        + "        table: third-parties\n"));

    Cli check = Cli.run("check", registry.toString());

    assertThat(check.exitCode()).as(check.out()).isEqualTo(ExitCodes.INVALID);
    assertThat(check.out())
        .contains(
            locationOf(registry, "- clause: Again.")
                + ": error: a third-party table is already placed at line ");
  }

  @Test
  void theSeedPagesHaveUniqueIdsEachOneTheLintKnows() throws Exception {
    Path registry = seed(yaml -> yaml + "\n");
    assertThat(Cli.run("build", registry.toString()).exitCode()).isZero();
    Registry model = new RegistryLoader().load(registry).registry();

    // the ids the duplicate-id rule knows the page gives elements: the templates' own, then those
    // derived
    Set<String> known = new HashSet<>(PageIds.TEMPLATE.keySet());
    for (String anchor : Outline.of(model).numbers().keySet()) {
      known.add(anchor);
      known.add(PageIds.heading(anchor));
    }
    model.cookies().forEach(c -> known.add(PageIds.cookieRow(c.id())));
    model.providers().forEach(p -> known.add(PageIds.thirdPartyRow(p.id())));
    for (String page : List.of("index.html", "history.html")) {
      List<String> ids =
          Jsoup.parse(dir.resolve("site").resolve(page).toFile()).select("[id]").eachAttr("id");
      assertThat(ids).as("ids of %s", page).isNotEmpty().doesNotHaveDuplicates();
      assertThat(known).as("ids of %s", page).containsAll(ids);
    }
  }

  @Test
  void everyIdATemplateWritesIsOneTheLintKnows() throws IOException {
    assertThat(PageIds.TEMPLATE.keySet())
        .as("the ids the templates write themselves")
        .containsExactlyInAnyOrderElementsOf(templateIds());
    // the others are registry ids as written, or derived by PageIds (headingId, a cookie's or third
    // party's anchor)
    Set<String> derived = new TreeSet<>();
    Pattern id = Pattern.compile("\\bid=\"([^\"]*\\$[^\"]*)\"");
    try (Stream<Path> files = Files.list(Path.of("templates"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".ftlh")).toList()) {
        Matcher m = id.matcher(Files.readString(f));
        while (m.find()) derived.add(m.group(1));
      }
    }
    assertThat(derived)
        .containsExactlyInAnyOrder("${s.id}", "${s.headingId}", "${c.id}", "${row.anchor}");
  }
}
