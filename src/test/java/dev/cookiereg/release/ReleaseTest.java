package dev.cookiereg.release;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cookiereg.cli.Cli;
import dev.cookiereg.cli.ExitCodes;
import dev.cookiereg.testing.SeedProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Releasing end to end in a scratch copy of the project: the first release archives 1.0.0; a new
 * category is material, refused by check until released, and released as 2.0.0 with its changelog
 * entry and archive.
 */
class ReleaseTest {
  @TempDir Path dir;
  Path registry;
  Path site;

  @BeforeEach
  void scratchProject() throws IOException {
    registry = dir.resolve("cookies.yaml");
    site = dir.resolve("site");
    SeedProject.write(registry, dir.resolve("CHANGELOG.md"));
    assertThat(cli("release", registry.toString(), "--out", site.toString()).exitCode())
        .isEqualTo(ExitCodes.OK);
  }

  private static Cli cli(String... args) {
    return Cli.run(args);
  }

  private void edit(String find, String replace) throws IOException {
    String yaml = Files.readString(registry, StandardCharsets.UTF_8);
    assertThat(yaml).contains(find);
    Files.writeString(registry, yaml.replace(find, replace), StandardCharsets.UTF_8);
  }

  private void addSocialCategory() throws IOException {
    edit(
        "providers:\n",
        """
          - id: social
            title: Social Media Cookies
            description: Let you share pages on social networks.
            legalBasis: consent
            consentRequiredIn: [EEA, UK]
        providers:
        """);
    edit(
        "technologies:\n",
        """
          - name: _share
            provider: meta
            category: social
            purpose: Remembers that you shared a page
            duration: P1M
        technologies:
        """);
    edit(
        "      - category: marketing\n", "      - category: marketing\n      - category: social\n");
  }

