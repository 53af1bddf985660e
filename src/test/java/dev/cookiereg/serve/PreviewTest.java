package dev.cookiereg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cookiereg.Build;
import dev.cookiereg.RegistryLoader;
import dev.cookiereg.cli.Cli;
import dev.cookiereg.cli.DiagnosticFormat;
import dev.cookiereg.cli.ExitCodes;
import dev.cookiereg.diff.Level;
import dev.cookiereg.testing.ScratchProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview renders the site in memory as the files are now: it never writes the site, keeps the
 * last good site when an edit breaks the registry (saying why in check's words), and says what
 * {@code release} would do with the edit, as release then does it.
 */
class PreviewTest {
  @TempDir Path tmp;

  /** A cookie of the seed's analytics provider, added under {@code cookies:}. */
  static final String NEW_COOKIE =
      "cookies:\n"
          + "  - name: _preview_new\n"
          + "    provider: google-analytics\n"
          + "    category: analytics\n"
          + "    purpose: Counts previews\n"
          + "    duration: P1D\n";

  static Preview preview(ScratchProject p) {
    return new Preview(
        Build.of(p.registry(), null, p.site()),
        new RegistryLoader(),
        DiagnosticFormat.TEXT::format);
  }

  static String page(Snapshot s) {
    return new String(s.files().get("index.html").content(), StandardCharsets.UTF_8);
  }

  /** What check prints for the project's registry, less its summary line. */
  static List<String> checkLines(ScratchProject p) {
    Cli check = Cli.run("check", p.registry().toString(), "--site", p.site().toString());
    List<String> lines = check.out().lines().toList();
    return lines.subList(0, lines.size() - 1);
  }

  @Test
  void anEditIsRenderedInMemoryAndTheSiteIsNeverWritten() throws IOException {
    ScratchProject p = ScratchProject.released(tmp.resolve("project"));
    Map<String, String> site = ScratchProject.contents(p.site());
    Preview preview = preview(p);
    Snapshot first = preview.render(false);
    p.edit("Identifies your active session on the platform", "Identifies your preview session");

    Snapshot edited = preview.render(false);

    assertThat(edited.generation()).isEqualTo(first.generation() + 1);
    assertThat(page(edited)).contains("Identifies your preview session");
    assertThat(edited.files()).containsKeys("manifest.json", "banner/cookieconsent.json");
    assertThat(edited.files()).containsKey("versions/1.0.0/index.html"); // the archive, as read
    assertThat(ScratchProject.contents(p.site())).isEqualTo(site);
    assertThat(p.leftovers()).isEmpty();
  }

  @Test
  void theFilesAreTheOnesBuildWrites() throws IOException {
    ScratchProject p = ScratchProject.released(tmp.resolve("project"));
    p.edit("Identifies your active session on the platform", "Identifies your preview session");
    Snapshot s = preview(p).render(false);

    assertThat(Cli.run("build", p.registry().toString(), "--out", p.site().toString()).exitCode())
        .isEqualTo(ExitCodes.OK);

    Map<String, String> built = ScratchProject.contents(p.site());
    built.remove(".cookiereg-site"); // the stamp of a site on disk
    Map<String, String> shown = new java.util.TreeMap<>();
    s.files()
        .forEach(
            (path, f) -> shown.put(path, new String(f.content(), StandardCharsets.ISO_8859_1)));
    assertThat(shown).isEqualTo(built);
  }

  @Test
  void aBrokenRegistryKeepsTheLastGoodSiteAndListsChecksLinesUntilFixed() throws IOException {
    ScratchProject p = ScratchProject.released(tmp.resolve("project"));
    Preview preview = preview(p);
    Snapshot good = preview.render(false);
    String yaml = Files.readString(p.registry());
    p.edit(
        "    purpose: Identifies your active session",
        "   purpose: Identifies your active session");
    p.edit("duration: P13M", "duration: 13 months");

    Snapshot broken = preview.render(false);

    assertThat(broken.failure()).isPresent();
    assertThat(broken.failure().get().lines()).isEqualTo(checkLines(p)).isNotEmpty();
    assertThat(broken.failure().get().lines().get(0)).startsWith(p.registry() + ":");
    assertThat(broken.files()).isEqualTo(good.files());
    assertThat(broken.generation()).isGreaterThan(good.generation());

    Files.writeString(p.registry(), yaml);
    Snapshot fixed = preview.render(false);

    assertThat(fixed.failure()).isEmpty();
    assertThat(fixed.files()).isEqualTo(good.files());
    assertThat(fixed.generation()).isGreaterThan(broken.generation());
  }

  @Test
  void aMissingRegistryShowsNothingAndSaysSoInChecksWords() throws IOException {
    ScratchProject p = ScratchProject.released(tmp.resolve("project"));
    Files.delete(p.registry());

    Snapshot s = preview(p).render(false);

    assertThat(s.rendered()).isFalse();
    assertThat(s.failure().orElseThrow().lines())
        .isEqualTo(checkLines(p))
        .containsExactly(p.registry() + ":1:1: error: no such file");
  }

  @Test
  void aSaveThatChangesNothingShownKeepsTheGeneration() throws IOException {
    ScratchProject p = ScratchProject.released(tmp.resolve("project"));
    Preview preview = preview(p);
    Snapshot first = preview.render(false);

    Files.writeString(p.registry(), Files.readString(p.registry()) + "# a comment\n");

    assertThat(preview.render(false).generation()).isEqualTo(first.generation());
    assertThat(preview.render(false).generation()).isEqualTo(first.generation());
  }

  @Test
  void theBarSaysWhatReleaseThenDoes() throws IOException {
    ScratchProject p = ScratchProject.released(tmp.resolve("project"));
    p.edit("cookies:\n", NEW_COOKIE);
    PendingRelease pending = preview(p).render(false).pending().orElseThrow();

    assertThat(Cli.run("release", p.registry().toString(), "--out", p.site().toString()).exitCode())
        .isEqualTo(ExitCodes.OK);

    assertThat(pending.verdict()).isEqualTo(Level.MATERIAL);
    assertThat(pending.releaseAs().toString()).isEqualTo("2.0.0");
    assertThat(p.site().resolve("versions/2.0.0/manifest.json")).exists();
    assertThat(pending.asksAgain()).isTrue();
    assertThat(pending.revisionNow()).isEqualTo(1);
    assertThat(pending.revisionAfter()).isEqualTo(2);
    String history =
        Jsoup.parse(Files.readString(p.site().resolve("history.html"))).select("#content").text();
    assertThat(pending.changes())
        .isNotEmpty()
        .allSatisfy(c -> assertThat(history).contains(c.words()));
    assertThat(pending.changes())
        .anySatisfy(c -> assertThat(c.words()).contains("“_preview_new”").contains("Analytics"));
    assertThat(history).contains(pending.consequences());
  }

  @Test
  void aRewordedPurposeIsNotableAndAsksNobodyAgain() throws IOException {
    ScratchProject p = ScratchProject.released(tmp.resolve("project"));
    p.edit("Identifies your active session on the platform", "Identifies your session");

    PendingRelease pending = preview(p).render(false).pending().orElseThrow();

    assertThat(pending.verdict()).isEqualTo(Level.NOTABLE);
    assertThat(pending.releaseAs().toString()).isEqualTo("1.1.0");
    assertThat(pending.asksAgain()).isFalse();
  }

  @Test
  void aTemplateEditIsRenderedAndATemplateErrorIsLocated() throws IOException {
    ScratchProject p = ScratchProject.released(tmp.resolve("project"));
    Path templates = tmp.resolve("project/templates");
    Files.createDirectories(templates.resolve("assets"));
    for (String name : List.of("layout.ftlh", "policy.ftlh", "history.ftlh", "assets/policy.css")) {
      Files.copy(Path.of("templates", name), templates.resolve(name));
    }
    Preview preview = preview(p);
    preview.render(false);
    Path layout = templates.resolve("layout.ftlh");
    String original = Files.readString(layout);

    Files.writeString(layout, original.replace("Skip to content", "Skip to the policy"));
    assertThat(page(preview.render(true))).contains("Skip to the policy");

    Path policy = templates.resolve("policy.ftlh");
    Files.writeString(policy, Files.readString(policy).replace("${page.title}", "${page.title"));
    Snapshot broken = preview.render(true);

    String line = broken.failure().orElseThrow().lines().get(0);
    assertThat(broken.failure().get().lines()).hasSize(1);
    assertThat(line).startsWith(policy + ":").contains(": error: ");
    Cli build = Cli.run("build", p.registry().toString(), "--out", p.site().toString());
    assertThat(build.err()).startsWith(line); // build's words, then what it left unchanged
    assertThat(page(broken)).contains("Skip to the policy");
  }
}
