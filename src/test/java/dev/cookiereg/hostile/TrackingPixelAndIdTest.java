package dev.cookiereg.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cookiereg.RegistryLoader;
import dev.cookiereg.cli.Cli;
import dev.cookiereg.cli.ExitCodes;
import dev.cookiereg.model.Registry;
import dev.cookiereg.prose.Outline;
import dev.cookiereg.render.html.PageIds;
import dev.cookiereg.write.SiteWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Hardening finding 10: an id an editor chooses must not be one the page gives an element itself. */
class TrackingPixelAndIdTest {
  static final Path SEED = Path.of("cookies.yaml");
  static final Path SEED_CHANGELOG = Path.of("CHANGELOG.md");

  @TempDir Path dir;

  /** The seed registry, edited, with the seed's CHANGELOG.md beside it and a site written before. */
  private Path seed(UnaryOperator<String> edit) throws IOException {
    String yaml = Files.readString(SEED, StandardCharsets.UTF_8);
    String edited = edit.apply(yaml);
    assertThat(edited).as("the edit changed the seed").isNotEqualTo(yaml);
    Path registry = dir.resolve("cookies.yaml");
    Files.writeString(registry, edited, StandardCharsets.UTF_8);
    Files.copy(SEED_CHANGELOG, dir.resolve("CHANGELOG.md"));
    Path site = Files.createDirectories(dir.resolve("site"));
    Files.writeString(site.resolve("index.html"), "previous site");
    Files.writeString(site.resolve(SiteWriter.MARKER), "{}"); // a site written before, which a build may replace
    return registry;
  }

  /** {@code file:line:column} of the first line holding {@code marker}, at the line's first key. */
  private static String locationOf(Path file, String marker) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(marker)) {
        String line = lines.get(i);
        int column = line.indexOf(line.strip().startsWith("- ") ? line.strip().substring(2) : line.strip()) + 1;
        return file + ":" + (i + 1) + ":" + column;
      }
    }
    throw new AssertionError(marker + " is not in " + file);
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
    assertThat(check.out()).contains(locationOf(registry, "  - id: " + id) + ": error: id '" + id
        + "'").contains("used by the page itself");
  }

  @Test
  void anIdThatIsASectionsHeadingIsRefused() throws Exception {
    Path registry = seed(yaml -> yaml.replace("  - id: do-not-track\n", "  - id: what-are-cookies-heading\n"));

    Cli check = Cli.run("check", registry.toString());

    assertThat(check.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(check.out()).contains(locationOf(registry, "- id: what-are-cookies-heading")
        + ": error: id 'what-are-cookies-heading' is already used by the heading of 'what-are-cookies' (line ");
  }

  @Test
  void anIdThatIsACookiesRowIsRefused() throws Exception {
    Path registry = seed(yaml -> yaml.replace("  - id: do-not-track\n", "  - id: cookie-theme\n"));

    Cli check = Cli.run("check", registry.toString());

    assertThat(check.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(check.out()).contains(locationOf(registry, "- id: cookie-theme")
        + ": error: id 'cookie-theme' is already used by the row of cookie 'theme' (line ");
  }

  @Test
  void aCookieWhoseRowWouldBeTheCookieSettingsButtonIsRefused() throws Exception {
    Path registry = seed(yaml -> yaml.replace("  - id: theme\n", "  - id: settings\n"));

    Cli check = Cli.run("check", registry.toString());

    assertThat(check.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(check.out()).contains(locationOf(registry, "- id: settings") + ": error: cookie 'settings' gives its "
        + "row the id 'cookie-settings', which is already used by the page itself");
  }

  @Test
  void aProviderWhoseThirdPartyRowIsASectionIdIsRefused() throws Exception {
    Path registry = seed(yaml -> yaml.replace("  - id: clarity\n", "  - id: cookies\n")
        .replace("provider: clarity\n", "provider: cookies\n"));

    Cli check = Cli.run("check", registry.toString());

    assertThat(check.exitCode()).as(check.out()).isEqualTo(ExitCodes.INVALID);
    assertThat(check.out()).contains(locationOf(registry, "- id: third-party-cookies")
        + ": error: id 'third-party-cookies' is already used by the third-party row of provider 'cookies' (line ");
  }

  @Test
  void aSecondThirdPartyTableIsRefusedBecauseItsRowsWouldRepeatTheirIds() throws Exception {
    Path registry = seed(yaml -> yaml.replace("  - id: do-not-track\n    title: Do Not Track\n    content:\n",
        "  - id: do-not-track\n    title: Do Not Track\n    content:\n      - clause: Again.\n"
            + "        table: third-parties\n"));

    Cli check = Cli.run("check", registry.toString());

    assertThat(check.exitCode()).as(check.out()).isEqualTo(ExitCodes.INVALID);
    assertThat(check.out()).contains(locationOf(registry, "- clause: Again.")
        + ": error: a third-party table is already placed at line ");
  }

  @Test
  void theSeedPagesHaveUniqueIdsEachOneTheLintKnows() throws Exception {
    Path registry = seed(yaml -> yaml + "\n");
    assertThat(Cli.run("build", registry.toString()).exitCode()).isZero();
    Registry model = new RegistryLoader().load(registry).registry();

    // the ids the duplicate-id rule knows the page gives elements: the templates' own, then those derived
    Set<String> known = new HashSet<>(PageIds.TEMPLATE.keySet());
    for (String anchor : Outline.of(model).numbers().keySet()) {
      known.add(anchor);
      known.add(PageIds.heading(anchor));
    }
    model.cookies().forEach(c -> known.add(PageIds.cookieRow(c.id())));
    model.providers().forEach(p -> known.add(PageIds.thirdPartyRow(p.id())));
    for (String page : List.of("index.html", "history.html")) {
      List<String> ids = Jsoup.parse(dir.resolve("site").resolve(page).toFile()).select("[id]").eachAttr("id");
      assertThat(ids).as("ids of %s", page).isNotEmpty().doesNotHaveDuplicates();
      assertThat(known).as("ids of %s", page).containsAll(ids);
    }
  }

  @Test
  void everyIdATemplateWritesIsOneTheLintKnows() throws IOException {
    assertThat(PageIds.TEMPLATE.keySet()).as("the ids the templates write themselves")
        .containsExactlyInAnyOrderElementsOf(templateIds());
    // the others are registry ids as written, or derived by PageIds (headingId, a cookie's or third party's anchor)
    Set<String> derived = new TreeSet<>();
    Pattern id = Pattern.compile("\\bid=\"([^\"]*\\$[^\"]*)\"");
    try (Stream<Path> files = Files.list(Path.of("templates"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".ftlh")).toList()) {
        Matcher m = id.matcher(Files.readString(f));
        while (m.find()) derived.add(m.group(1));
      }
    }
    assertThat(derived).containsExactlyInAnyOrder("${s.id}", "${s.headingId}", "${c.id}", "${row.anchor}");
  }
}