  /** Every relative link of every page, the archived ones included, names a file of the site. */
  static void assertEveryLocalLinkResolves(Path site) throws IOException {
    try (var pages = Files.walk(site)) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
        for (var a : org.jsoup.Jsoup.parse(page.toFile(), "UTF-8").select("a[href], link[href]")) {
          String href = a.attr("href");
          if (href.startsWith("#") || href.contains(":")) continue;
          String file = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
          assertThat(page.getParent().resolve(file).normalize())
              .as("%s in %s", href, site.relativize(page))
              .isRegularFile();
        }
      }
    }
  }

  @Test
  void theCommittedArchiveLinksOnlyToFilesThatExist() throws IOException {
    assertEveryLocalLinkResolves(Path.of("site"));
  }

  @Test
  void theFirstReleaseArchivesTheVersionAsPublished() throws IOException {
    assertThat(Files.readString(site.resolve("index.html")))
        .doesNotContain("This policy has changed");
    assertThat(site.resolve("versions/1.0.0/cookies.yaml"))
        .exists()
        .hasSameTextualContentAs(registry);
    assertThat(site.resolve("versions/1.0.0/index.html")).exists();
    assertThat(cli("check", registry.toString()).exitCode()).isEqualTo(ExitCodes.OK);
  }

  @Test
  void aNewCategoryIsMaterialAndReleasedAsTheNextMajorVersion() throws IOException {
    addSocialCategory();

    Cli diff =
        cli("diff", site.resolve("versions/1.0.0/cookies.yaml").toString(), registry.toString());
    assertThat(diff.out())
        .startsWith("Changes from")
        .contains(": material (")
        .contains("category 'social' added [category-added]")
        .contains("cookie '_share' added to category 'social' [cookie-added]");

    Cli unreleased = cli("check", registry.toString());
    assertThat(unreleased.exitCode())
        .as("unreleased is a state, not invalid")
        .isEqualTo(ExitCodes.OK);
    assertThat(unreleased.out())
        .contains(
            " changes since release 1.0.0 (material) not released yet: run 'java -jar"
                + " target/cookiereg.jar release' to release them as 2.0.0")
        .contains("cookies.yaml: valid, not released yet, 0 errors");
    Cli gate = cli("check", registry.toString(), "--released");
    assertThat(gate.exitCode()).isEqualTo(ExitCodes.FAILED_CHECK);
    assertThat(gate.out()).contains(" changes since release 1.0.0 (material) not released");
    Cli stale = cli("build", registry.toString(), "--out", site.toString(), "--check");
    assertThat(stale.exitCode()).isEqualTo(ExitCodes.FAILED_CHECK);
    assertThat(stale.err())
        .contains("publishes released versions only: run 'java -jar target/cookiereg.jar release'")
        .doesNotContain("run 'java -jar target/cookiereg.jar build'");
    assertThat(cli("build", registry.toString(), "--out", site.toString()).exitCode())
        .isEqualTo(ExitCodes.OK);
    assertThat(cli("build", registry.toString(), "--out", site.toString(), "--check").exitCode())
        .as("a site built from unreleased text is not current")
        .isEqualTo(ExitCodes.FAILED_CHECK);

    Cli release =
        cli("release", registry.toString(), "--out", site.toString(), "--date", "2026-12-01");
    assertThat(release.exitCode()).as(release.err()).isEqualTo(ExitCodes.OK);
    assertThat(release.out())
        .startsWith("released 2.0.0 after 1.0.0: material")
        .contains("effective 2026-12-31");

    String yaml = Files.readString(registry);
    assertThat(yaml)
        .contains("  version: 2.0.0\n  effective: 2026-12-31\n  lastUpdated: 2026-12-01\n")
        .startsWith("# yaml-language-server: $schema=site/schema/cookies.schema.json\n");
    String changelog = Files.readString(dir.resolve("CHANGELOG.md"));
    assertThat(changelog)
        .contains("## [2.0.0] - 2026-12-01 [material]")
        .contains("- **Material:** A new category was added: Social Media Cookies.")
        .contains("- **Material:** The cookie “\\_share” was added to Social Media Cookies.")
        .doesNotContain("category-added")
        .contains("[2.0.0]: versions/2.0.0/index.html");
    assertThat(changelog.indexOf("## [2.0.0]")).isLessThan(changelog.indexOf("## [1.0.0]"));
    assertThat(site.resolve("versions/2.0.0/cookies.yaml")).hasSameTextualContentAs(registry);
    String history = Files.readString(site.resolve("history.html"));
    for (String v : List.of("1.0.0", "2.0.0")) {
      assertThat(history).contains("<a href=\"versions/" + v + "/index.html\">" + v + "</a>");
      assertThat(site.resolve("versions/" + v + "/index.html")).exists();
    }
    assertThat(Files.readString(site.resolve("index.html")))
        .contains("<h2 id=\"policy-changed-title\">This policy " + "has changed</h2>")
        .contains("makes material changes to version 1.0.0")
        .contains("href=\"history.html\"");
    assertThat(Files.readString(site.resolve("versions/1.0.0/index.html")))
        .doesNotContain("This policy has changed");
    var change =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(site.resolve("manifest.json").toFile())
            .get("change");
    assertThat(change.get("since").asText()).isEqualTo("1.0.0");
    assertThat(change.get("material").asBoolean()).isTrue();
    assertThat(change.get("consentImpact").asText()).isEqualTo("all");
    assertThat(change.get("noticeMethods").toString())
        .isEqualTo("[\"email\",\"in-app\",\"website\"]");
    var notice =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(site.resolve("notice.json").toFile());
    assertThat(notice.get("send").asBoolean()).isTrue();
    assertThat(notice.get("since").asText()).isEqualTo("1.0.0");
    assertThat(notice.get("effective").asText()).isEqualTo("2026-12-31");
    assertThat(notice.get("changes").findValuesAsText("rule"))
        .contains("category-added", "cookie-added");
    assertThat(site.resolve("versions/1.0.0/cookies.yaml")).exists();
    assertEveryLocalLinkResolves(site);
    assertThat(Files.readString(site.resolve("versions/2.0.0/history.html")))
        .contains(
            "<a href=\"../1.0.0/index.html\">1.0.0</a>",
            "<a href=\"../2.0.0/index.html\">2.0.0</a>");
    assertThat(cli("check", registry.toString()).exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(cli("build", registry.toString(), "--out", site.toString(), "--check").exitCode())
        .isEqualTo(ExitCodes.OK);
  }

  @Test
  void theManifestAndNoticeJsonAgreeOnTellingUsersOfAnyMaterialChange() throws IOException {
    // cookie-added is material but its rule asks only for the banner: the policy (7.2) still
    // promises a notice
    edit(
        "technologies:\n",
        "  - name: _new\n    provider: meta\n    category: marketing\n"
            + "    purpose: Measures ad clicks\n    duration: P1M\ntechnologies:\n");
    assertThat(cli("release", registry.toString(), "--out", site.toString()).exitCode())
        .isEqualTo(ExitCodes.OK);

    var json = new com.fasterxml.jackson.databind.ObjectMapper();
    var change = json.readTree(site.resolve("manifest.json").toFile()).get("change");
    var notice = json.readTree(site.resolve("notice.json").toFile());
    assertThat(change.get("notice").toString()).isEqualTo("[\"banner\"]");
    assertThat(notice.get("send").asBoolean()).isTrue();
    assertThat(change.get("noticeMethods").toString())
        .isEqualTo("[\"email\",\"in-app\",\"website\"]");
  }

  @Test
  void diffReadsTheBaseFromAReleasedManifest() throws IOException {
    String manifest = site.resolve("versions/1.0.0/manifest.json").toString();
    assertThat(cli("diff", manifest, registry.toString()).out()).endsWith(": no changes\n");

    addSocialCategory();
    Cli diff = cli("diff", manifest, registry.toString(), "--format", "json");

    assertThat(diff.out())
        .contains("\"verdict\": \"material\"")
        .contains("\"rule\": \"category-added\"")
        .contains("\"rule\": \"cookie-added\"")
        .doesNotContain("policy-text-changed");
    Cli notAManifest =
        cli("diff", site.resolve("banner/klaro.json").toString(), registry.toString());
    assertThat(notAManifest.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(notAManifest.err()).contains("error: not a cookiereg manifest");
  }

  @Test
  void aChangeFoundAgainstAReleasedManifestIsAnnotatedOnItsOwnLine() throws IOException {
    // the policy describes marketing first, so the manifest lists it first: the line must still be
    // marketing's
    edit(
        "      - category: essential\n      - category: functional\n      - category: analytics\n"
            + "      - category: marketing\n",
        "      - category: marketing\n      - category: essential\n"
            + "      - category: functional\n      - category: analytics\n");
    edit(
        "      Marketing cookies are used to track visitors",
        "      Marketing cookies track visitors");
    String manifest = site.resolve("versions/1.0.0/manifest.json").toString();

    Cli diff = cli("diff", manifest, registry.toString(), "--format", "github");

    List<String> lines = Files.readAllLines(registry);
    int marketing = lines.indexOf("  - id: marketing") + 1;
    assertThat(diff.out()).contains("line=" + marketing + ",").contains("category 'marketing'");
  }

  @Test
  void aBumpSmallerThanTheVerdictIsRefused() throws IOException {
    addSocialCategory();
    edit("  version: 1.0.0\n", "  version: 1.0.1\n");

    Cli check = cli("check", registry.toString());

    assertThat(check.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(check.out())
        .contains(
            "error: version 1.0.1 is a smaller step from 1.0.0 than the material changes "
                + "require (2.0.0)");
  }

  @Test
  void aVersionOlderThanTheLatestReleaseIsRefused() throws IOException {
    edit("  version: 1.0.0\n", "  version: 0.9.0\n");

    Cli check = cli("check", registry.toString());

    assertThat(check.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(check.out()).contains("error: version 0.9.0 is older than the latest release 1.0.0");
  }

  @Test
  void anEditorialChangeIsAPatchReleaseEffectiveAtOnce() throws IOException {
    edit(
        "purpose: Protects against cross-site request forgery attacks",
        "purpose: protects against cross-site request forgery attacks.");

    Cli release =
        cli("release", registry.toString(), "--out", site.toString(), "--date", "2026-05-02");

    assertThat(release.out())
        .startsWith("released 1.0.1 after 1.0.0: editorial")
        .contains("effective 2026-05-02");
    assertThat(Files.readString(dir.resolve("CHANGELOG.md")))
        .contains("## [1.0.1] - 2026-05-02 [editorial]");
  }

  @Test
  void aReleasesEntryGoesJustAboveTheNewestVersionAndTheRestOfTheHistoryStaysAsItWas()
      throws IOException {
    String before = Files.readString(dir.resolve("CHANGELOG.md"));
    int newest = before.indexOf("## [1.0.0]");
    assertThat(newest).isPositive();
    edit(
        "purpose: Protects against cross-site request forgery attacks",
        "purpose: protects against cross-site request forgery attacks.");

    cli("release", registry.toString(), "--out", site.toString(), "--date", "2026-05-02");

    String after = Files.readString(dir.resolve("CHANGELOG.md"));
    assertThat(after)
        .startsWith(before.substring(0, newest) + "## [1.0.1] - 2026-05-02 [editorial]\n")
        .contains("\n\n" + before.substring(newest, before.indexOf("\n[1.0.0]: ")));
  }

  @Test
  void nothingToReleaseWhenTheRegistryMatchesTheLatestRelease() throws IOException {
    String yaml = Files.readString(registry);
    String changelog = Files.readString(dir.resolve("CHANGELOG.md"));

    Cli release = cli("release", registry.toString(), "--out", site.toString());

    assertThat(release.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(release.out()).startsWith("nothing to release");
    assertThat(registry).hasContent(yaml);
    assertThat(dir.resolve("CHANGELOG.md")).hasContent(changelog);
    assertThat(site.resolve("versions"))
        .isDirectoryNotContaining(
            p ->
                !p.getFileName().toString().equals("1.0.0")
                    && !p.getFileName().toString().equals(Archive.SUMS)
                    && !p.getFileName().toString().equals(Archive.INDEX)
                    && !p.getFileName().toString().equals(Archive.PAGE));
  }

  @Test
  void swappingConsentForLegitimateInterestIsRefusedByCheckAndRelease() throws IOException {
    String yaml = Files.readString(registry);
    int at = yaml.indexOf("  - id: web-push");
    int basis = yaml.indexOf("    legalBasis: consent\n", at);
    Files.writeString(
        registry,
        yaml.substring(0, basis)
            + "    legalBasis: legitimate-interest\n"
            + yaml.substring(basis + "    legalBasis: consent\n".length()));
    String edited = Files.readString(registry);

    Cli check = cli("check", registry.toString());
    Cli release = cli("release", registry.toString(), "--out", site.toString());

    for (Cli r : List.of(check, release)) {
      assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID);
      assertThat(r.out() + r.err())
          .contains(
              "error: technology 'web-push' moved from consent to legitimate "
                  + "interest cannot be released");
    }
    assertThat(registry).hasContent(edited);
    assertThat(site.resolve("versions/2.0.0")).doesNotExist();
  }

  @Test
  void aVersionRaisedByHandWithoutOtherChangesIsReleasedAsDeclared() throws IOException {
    edit("  version: 1.0.0\n", "  version: 1.1.0\n");
    Cli check = cli("check", registry.toString());
    assertThat(check.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(check.out())
        .contains(
            "note: version 1.1.0 not released yet: run 'java -jar target/cookiereg.jar release'");
    assertThat(cli("check", registry.toString(), "--released").exitCode())
        .as("CI's gate asks for a release")
        .isEqualTo(ExitCodes.FAILED_CHECK);

    Cli release =
        cli("release", registry.toString(), "--out", site.toString(), "--date", "2026-05-02");

    assertThat(release.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(release.out()).startsWith("released 1.1.0 after 1.0.0");
    assertThat(site.resolve("versions/1.1.0/cookies.yaml")).exists();
    assertThat(cli("check", registry.toString()).exitCode())
        .as("check after the release")
        .isEqualTo(ExitCodes.OK);
  }

  @Test
  void diffReadsTheBaseFromAGitRevision() throws Exception {
    git("init", "-q");
    git("-c", "user.name=t", "-c", "user.email=t@example.com", "add", "cookies.yaml");
    git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "base");
    addSocialCategory();

    Cli diff = cli("diff", "HEAD:cookies.yaml", registry.toString(), "--format", "json");
    Cli missing = cli("diff", "HEAD:nope.yaml", registry.toString());

    assertThat(diff.exitCode()).as(diff.err()).isEqualTo(ExitCodes.OK);
    assertThat(diff.out())
        .contains("\"verdict\": \"material\"")
        .contains("\"rule\": \"category-added\"");
    assertThat(missing.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(missing.err())
        .startsWith("HEAD:nope.yaml:1:1: error: cannot read HEAD:nope.yaml from git");
  }

  /**
   * Runs git in the scratch folder, where the CLI reads {@code REV:path} too (the folder of the NEW
   * registry).
   */
  private void git(String... args) throws Exception {
    Process p = new ProcessBuilder(concat("git", args)).directory(dir.toFile()).inheritIO().start();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
  }

  private static List<String> concat(String first, String... rest) {
    List<String> all = new java.util.ArrayList<>(List.of(first));
    all.addAll(List.of(rest));
    return all;
  }
}
