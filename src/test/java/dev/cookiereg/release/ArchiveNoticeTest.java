package dev.cookiereg.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cookiereg.model.Version;
import dev.cookiereg.site.RenderException;
import dev.cookiereg.site.SiteFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * An archived page says what it is, and the notice only adds: without it, a page is byte for byte
 * what was archived before, so the versions released before notices existed keep the SHA-256 their
 * release recorded.
 */
class ArchiveNoticeTest {
  private static final ArchiveNotice.Facts FACTS =
      new ArchiveNotice.Facts(
          Version.parse("2.1.0"),
          "Cookie Policy",
          LocalDate.parse("2026-11-30"),
          LocalDate.parse("2026-12-29"),
          ArchiveNotice.CURRENT_PAGE);

  /**
   * The SHA-256 of each archived page as {@code site/versions/SHA256SUMS} recorded it when the
   * version was released (commit dae2714, before pages carried a notice).
   */
  private static final Map<String, String> RECORDED_AT_RELEASE =
      Map.of(
          "1.0.0/history.html", "512aad5b3773a53b15473d1d54a24b27fa20663a1a04f8d3fd1566512b81c52f",
          "1.0.0/index.html", "df265b1a774d14274175e4c313e8d4ea18443c64210240dd3de7bc85bdb82cb0",
          "2.0.0/history.html", "77fd98875609acc5639e7ef0aa64a6879b3fdc881a759404b3251399b5b47c9d",
          "2.0.0/index.html", "b48ab266adb1d713b1661096b34c6d1d58a0575619bdb6770e44d5528a8c91e8",
          "2.1.0/history.html", "79ec5630b39991c9ec877c471131a839504c781eaed4bae035ccb83cdddf13f8",
          "2.1.0/index.html", "094cb5d63580b11174ff49dfebb1c88ad0219afc269ec36f50e1478c1658c2f1");

  @Test
  void theNoticeOnlyAddsLinesAndTheTitlesSuffixAndComesOffExactly() throws Exception {
    for (String page : List.of("index.html", "history.html")) {
      byte[] current = Files.readAllBytes(Path.of("site", page));
      byte[] archived = ArchiveNotice.add("versions/2.1.0/" + page, current, FACTS);

      List<String> before = lines(current);
      List<String> after = lines(archived);
      String title = before.stream().filter(l -> l.startsWith("<title>")).findFirst().orElseThrow();
      String archivedTitle = title.replace("</title>", " — version 2.1.0 (archived)</title>");
      assertThat(after).as(page).contains(archivedTitle).doesNotContain(title);
      // Every line of the page is still there, in order, with only lines added between them.
      List<String> added = new ArrayList<>();
      int next = 0;
      for (String line : after) {
        String original = line.equals(archivedTitle) ? title : line;
        if (next < before.size() && before.get(next).equals(original)) next++;
        else added.add(line);
      }
      assertThat(next).as(page + ": every original line kept, in order").isEqualTo(before.size());
      assertThat(added)
          .as(page + ": the robots line and the notice's six lines, nothing else")
          .hasSize(7)
          .contains("<meta name=\"robots\" content=\"noindex\">")
          .anyMatch(l -> l.startsWith("<aside class=\"archive-notice\""));
      assertThat(ArchiveNotice.remove(archived)).as(page).isEqualTo(current);
      assertThat(ArchiveNotice.carries(archived)).isTrue();
      assertThat(ArchiveNotice.carries(current)).isFalse();
    }
  }

