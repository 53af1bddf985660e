package dev.cookiereg.release;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cookiereg.cli.Cli;
import dev.cookiereg.cli.ExitCodes;
import dev.cookiereg.testing.PublicWords;
import dev.cookiereg.testing.ScratchProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Releases in a row, as an editor makes them: the policy has one effective date, and no release
 * brings it earlier than a material change still inside its notice period; the page's notice keeps
 * every change since the release in force until then. Each step checks the page header and notice,
 * {@code notice.json}, the manifest and the CHANGELOG entry.
 */
class ReleaseSequenceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String NEW_COOKIE_WORDS =
      "The cookie “_new_stat” was added to Analytics Cookies.";

  @TempDir Path dir;
  ScratchProject project;

  @BeforeEach
  void releasedOnce() throws IOException {
    project = ScratchProject.released(dir.resolve("project"));
  }

  @Test
  void anEditorialReleaseDuringANoticePeriodKeepsTheMaterialChangesEffectiveDateAndNotice()
      throws IOException {
    material();
    Step two = release("2026-12-01", "2.0.0");
    two.assertEffective("2026-12-31", "December 31, 2026");
    assertThat(two.noticeSince()).isEqualTo("1.0.0");
    assertThat(two.noticeItems()).containsExactly(NEW_COOKIE_WORDS);
    assertThat(two.notice().path("send").asBoolean()).isTrue();
    assertThat(two.notice().path("subject").asText())
        .isEqualTo("Cookie Policy 2.0.0: material changes effective December 31, 2026");
    assertThat(two.notice().path("changes").get(0).path("message").asText())
        .isEqualTo(NEW_COOKIE_WORDS);
    assertThat(two.changelogEntry())
        .contains("You will be asked again for your consent to the categories concerned.")
        .contains("We tell you before the changes take effect.");
    assertThat(two.changelogEntry())
        .startsWith("## [2.0.0] - 2026-12-01 [material]\n\nEffective 2026-12-31.");

    editorial();
    Step fix = release("2026-12-05", "2.0.1");
    fix.assertEffective("2026-12-31", "December 31, 2026");
    assertThat(fix.noticeSince()).as("still the version in force").isEqualTo("1.0.0");
    assertThat(fix.noticeItems()).containsExactly(NEW_COOKIE_WORDS);
    assertThat(fix.notice().path("send").asBoolean()).as("told at 2.0.0 already").isFalse();
    assertThat(fix.changelogEntry())
        .startsWith("## [2.0.1] - 2026-12-05 [editorial]\n\nEffective 2026-12-31.");

    notable();
    Step later = release("2027-01-10", "2.1.0");
    later.assertEffective("2027-01-10", "January 10, 2027");
    assertThat(later.page().getElementById("policy-changed"))
        .as("the notice period is over: 2.0.1 is in force")
        .isNull();
    assertThat(later.notice().path("send").asBoolean()).isFalse();
    assertThat(later.changelogEntry())
        .startsWith("## [2.1.0] - 2027-01-10 [notable]\n\nEffective 2027-01-10.");
    later.assertPublicWords();
    Document history = Jsoup.parse(later.read("history.html"));
    assertThat(history.select("section.levels dt").eachText())
        .containsExactly("Material", "Notable", "Editorial");
    assertThat(history.select("section.levels dd").first().text())
        .as("what a material change means, with the policy's notice period")
        .contains("takes effect 30 days after it is published")
        .contains("asks for your choice again");
  }

  @Test
  void aMaterialReleaseAfterNotableAndEditorialOnesTakesEffectAfterItsOwnNoticePeriod()
      throws IOException {
    notable();
    Step first = release("2026-12-01", "1.1.0");
    first.assertEffective("2026-12-01", "December 1, 2026");
    assertThat(first.page().getElementById("policy-changed")).isNull();

    editorial();
    Step second = release("2026-12-05", "1.1.1");
    second.assertEffective("2026-12-05", "December 5, 2026");
    assertThat(second.page().getElementById("policy-changed")).isNull();

    material();
    Step third = release("2027-01-10", "2.0.0");
    third.assertEffective("2027-02-09", "February 9, 2027");
    assertThat(third.noticeSince()).isEqualTo("1.1.1");
    assertThat(third.noticeItems()).containsExactly(NEW_COOKIE_WORDS);
    assertThat(third.notice().path("send").asBoolean()).isTrue();
    assertThat(third.changelogEntry())
        .startsWith("## [2.0.0] - 2027-01-10 [material]\n\nEffective 2027-02-09.");
    third.assertPublicWords();
  }

  @Test
  void aSecondMaterialReleaseDuringANoticePeriodListsBothAndTakesEffectAfterItsOwnPeriod()
      throws IOException {
    material();
    release("2026-12-01", "2.0.0");
    edit(
        "technologies:\n",
        """
          - name: _second_stat
            provider: matomo
            category: analytics
            purpose: Counts returning visits
            duration: P6M
        technologies:
        """);
    Step again = release("2026-12-10", "3.0.0");
    again.assertEffective("2027-01-09", "January 9, 2027");
    assertThat(again.noticeSince()).isEqualTo("1.0.0");
    assertThat(again.noticeItems())
        .containsExactlyInAnyOrder(
            NEW_COOKIE_WORDS, "The cookie “_second_stat” was added to Analytics Cookies.");
  }

  @Test
  void everyArchivedPageSaysWhatItIsAndNoLaterReleaseChangesIt() throws Exception {
    Map<String, byte[]> archived = new TreeMap<>();
    keepArchived("1.0.0", archived);
    material();
    release("2026-12-01", "2.0.0");
    keepArchived("2.0.0", archived);
    editorial();
    Step fix = release("2026-12-05", "2.0.1");
    keepArchived("2.0.1", archived);
    assertThat(fix.versions())
        .as("on the day of 2.0.1: 1.0.0 in force, 2.0.1 pending, 2.0.0 never in force")
        .containsExactly(
            "2.0.1 | December 5, 2026 | December 31, 2026 | Editorial"
                + " | Pending: takes effect on December 31, 2026",
            "2.0.0 | December 1, 2026 | December 31, 2026 | Material"
                + " | Replaced before it took effect",
            "1.0.0 | April 3, 2026 | April 3, 2026 | First release | In force");
    notable();
    Step last = release("2027-01-10", "2.1.0");
    keepArchived("2.1.0", archived);

    for (Map.Entry<String, byte[]> e : archived.entrySet()) {
      assertThat(Files.readAllBytes(project.site().resolve(e.getKey())))
          .as(e.getKey() + " as it was archived, after every later release")
          .isEqualTo(e.getValue());
    }
    for (String v : List.of("1.0.0", "2.0.0", "2.0.1", "2.1.0")) {
      for (String page : List.of("index.html", "history.html")) {
        Document archivedPage = Jsoup.parse(last.read("versions/" + v + "/" + page));
        String where = "versions/" + v + "/" + page;
        assertThat(archivedPage.title()).as(where).endsWith(" — version " + v + " (archived)");
        assertThat(archivedPage.select("head meta[name=robots]").attr("content"))
            .as(where)
            .isEqualTo("noindex");
        Element notice = archivedPage.selectFirst("aside.archive-notice");
        assertThat(notice).as(where + ": its notice").isNotNull();
        assertThat(notice.text())
            .as(where)
            .contains("version " + v + " of the Cookie Policy")
            .contains("kept in the archive");
        // the registry states where the policy is published: the archive links the current one
        // there
        assertThat(notice.selectFirst("a").attr("href"))
            .as(where + ": links the current policy")
            .isEqualTo(
                new dev.cookiereg.RegistryLoader()
                    .load(project.registry())
                    .registry()
                    .policy()
                    .url());
      }
    }
    assertThat(
            Jsoup.parse(last.read("versions/2.0.1/index.html"))
                .selectFirst("aside.archive-notice")
                .select("time")
                .eachAttr("datetime"))
        .as("its own release and effective dates")
        .containsExactly("2026-12-05", "2026-12-31");

    for (String page : List.of("index.html", "history.html")) {
      Document current = Jsoup.parse(last.read(page));
      assertThat(current.selectFirst("aside.archive-notice")).as(page).isNull();
      assertThat(current.select("meta[name=robots]")).as(page).isEmpty();
      assertThat(current.title()).as(page).doesNotContain("archived");
    }
    assertThat(last.page().selectFirst("p.dates").text()).endsWith(" · Version 2.1.0");
    assertThat(last.versions())
        .as("on the day of 2.1.0, which takes effect at once")
        .containsExactly(
            "2.1.0 | January 10, 2027 | January 10, 2027 | Notable | In force",
            "2.0.1 | December 5, 2026 | December 31, 2026 | Editorial | Superseded",
            "2.0.0 | December 1, 2026 | December 31, 2026 | Material"
                + " | Replaced before it took effect",
            "1.0.0 | April 3, 2026 | April 3, 2026 | First release | Superseded");
    Document versions = Jsoup.parse(last.read("versions/index.html"));
    assertThat(versions.select("tbody tr.in-force th").text()).isEqualTo("2.1.0");
    ReleaseTest.assertEveryLocalLinkResolves(project.site());
    Process sums =
        new ProcessBuilder("sha256sum", "--strict", "--quiet", "-c", Archive.SUMS)
            .directory(project.site().resolve("versions").toFile())
            .redirectErrorStream(true)
            .start();
    assertThat(new String(sums.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEmpty();
    assertThat(sums.waitFor()).as("sha256sum -c SHA256SUMS").isZero();
    Cli check = project.cli("build", "--check");
    assertThat(check.exitCode()).as(check.err()).isEqualTo(ExitCodes.OK);
  }

  /** Keeps the bytes of every page archived for {@code version}, as they are now. */
  private void keepArchived(String version, Map<String, byte[]> archived) throws IOException {
    for (String page : List.of("index.html", "history.html")) {
      String path = "versions/" + version + "/" + page;
      archived.put(path, Files.readAllBytes(project.site().resolve(path)));
    }
  }

  private void material() throws IOException {
    edit(
        "technologies:\n",
        """
          - name: _new_stat
            provider: matomo
            category: analytics
            purpose: Counts visits
            duration: P1Y
        technologies:
        """);
  }

  private void editorial() throws IOException {
    edit(
        "purpose: Identifies your active session on the platform\n",
        "purpose: Identifies your active session on the platform.\n");
  }

  private void notable() throws IOException {
    edit(
        "purpose: Stores your selected UI language so it persists across sessions\n",
        "purpose: Stores your selected UI language and region so they persist across sessions\n");
  }

  private void edit(String find, String replace) throws IOException {
    String yaml = Files.readString(project.registry(), StandardCharsets.UTF_8);
    assertThat(yaml).contains(find);
    Files.writeString(project.registry(), yaml.replace(find, replace), StandardCharsets.UTF_8);
  }

  private Step release(String date, String version) throws IOException {
    Cli r =
        Cli.run(
            "release",
            project.registry().toString(),
            "--out",
            project.site().toString(),
            "--date",
            date);
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).startsWith("released " + version);
    return new Step(version, date);
  }

  /** The published state after one release. */
  private final class Step {
    final String version;
    final String date;

    Step(String version, String date) {
      this.version = version;
      this.date = date;
    }

    Document page() throws IOException {
      return Jsoup.parse(read("index.html"));
    }

    JsonNode notice() throws IOException {
      return JSON.readTree(read("notice.json"));
    }

    JsonNode manifest() throws IOException {
      return JSON.readTree(read("manifest.json"));
    }

    String noticeSince() throws IOException {
      Element notice = page().getElementById("policy-changed");
      assertThat(notice).as("the page's change notice").isNotNull();
      String text = notice.selectFirst("p").text();
      return text.substring(
          text.indexOf("to version ") + "to version ".length(), text.length() - 1);
    }

    List<String> noticeItems() throws IOException {
      List<String> out = new ArrayList<>();
      for (Element li : page().select("#policy-changed li")) out.add(li.text());
      return out;
    }

    /** The CHANGELOG entry of this version, from its heading to the next. */
    String changelogEntry() throws IOException {
      String log = Files.readString(project.changelog(), StandardCharsets.UTF_8);
      int start = log.indexOf("## [" + version + "]");
      assertThat(start).as("entry of %s", version).isNotNegative();
      int end = log.indexOf("\n## [", start + 1);
      return log.substring(start, end < 0 ? log.length() : end);
    }

    void assertEffective(String iso, String text) throws IOException {
      Element dates = page().selectFirst("p.dates");
      assertThat(dates.select("time").get(0).attr("datetime")).isEqualTo(iso);
      assertThat(dates.text()).startsWith("Effective: " + text + " · Last Updated:");
      assertThat(dates.select("time").get(1).attr("datetime")).isEqualTo(date);
      assertThat(notice().path("effective").asText()).isEqualTo(iso);
      assertThat(manifest().path("policy").path("effective").asText()).isEqualTo(iso);
      assertThat(Files.readString(project.registry())).contains("  effective: " + iso + "\n");
      Element notice = page().getElementById("policy-changed");
      if (notice != null) assertThat(notice.selectFirst("time").attr("datetime")).isEqualTo(iso);
    }

    /** The page, the history and the notice's messages speak to visitors, not to reviewers. */
    void assertPublicWords() throws IOException {
      PublicWords.assertPublic(page().body().text(), "index.html");
      PublicWords.assertPublic(Jsoup.parse(read("history.html")).body().text(), "history.html");
      for (JsonNode c : notice().path("changes")) {
        PublicWords.assertPublic(c.path("message").asText(), "notice.json");
      }
      PublicWords.assertPublic(
          Files.readString(project.changelog(), StandardCharsets.UTF_8), "CHANGELOG.md");
    }

    /** Each row of {@code versions/index.html}: version, released, effective, change, status. */
    List<String> versions() throws IOException {
      List<String> rows = new ArrayList<>();
      for (Element tr :
          Jsoup.parse(read("versions/index.html")).select("table.versions tbody tr")) {
        List<String> cells = new ArrayList<>();
        for (Element cell : tr.children().subList(0, 5)) cells.add(cell.text());
        rows.add(String.join(" | ", cells));
      }
      return rows;
    }

    String read(String file) throws IOException {
      return Files.readString(project.site().resolve(file), StandardCharsets.UTF_8);
    }
  }
}
