package dev.cookiereg.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cookiereg.RegistryLoader;
import dev.cookiereg.model.Cookie;
import dev.cookiereg.model.Registry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The French edition of the project's policy holds every fact of the English page (cookies, their
 * names, providers and durations, links, dates, anchors), says so in its own language ({@code
 * lang}, {@code hreflang} both ways), and the banners speak French on a French page.
 */
class FrenchEditionTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Path site;
  private static Document en;
  private static Document fr;
  private static Registry registry;

  @BeforeAll
  static void build() throws Exception {
    site = BuiltSite.get();
    en = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
    fr = Jsoup.parse(site.resolve("fr/index.html").toFile(), "UTF-8");
    registry = new RegistryLoader().load(Path.of("cookies.yaml")).registry();
  }

  @Test
  void theFrenchPageHasEveryCookieRowSectionAndClauseAnchorOfTheEnglishOne() {
    assertThat(fr.select("main [id]").eachAttr("id"))
        .isNotEmpty()
        .containsExactlyElementsOf(en.select("main [id]").eachAttr("id"));
  }

  @Test
  void everyCookieKeepsItsNameProviderAndDurationNumbersInFrench() {
    for (Cookie c : registry.cookies()) {
      Element enRow = en.getElementById("cookie-" + c.id());
      Element frRow = fr.getElementById("cookie-" + c.id());
      assertThat(frRow).as("row of %s", c.id()).isNotNull();
      if (c.name() != null) assertThat(frRow.selectFirst("th code").text()).isEqualTo(c.name());
      assertThat(frRow.child(1).text())
          .as("provider of %s", c.id())
          .isEqualTo(enRow.child(1).text());
      assertThat(digits(frRow.child(4).text()))
          .as("duration of %s", c.id())
          .isEqualTo(digits(enRow.child(4).text()));
    }
    assertThat(fr.getElementById("cookie-_pk_id").child(4).text()).isEqualTo("13 mois");
    assertThat(fr.getElementById("cookie-_pk_ses").child(4).text())
        .isEqualTo("30 minutes d'inactivité");
    assertThat(fr.getElementById("cookie-access-token").child(4).text())
        .isEqualTo("12 heures (standard) ou 30 jours (se souvenir de moi)");
  }

  @Test
  void everyLinkDateAndEmailOfTheEnglishPageIsOnTheFrenchPage() {
    assertThat(fr.select("main a[href]").eachAttr("href"))
        .containsExactlyInAnyOrderElementsOf(en.select("main a[href]").eachAttr("href"));
    assertThat(fr.select("time").eachAttr("datetime"))
        .containsExactlyElementsOf(en.select("time").eachAttr("datetime"));
    assertThat(fr.select("address").text()).contains(registry.controller().email());
    assertThat(fr.selectFirst("p.dates").text())
        .startsWith("En vigueur : ")
        .endsWith(" · Version " + registry.policy().version());
  }

  @Test
  void theFrenchPageSpeaksFrenchWhereTheEnglishOneSpeaksEnglish() {
    assertThat(fr.selectFirst("html").attr("lang")).isEqualTo("fr-CA");
    assertThat(fr.selectFirst("h1").text()).isEqualTo("Politique relative aux témoins");
    assertThat(fr.selectFirst("#toc-heading").text()).isEqualTo("Table des matières");
    assertThat(fr.selectFirst("table.cookies thead").select("th").eachText())
        .containsExactly("Témoin", "Fournisseur", "Finalité", "Type", "Durée");
    // a cross-reference is numbered as in English, in French words
    assertThat(fr.select("main a[href=\"#other-technologies\"]").first().text())
        .isEqualTo("section 3");
    // one word for cookie: none in the French prose (addresses and cookie names aside) but where
    // 1.1 gives the English term beside « témoin »
    Element prose = fr.selectFirst("main").clone();
    prose.select("a, code").remove();
    assertThat(prose.text().split("(?i)cookie", -1).length - 1)
        .as("'cookie' in the French page's prose")
        .isEqualTo(1);
    assertThat(prose.text()).contains("« cookies »");
  }

  /**
   * The change notice lists the changes in French, one for each of the English notice's, naming
   * categories by their French titles and cookies by their names; no item is marked English.
   */
  @Test
  void theFrenchChangeNoticeListsTheChangesInFrench() {
    List<String> enItems = en.select("#policy-changed li").eachText();
    List<String> frItems = fr.select("#policy-changed li").eachText();
    assertThat(enItems).isNotEmpty();
    assertThat(frItems).hasSameSizeAs(enItems);
    assertThat(fr.select("#policy-changed [lang]")).isEmpty();
    assertThat(frItems)
        .contains("Le témoin « cc_cookie » a été ajouté à la catégorie Témoins essentiels.")
        .contains("La politique est désormais aussi publiée en français (Canada).")
        .noneMatch(t -> t.startsWith("The ") || t.contains(" was ") || t.contains(" now "));
  }

  @Test
  void theFrenchNoticeEmailedToUsersSaysEachChangeAsTheFrenchPageDoes() throws IOException {
    JsonNode enNotice = JSON.readTree(site.resolve("notice.json").toFile());
    JsonNode frNotice = JSON.readTree(site.resolve("fr/notice.json").toFile());
    List<String> enMessages = enNotice.get("changes").findValuesAsText("message");
    List<String> frMessages = frNotice.get("changes").findValuesAsText("message");

    assertThat(frMessages)
        .isNotEmpty()
        .hasSameSizeAs(enMessages)
        .doesNotContainAnyElementsOf(enMessages);
    assertThat(frNotice.has("messageLanguage")).as("no message left in English").isFalse();
    assertThat(frMessages)
        .contains("La politique est désormais aussi publiée en français (Canada).");
    assertThat(frNotice.get("changes").findValuesAsText("rule"))
        .isEqualTo(enNotice.get("changes").findValuesAsText("rule"));
  }

  @Test
  void eachEditionLinksTheOtherWithHreflangAndAVisibleSwitch() {
    Map<String, String> fromEn = alternates(en);
    Map<String, String> fromFr = alternates(fr);
    assertThat(fromEn).containsOnlyKeys("en", "fr-CA", "x-default");
    assertThat(fromFr).isEqualTo(fromEn);
    assertThat(fromEn.get("fr-CA")).endsWith("/fr/index.html");
    assertThat(en.select("nav.language-switch a[hreflang=fr-CA]").text()).isEqualTo("Français");
    assertThat(fr.select("nav.language-switch a[hreflang=en]").text()).isEqualTo("English");
    assertThat(fr.select("nav.language-switch [aria-current]").text()).isEqualTo("Français");
    Document history = parse("fr/history.html");
    assertThat(history.selectFirst("html").attr("lang")).isEqualTo("fr-CA");
    assertThat(alternates(history).get("en")).endsWith("/history.html");
  }

  @Test
  void bothBannerConfigsHaveTheFrenchWordsAndPickThemFromThePage() throws IOException {
    JsonNode cc = JSON.readTree(site.resolve("banner/cookieconsent.json").toFile());
    assertThat(cc.at("/language/autoDetect").asText()).isEqualTo("document");
    assertThat(cc.at("/language/translations/fr/consentModal/title").asText())
        .isEqualTo("Nous utilisons des témoins");
    assertThat(cc.at("/language/translations/fr/preferencesModal/sections/1/title").asText())
        .isEqualTo("Témoins essentiels");
    JsonNode klaro = JSON.readTree(site.resolve("banner/klaro.json").toFile());
    assertThat(klaro.has("lang")).as("Klaro reads <html lang>").isFalse();
    assertThat(klaro.at("/translations/fr/purposes/category-analytics/title").asText())
        .isEqualTo("Témoins d'analyse");
    assertThat(klaro.at("/translations/fr/privacyPolicyUrl").asText()).endsWith("/fr/index.html");
    JsonNode manifest = JSON.readTree(site.resolve("manifest.json").toFile());
    assertThat(manifest.at("/languages/0/policy").asText()).isEqualTo("fr/index.html");
    assertThat(site.resolve(manifest.at("/languages/0/notice").asText())).exists();
  }

  @Test
  void twoBuildsWriteTheFrenchEditionByteForByte() throws IOException {
    Path once = BuiltSite.build(BuiltSite.tempDir("cookiereg-fr-").resolve("site"));
    Path again = BuiltSite.build(BuiltSite.tempDir("cookiereg-fr-").resolve("site"));
    for (String f :
        List.of(
            "fr/index.html",
            "fr/history.html",
            "fr/notice.json",
            "schema/translation.schema.json")) {
      assertThat(Files.readString(again.resolve(f)))
          .as(f)
          .isEqualTo(Files.readString(once.resolve(f)));
    }
  }

  private static Map<String, String> alternates(Document page) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Element l : page.select("link[rel=alternate][hreflang]"))
      out.put(l.attr("hreflang"), l.attr("href"));
    return out;
  }

  private static Document parse(String path) {
    try {
      return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String digits(String text) {
    return text.replaceAll("[^0-9]+", " ").strip();
  }
}