  @Test
  void anArchivedPageStatesItsVersionAndDatesIsNotIndexedAndLinksTheCurrentPolicy()
      throws Exception {
    Document page =
        parse(
            ArchiveNotice.add(
                "versions/2.1.0/index.html",
                Files.readAllBytes(Path.of("site", "index.html")),
                FACTS));
    assertThat(page.title()).isEqualTo("Cookie Policy — version 2.1.0 (archived)");
    assertThat(page.select("head meta[name=robots]").attr("content")).isEqualTo("noindex");
    Element notice = page.selectFirst("aside.archive-notice");
    assertThat(notice.text())
        .isEqualTo(
            "Archived version. This is version 2.1.0 of the Cookie Policy, released on November"
                + " 30, 2026 with the effective date December 29, 2026. It is kept in the archive"
                + " as it was published; a later version may have replaced it. Read the current"
                + " Cookie Policy");
    assertThat(notice.select("time").eachAttr("datetime"))
        .containsExactly("2026-11-30", "2026-12-29");
    assertThat(notice.select("a").attr("href")).isEqualTo("../../index.html");
    assertThat(page.body().child(0).hasClass("skip-link"))
        .as("the skip link stays the first thing to focus")
        .isTrue();
    assertThat(page.body().child(1)).isSameAs(notice);

    Document published =
        parse(
            ArchiveNotice.add(
                "versions/2.1.0/history.html",
                Files.readAllBytes(Path.of("site", "history.html")),
                new ArchiveNotice.Facts(
                    FACTS.version(),
                    "Cookie & Tracking Policy",
                    FACTS.released(),
                    FACTS.effective(),
                    "https://example.com/legal/cookies?a=1&b=2")));
    Element history = published.selectFirst("aside.archive-notice");
    assertThat(history.text())
        .contains("policy history as it was published with version 2.1.0 of the Cookie & Tracking")
        .contains("later versions may have been released since");
    assertThat(history.select("a").attr("href"))
        .as("the registry's public URL, when it has one")
        .isEqualTo("https://example.com/legal/cookies?a=1&b=2");
  }

  @Test
  void aPageThatAlreadyCarriesItsNoticeIsLeftAsItIs() throws Exception {
    List<SiteFile> archive = new ArrayList<>();
    for (String f : List.of("index.html", "history.html", "manifest.json")) {
      archive.add(new SiteFile("versions/2.1.0/" + f, Files.readAllBytes(Path.of("site", f))));
    }
    List<SiteFile> once = ArchiveNotice.addTo(archive);
    List<SiteFile> twice = ArchiveNotice.addTo(once);
    for (int i = 0; i < once.size(); i++) {
      assertThat(twice.get(i).content()).isEqualTo(once.get(i).content());
    }
    assertThat(once.get(2).content()).as("not a page").isEqualTo(archive.get(2).content());
    assertThat(parse(once.get(0).content()).selectFirst("aside.archive-notice").text())
        .as("dated from the version's manifest")
        .contains("version 2.1.0 of the Cookie Policy, released on November 30, 2026");
  }

  @Test
  void theCommittedArchiveKeepsEveryPageAsReleasedBeneathItsNotice() throws Exception {
    String sums = Files.readString(Path.of("site", "versions", Archive.SUMS));
    for (Map.Entry<String, String> e : RECORDED_AT_RELEASE.entrySet()) {
      byte[] page = Files.readAllBytes(Path.of("site", "versions", e.getKey()));
      assertThat(ArchiveNotice.carries(page)).as(e.getKey()).isTrue();
      assertThat(sha256(ArchiveNotice.remove(page)))
          .as(e.getKey() + " without its notice")
          .isEqualTo(e.getValue());
      assertThat(sums).contains("#   " + e.getValue() + "  " + e.getKey() + "\n");
    }
  }

