package dev.cookiereg.release;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cookiereg.cli.Cli;
import dev.cookiereg.cli.ExitCodes;
import dev.cookiereg.i18n.Fingerprint;
import dev.cookiereg.testing.SeedProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Releases of a registry whose French edition is required (languages: [{code: fr-CA, required:
 * true}]), as an editor makes them: a material change waits until its French is current; a notable
 * one does not; a reviewer's ack counts as current; and each release's French page carries the
 * version and dates of the English one, in French.
 */
class FrenchReleaseTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CLAUSE_EN = "We respect your privacy preferences.";
  private static final String NEW_COOKIE =
      "  - name: _new_stat\n    provider: matomo\n    category: analytics\n"
          + "    purpose: Counts returning visits\n    duration: P1D\n";

  @TempDir Path dir;
  Path registry;
  Path french;

  @BeforeEach
  void releasedOnce() throws IOException {
    registry = dir.resolve("cookies.yaml");
    french = dir.resolve("cookies.fr.yaml");
    // the seed's first version, with the committed French edition required
    String seed = SeedProject.registry();
    String current = Files.readString(Path.of("cookies.yaml"), StandardCharsets.UTF_8);
    int from = current.indexOf("# Editions in other languages.");
    int to = current.indexOf("categories:\n", from);
    seed =
        seed.replace(
            "categories:\n  - id: essential",
            current.substring(from, to) + "categories:\n  - id: essential");
    Files.writeString(registry, seed, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("CHANGELOG.md"), SeedProject.changelog(), StandardCharsets.UTF_8);
    Files.copy(Path.of("cookies.fr.yaml"), french);
    assertThat(release("2026-04-03").exitCode()).isEqualTo(ExitCodes.OK);
  }

  @Test
  void aMaterialChangeIsNotReleasedWhileARequiredLanguageIsMissingItsText() throws IOException {
    addCookie();

    Cli refused = release("2026-12-01");

    assertThat(refused.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(refused.err())
        .contains(french + ":")
        .contains(
            ": error: missing: the purpose of cookie _new_stat has no fr-CA text; add"
                + " cookies._new_stat.purpose under texts (the release is material and fr-CA is"
                + " required: translate it before releasing)");
    assertThat(Files.readString(registry)).contains("  version: 1.0.0");

    translate(
        "cookies._new_stat.purpose", "Counts returning visits", "Compte les visites répétées");
    assertThat(release("2026-12-01").exitCode()).isEqualTo(ExitCodes.OK);
  }

  @Test
  void aStaleTextHoldsBackAMaterialReleaseButNotANotableOneAndAnAckReleasesIt() throws IOException {
    edit(registry, CLAUSE_EN, "We respect your privacy choices.");

    Cli notable = release("2026-11-01");
    assertThat(notable.exitCode()).as(notable.err()).isEqualTo(ExitCodes.OK);
    assertThat(notable.out()).startsWith("released 1.1.0 after 1.0.0");

    addCookie();
    translate(
        "cookies._new_stat.purpose", "Counts returning visits", "Compte les visites répétées");
    Cli material = release("2026-12-01");
    assertThat(material.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(material.err())
        .contains(": error: stale: the English of clause 6.2 changed since this was translated")
        .contains("(the release is material and fr-CA is required: translate it before releasing)");

    Cli ack = Cli.run("i18n", "ack", "sections.do-not-track.2", "--registry", registry.toString());
    assertThat(ack.exitCode()).isEqualTo(ExitCodes.OK);
    Cli released = release("2026-12-01");
    assertThat(released.exitCode()).as(released.err()).isEqualTo(ExitCodes.OK);
    assertThat(released.out()).startsWith("released 2.0.0 after 1.1.0");
  }

  @Test
  void fourReleasesInARowKeepTheFrenchPagesVersionAndDatesRight() throws IOException {
    // notable: an English clause reworded, and its French with it
    edit(registry, CLAUSE_EN, "We respect your privacy choices.");
    translate(
        "sections.do-not-track.2",
        fullEnglish("sections.do-not-track.2"),
        "Nous respectons vos choix en matière de vie privée. Notre plateforme d'analyse"
            + " auto-hébergée ({dnt.honouring}) est configurée pour respecter les signaux DNT par"
            + " défaut. Lorsque votre navigateur envoie un signal DNT, {dnt.honouring} ne suit pas"
            + " votre visite.");
    step("2026-11-01", "1.1.0", "2026-11-01", "1er novembre 2026", "1er novembre 2026");

    // material: a cookie added, translated
    addCookie();
    translate(
        "cookies._new_stat.purpose", "Counts returning visits", "Compte les visites répétées");
    Document page =
        step("2026-12-01", "2.0.0", "2026-12-31", "1er décembre 2026", "31 décembre 2026");
    assertThat(page.select("tr#cookie-_new_stat").text())
        .contains("_new_stat")
        .contains("Compte les visites répétées")
        .contains("1 jour");
    assertThat(page.select("#policy-changed h2").text())
        .isEqualTo("La présente politique a été modifiée");

    // editorial: punctuation of an English text; its French stays as it was, acknowledged
    edit(registry, "purpose: Counts returning visits", "purpose: Counts returning visits.");
    assertThat(
            Cli.run("i18n", "ack", "cookies._new_stat.purpose", "--registry", registry.toString())
                .exitCode())
        .isEqualTo(ExitCodes.OK);
    step("2026-12-05", "2.0.1", "2026-12-31", "5 décembre 2026", "31 décembre 2026");

    // French only: a reworded translation is notable, named with its language
    Cli diff =
        Cli.run(
            "diff",
            dir.resolve("site/versions/2.0.1/cookies.yaml").toString(),
            registry.toString());
    assertThat(diff.out()).contains("no changes").doesNotContain("[fr-CA]");
    translate(
        "cookies._new_stat.purpose",
        "Counts returning visits.",
        "Compte les visites des visiteurs qui reviennent.");
    diff =
        Cli.run(
            "diff",
            dir.resolve("site/versions/2.0.1/cookies.yaml").toString(),
            registry.toString());
    assertThat(diff.out())
        .contains(
            "[fr-CA] the wording of the purpose of cookie _new_stat changed [translation-text-changed]");
    step("2027-01-10", "2.1.0", "2027-01-10", "10 janvier 2027", "10 janvier 2027");
  }

  /** Releases on {@code date} and checks the French page and notice of the result. */
  private Document step(
      String date, String version, String effectiveIso, String updatedFr, String effectiveFr)
      throws IOException {
    Cli r = release(date);
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).startsWith("released " + version + " ");
    Document page = Jsoup.parse(dir.resolve("site/fr/index.html").toFile(), "UTF-8");
    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fr-CA");
    assertThat(page.selectFirst("p.dates").text())
        .isEqualTo(
            "En vigueur : "
                + effectiveFr
                + " · Dernière mise à jour : "
                + updatedFr
                + " · Version "
                + version);
    assertThat(page.select("p.dates time").eachAttr("datetime"))
        .containsExactly(effectiveIso, date);
    JsonNode notice = JSON.readTree(dir.resolve("site/fr/notice.json").toFile());
    assertThat(notice.get("language").asText()).isEqualTo("fr-CA");
    assertThat(notice.get("policyVersion").asText()).isEqualTo(version);
    assertThat(notice.get("links").get("policy").asText()).endsWith("/fr/index.html");
    JsonNode manifest = JSON.readTree(dir.resolve("site/manifest.json").toFile());
    assertThat(manifest.get("languages").get(0).get("texts").get("stale").asInt()).isZero();
    assertThat(dir.resolve("site/versions/" + version + "/fr/index.html")).exists();
    assertThat(dir.resolve("site/versions/" + version + "/cookies.fr.yaml"))
        .hasSameTextualContentAs(french);
    Document history = Jsoup.parse(dir.resolve("site/fr/history.html").toFile(), "UTF-8");
    assertThat(history.select("table.versions tbody th").first().text()).isEqualTo(version);
    return page;
  }

  private Cli release(String date) {
    return Cli.run(
        "release", registry.toString(), "--out", dir.resolve("site").toString(), "--date", date);
  }

  private void addCookie() throws IOException {
    edit(registry, "\n  # Marketing (2.4)\n", "\n" + NEW_COOKIE + "\n  # Marketing (2.4)\n");
  }

  /**
   * Writes {@code text} as the French of {@code id}, translated from {@code english}: a new entry,
   * or the entry's source and text replaced.
   */
  private void translate(String id, String english, String text) throws IOException {
    String yaml = Files.readString(french, StandardCharsets.UTF_8);
    String entry =
        "  "
            + id
            + ":\n    source: "
            + Fingerprint.of(english)
            + "\n    text: >-\n      "
            + text
            + "\n";
    Matcher m =
        Pattern.compile(
                "(?m)^  "
                    + Pattern.quote(id)
                    + ":\\n    source: \\S+\\n    text: .*\\n(      .*\\n)*")
            .matcher(yaml);
    yaml = m.find() ? yaml.substring(0, m.start()) + entry + yaml.substring(m.end()) : yaml + entry;
    Files.writeString(french, yaml, StandardCharsets.UTF_8);
  }

  /** The English of text {@code id} as the registry has it now. */
  private String fullEnglish(String id) throws IOException {
    JsonNode status =
        JSON.readTree(Cli.run("i18n", "status", "--format", "json", registry.toString()).out());
    for (JsonNode t : status.get("languages").get(0).get("texts")) {
      if (t.get("id").asText().equals(id)) return t.get("english").asText();
    }
    throw new AssertionError("no text " + id);
  }

  private static void edit(Path file, String find, String replace) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).contains(find);
    Files.writeString(file, text.replace(find, replace), StandardCharsets.UTF_8);
  }
}