  /**
   * An edition's archived pages say they are archived in the edition's language: French title
   * suffix, noindex, the notice in French naming the policy by its French title and dated in
   * French, a link to the current French page; without it, each is its archived bytes.
   */
  @Test
  void anEditionsArchivedPagesCarryTheNoticeInTheirLanguageAndComeOffExactly() throws Exception {
    List<SiteFile> archive = new ArrayList<>();
    archive.add(
        new SiteFile(
            "versions/2.1.0/manifest.json", Files.readAllBytes(Path.of("site/manifest.json"))));
    for (String page : List.of("index.html", "history.html")) {
      archive.add(
          new SiteFile(
              "versions/2.1.0/fr/" + page, Files.readAllBytes(Path.of("site", "fr", page))));
    }
    List<SiteFile> noticed = ArchiveNotice.addTo(archive);
    for (int i = 1; i < 3; i++) {
      byte[] page = noticed.get(i).content();
      Document doc = parse(page);
      String what = archive.get(i).path();
      assertThat(ArchiveNotice.carries(page)).as(what).isTrue();
      assertThat(ArchiveNotice.remove(page)).as(what).isEqualTo(archive.get(i).content());
      assertThat(doc.title()).as(what).endsWith(" — version 2.1.0 (archivée)");
      assertThat(doc.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
      Element aside = doc.selectFirst("aside.archive-notice");
      assertThat(aside.attr("aria-label")).isEqualTo("Version archivée");
      assertThat(aside.text())
          .as(what)
          .startsWith("Version archivée.")
          .contains("la version 2.1.0 de la Politique relative aux témoins, publiée le ")
          .doesNotContain("Archived", "Cookie Policy", "released");
      assertThat(aside.select("a").attr("href"))
          .as("the current French page")
          .isEqualTo("https://aktok.com/legal/cookies/fr/index.html");
    }
    assertThat(ArchiveNotice.addTo(noticed).get(1).content())
        .as("once")
        .isEqualTo(noticed.get(1).content());
  }

  /** Without a published URL, an edition's archived page links the edition's page on the site. */
  @Test
  void anEditionsNoticeLinksTheEditionsCurrentPageOnTheSiteWithoutAUrl() {
    ArchiveNotice.Facts fr = ArchiveNotice.inEdition(FACTS, "fr", "Politique relative aux témoins");
    assertThat(fr.current()).isEqualTo("../../../fr/index.html");
    assertThat(fr.policyTitle()).isEqualTo("Politique relative aux témoins");
  }

  @Test
  void theCommittedFrenchArchiveKeepsItsReleasedBytesBeneathItsNotice() throws Exception {
    // the SHA-256 SHA256SUMS recorded at the release of 2.2.0 (commit 3468bbd), without a notice
    Map<String, String> released =
        Map.of(
            "2.2.0/fr/index.html",
            "3b63aa8d39571af872154a4333421c3ae2bad07b7e31e65e33a8f102fb390ae8",
            "2.2.0/fr/history.html",
            "2f751d8ee7cdbdd71711fc6d70fad8802e988233c7e5e8d2dda67a0fc19486e0");
    String sums = Files.readString(Path.of("site", "versions", Archive.SUMS));
    for (Map.Entry<String, String> e : released.entrySet()) {
      String page = e.getKey();
      byte[] archived = Files.readAllBytes(Path.of("site", "versions", page));
      assertThat(ArchiveNotice.carries(archived)).as(page).isTrue();
      assertThat(sha256(ArchiveNotice.remove(archived))).as(page).isEqualTo(e.getValue());
      assertThat(sums)
          .as("the released page's SHA-256, kept beneath the notice's")
          .contains("#   " + e.getValue() + "  " + page + "\n")
          .contains(sha256(archived) + "  " + page + "\n");
    }
  }

  @Test
  void aPageWithoutAHeadTitleOrBodyIsRefusedInOneLine() {
    byte[] bare = "<p>a page with no head</p>\n".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ArchiveNotice.add("versions/2.1.0/index.html", bare, FACTS))
        .isInstanceOf(RenderException.class)
        .hasMessage(
            "versions/2.1.0/index.html: error: cannot add the archive notice: the page needs a"
                + " <title>, a </head> and a <body> (check the templates)");
  }

  private static Document parse(byte[] html) {
    return Jsoup.parse(new String(html, StandardCharsets.UTF_8));
  }

  private static List<String> lines(byte[] html) {
    return Arrays.asList(new String(html, StandardCharsets.UTF_8).split("\n", -1));
  }

  private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
