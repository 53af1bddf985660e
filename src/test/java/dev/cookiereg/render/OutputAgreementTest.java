package dev.cookiereg.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cookiereg.cli.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One fact, one value: every cookie's provider name, category, duration (display and seconds),
 * refresh and domain read the same in manifest.json, banner/categories.json,
 * banner/cookieconsent.json, banner/klaro.json, device-storage.json and the policy page's cookie
 * table. Each site is built through the command line and read as a consumer reads it: JSON trees
 * and HTML, matched by the manifest's ids and documented rules, never by the generator's classes.
 * Three registries: the committed one, an Open Cookie Database import (about 2,000 cookies, idle
 * timeouts and foreign domains), and {@code registries/facts.yaml} (product labels, idle, variants
 * with a session lifetime, role-only names, a provider in two categories).
 */
class OutputAgreementTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Path FACTS = Path.of("src/test/resources/registries/facts.yaml");
  static final Path OCD = Path.of("src/test/resources/ocd/open-cookie-database.csv");

  /** ISO-8601 durations as the manifest schema allows them; each unit's length in seconds. */
  static final Pattern ISO =
      Pattern.compile(
          "P(?=\\d|T\\d)(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?"
              + "(?:T(?=\\d)(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?");

  static final long[] UNIT = {31_556_952L, 2_629_746L, 604_800L, 86_400L, 3_600L, 60L, 1L};

  @TempDir static Path tmp;
  static final Map<String, Site> SITES = new LinkedHashMap<>();

  @BeforeAll
  static void build() throws IOException {
    SITES.put("cookies.yaml", Site.build(Path.of("cookies.yaml"), tmp.resolve("committed")));
    SITES.put("facts.yaml", Site.build(FACTS, tmp.resolve("facts")));
    Path ocd = tmp.resolve("ocd");
    Files.createDirectories(ocd);
    Cli imported =
        Cli.run(
            "import-ocd",
            OCD.toString(),
            "--out",
            ocd.resolve("cookies.yaml").toString(),
            "--report",
            ocd.resolve("report.txt").toString(),
            "--date",
            "2026-02-01",
            "--domain",
            "shop.example");
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    SITES.put("open-cookie-database", Site.build(ocd.resolve("cookies.yaml"), ocd));
  }

  static Stream<String> sites() {
    return Stream.of("cookies.yaml", "facts.yaml", "open-cookie-database");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sites")
  void everyOutputNamesACookiesProviderAsThePolicyTableDoes(String name) {
    Site s = SITES.get(name);
    for (JsonNode c : s.manifest.get("cookies")) {
      String id = c.get("id").asText();
      String providerName = c.get("providerName").asText();
      assertThat(s.providers).as(id).containsKey(c.get("provider").asText());

      assertThat(s.pageRow(id).get(1)).as("page %s", id).isEqualTo(providerName);
      JsonNode generic = s.categoriesJson(c);
      assertThat(generic.get("providerName").asText())
          .as("categories.json %s", id)
          .isEqualTo(providerName);
      assertThat(generic.get("provider").asText()).as(id).isEqualTo(c.get("provider").asText());
      assertThat(unescape(s.cookieconsentRow(c).get("provider").asText()))
          .as("cookieconsent %s", id)
          .isEqualTo(providerName);
      // Klaro: a service is one provider's cookies in one category, titled by the provider's
      // name; a cookie whose row names a product of it says so after its name
      String title = s.providers.get(c.get("provider").asText());
      JsonNode service = s.klaroService(c, title);
      String entry =
          c.get("displayName").asText()
              + (providerName.equals(title) ? "" : " (" + providerName + ")");
      assertThat(", " + service.get("description").asText() + ", ")
          .as("klaro %s", id)
          .contains(", " + entry + ", ");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sites")
  void everyOutputPutsACookieInTheManifestsCategory(String name) {
    Site s = SITES.get(name);
    Map<String, Set<String>> purposes = new HashMap<>();
    for (JsonNode c : s.manifest.get("cookies")) {
      String id = c.get("id").asText();
      String category = c.get("category").asText();
      assertThat(ids(s.manifestCategory(category).get("cookies"))).as(id).contains(id);
      assertThat(s.categoriesJson(c)).as("categories.json %s", id).isNotNull();
      assertThat(s.cookieconsentRow(c)).as("cookieconsent %s", id).isNotNull();
      assertThat(
              s.klaroService(c, s.providers.get(c.get("provider").asText()))
                  .get("purposes")
                  .toString())
          .as("klaro %s", id)
          .isEqualTo("[\"category-" + category + "\"]");
      JsonNode disclosure = s.disclosures.get(id);
      if (disclosure == null) continue;
      // TCF purposes derive from the category: purpose 1 exactly when it rests on consent, and
      // the same purposes for every cookie of the category
      boolean consent = s.manifestCategory(category).get("legalBasis").asText().equals("consent");
      assertThat(disclosure.get("purposes").toString().matches("\\[1\\b.*"))
          .as("purpose 1 of %s", id)
          .isEqualTo(consent);
      purposes
          .computeIfAbsent(category, k -> new TreeSet<>())
          .add(disclosure.get("purposes").toString());
    }
    purposes.forEach((category, sets) -> assertThat(sets).as(category).hasSize(1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sites")
  void everyOutputGivesACookieTheManifestsDuration(String name) {
    Site s = SITES.get(name);
    for (JsonNode c : s.manifest.get("cookies")) {
      String id = c.get("id").asText();
      JsonNode d = c.get("duration");
      String display = d.get("display").asText();
      assertThat(s.pageRow(id).get(4)).as("page %s", id).isEqualTo(display);
      assertThat(s.categoriesJson(c).get("duration").asText())
          .as("categories.json %s", id)
          .isEqualTo(display);
      assertThat(unescape(s.cookieconsentRow(c).get("duration").asText()))
          .as("cookieconsent %s", id)
          .isEqualTo(display);
      JsonNode disclosure = s.disclosures.get(id);
      if (d.get("seconds").isNull()) {
        assertThat(disclosure).as("an unknown duration is not disclosed: %s", id).isNull();
      } else if (disclosure != null) {
        assertThat(disclosure.get("maxAgeSeconds").asLong())
            .as("device-storage %s", id)
            .isEqualTo(d.get("seconds").asLong());
      }
    }
  }

  /**
   * {@code kind} says what a duration is; {@code iso} is a strict ISO-8601 period present exactly
   * for fixed (the lifetime) and idle (the timeout); seconds is that period, or the longest
   * variant; {@code refresh} exactly for idle.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("sites")
  void aDurationsIsoIsOnePeriodOrAbsentAndItsSecondsFollow(String name) {
    Site s = SITES.get(name);
    for (JsonNode c : s.manifest.get("cookies")) {
      String id = c.get("id").asText();
      JsonNode d = c.get("duration");
      String kind = d.get("kind").asText();
      boolean onePeriod = kind.equals("fixed") || kind.equals("idle");
      assertThat(d.has("iso")).as("iso of %s (%s)", id, kind).isEqualTo(onePeriod);
      assertThat(d.get("refresh").asBoolean())
          .as("refresh of %s", id)
          .isEqualTo(kind.equals("idle"));
      switch (kind) {
        case "fixed", "idle" ->
            assertThat(d.get("seconds").asLong()).as(id).isEqualTo(seconds(d.get("iso").asText()));
        case "session" -> assertThat(d.get("seconds").asLong()).as(id).isZero();
        case "unknown" -> assertThat(d.get("seconds").isNull()).as(id).isTrue();
        case "variants" -> {
          long longest = 0;
          for (JsonNode v : d.get("variants")) {
            boolean session = v.get("kind").asText().equals("session");
            assertThat(v.has("iso")).as("variant iso of %s", id).isEqualTo(!session);
            long length = session ? 0 : seconds(v.get("iso").asText());
            assertThat(v.get("seconds").asLong()).as(id).isEqualTo(length);
            longest = Math.max(longest, length);
          }
          assertThat(d.get("seconds").asLong()).as(id).isEqualTo(longest);
        }
        default -> throw new AssertionError(id + ": unknown kind " + kind);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sites")
  void theDisclosureRefreshesExactlyTheCookiesTheManifestSaysAreRefreshed(String name) {
    Site s = SITES.get(name);
    for (JsonNode c : s.manifest.get("cookies")) {
      JsonNode disclosure = s.disclosures.get(c.get("id").asText());
      if (disclosure == null) continue;
      assertThat(disclosure.get("cookieRefresh").asBoolean())
          .as(c.get("id").asText())
          .isEqualTo(c.get("duration").get("refresh").asBoolean());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sites")
  void theDisclosureSetsACookieOnTheManifestsDomain(String name) {
    Site s = SITES.get(name);
    String own = s.manifest.get("service").get("domain").asText();
    for (JsonNode c : s.manifest.get("cookies")) {
      JsonNode disclosure = s.disclosures.get(c.get("id").asText());
      if (disclosure == null) continue;
      String domain = c.has("domain") ? c.get("domain").asText() : own;
      assertThat(disclosure.get("domains").toString())
          .as(c.get("id").asText())
          .isEqualTo("[\"" + domain + "\"]");
    }
  }

  /** The fixture holds every shape the rules above must see; the import, a crowd of them. */
  @Test
  void theRegistriesCoverEveryShapeOfFact() {
    JsonNode facts = SITES.get("facts.yaml").manifest;
    Site f = SITES.get("facts.yaml");
    List<String> shapes = new ArrayList<>();
    for (JsonNode c : facts.get("cookies")) {
      if (!c.get("providerName").asText().equals(f.providers.get(c.get("provider").asText())))
        shapes.add("product");
      if (!c.has("name")) shapes.add("role");
      if (c.has("domain")) shapes.add("domain");
      JsonNode d = c.get("duration");
      shapes.add(d.get("kind").asText());
      if (d.has("variants") && d.get("variants").toString().contains("\"session\""))
        shapes.add("session variant");
    }
    assertThat(shapes)
        .contains("product", "role", "domain", "session", "fixed", "idle", "variants")
        .contains("session variant");
    assertThat(f.disclosures.get("_st_ses").get("cookieRefresh").asBoolean()).isTrue();
    assertThat(f.klaro.toString())
        .as("a provider with cookies in two categories is two services")
        .contains("\"stats-analytics\"", "\"stats-marketing\"");

    Site ocd = SITES.get("open-cookie-database");
    assertThat(ocd.manifest.get("cookies").size()).isGreaterThan(2000);
    assertThat(ocd.manifest.get("cookies").toString()).contains("\"kind\":\"idle\"");
    assertThat(
            SITES.get("cookies.yaml").disclosures.get("_pk_ses").get("cookieRefresh").asBoolean())
        .as("Matomo's visit cookie expires after 30 minutes of inactivity")
        .isTrue();
  }

  static List<String> ids(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(i -> out.add(i.asText()));
    return out;
  }

  static long seconds(String iso) {
    Matcher m = ISO.matcher(iso);
    assertThat(m.matches()).as("ISO-8601: %s", iso).isTrue();
    long total = 0;
    for (int i = 0; i < UNIT.length; i++) {
      if (m.group(i + 1) != null) total += Long.parseLong(m.group(i + 1)) * UNIT[i];
    }
    return total;
  }

  static String unescape(String html) {
    return Parser.unescapeEntities(html, false);
  }

  /** A built site's outputs, read as JSON and HTML, with the lookups a consumer would make. */
  record Site(
      JsonNode manifest,
      JsonNode categories,
      JsonNode cookieconsent,
      JsonNode klaro,
      Map<String, String> providers,
      Map<String, JsonNode> disclosures,
      Map<String, List<String>> pageRows) {

    static Site build(Path registry, Path dir) throws IOException {
      Path out = dir.resolve("site");
      Cli build = Cli.run("build", registry.toString(), "--out", out.toString());
      assertThat(build.exitCode()).as(build.err()).isZero();
      JsonNode manifest = JSON.readTree(out.resolve("manifest.json").toFile());
      Map<String, String> providers = new HashMap<>();
      manifest
          .get("providers")
          .forEach(p -> providers.put(p.get("id").asText(), p.get("name").asText()));
      return new Site(
          manifest,
          JSON.readTree(out.resolve("banner/categories.json").toFile()),
          JSON.readTree(out.resolve("banner/cookieconsent.json").toFile()),
          JSON.readTree(out.resolve("banner/klaro.json").toFile()),
          providers,
          disclosures(manifest, JSON.readTree(out.resolve("device-storage.json").toFile())),
          pageRows(Jsoup.parse(out.resolve("index.html").toFile())));
    }

    /**
     * The texts of each row of the policy page's cookie tables, by cookie id: cookie, provider,
     * purpose, type, duration.
     */
    static Map<String, List<String>> pageRows(Document page) {
      Map<String, List<String>> rows = new HashMap<>();
      for (Element row : page.select("tr[id^=cookie-]")) {
        rows.put(row.id().substring("cookie-".length()), row.children().eachText());
      }
      return rows;
    }

    /**
     * The disclosure of each cookie by its manifest id: the disclosure lists, in the manifest's
     * order, every cookie with a name and a known duration, as IAB's identifier of what it is
     * recognised by (a {@code *} only at either end: a pattern is cut after its first inner {@code
     * *}).
     */
    static Map<String, JsonNode> disclosures(JsonNode manifest, JsonNode deviceStorage) {
      List<JsonNode> cookies = new ArrayList<>();
      deviceStorage
          .get("disclosures")
          .forEach(
              d -> {
                if (d.get("type").asText().equals("cookie")) cookies.add(d);
              });
      Map<String, JsonNode> out = new HashMap<>();
      int i = 0;
      for (JsonNode c : manifest.get("cookies")) {
        if (!c.has("name") || c.get("duration").get("seconds").isNull()) continue;
        assertThat(i).as("disclosures").isLessThan(cookies.size());
        JsonNode d = cookies.get(i++);
        assertThat(d.get("identifier").asText()).isEqualTo(identifier(pattern(c)));
        out.put(c.get("id").asText(), d);
      }
      assertThat(i).as("every cookie disclosure is a declared cookie").isEqualTo(cookies.size());
      return out;
    }

    /** What the cookie is recognised by, as the manifest documents: matches, else name. */
    static String pattern(JsonNode cookie) {
      return (cookie.has("matches") ? cookie.get("matches") : cookie.get("name")).asText();
    }

    static String identifier(String name) {
      int inner = name.indexOf('*', 1);
      return inner > 0 && inner < name.length() - 1 ? name.substring(0, inner + 1) : name;
    }

    JsonNode manifestCategory(String id) {
      for (JsonNode c : manifest.get("categories")) {
        if (c.get("id").asText().equals(id)) return c;
      }
      throw new AssertionError("no category " + id + " in the manifest");
    }

    /** The cookie in categories.json, under the manifest's category. */
    JsonNode categoriesJson(JsonNode cookie) {
      for (JsonNode cat : categories.get("categories")) {
        if (!cat.get("id").asText().equals(cookie.get("category").asText())) continue;
        for (JsonNode c : cat.get("cookies")) {
          if (c.get("id").asText().equals(cookie.get("id").asText())) return c;
        }
      }
      throw new AssertionError("categories.json lacks " + cookie.get("id") + " in its category");
    }

    /**
     * The cookie's row in cookieconsent's table of the manifest's category: the table lists the
     * category's cookies in the manifest's order, under their display names.
     */
    JsonNode cookieconsentRow(JsonNode cookie) {
      String category = cookie.get("category").asText();
      List<String> ids = new ArrayList<>();
      manifestCategory(category).get("cookies").forEach(i -> ids.add(i.asText()));
      int at = ids.indexOf(cookie.get("id").asText());
      for (JsonNode section :
          cookieconsent
              .at("/language/translations")
              .elements()
              .next()
              .get("preferencesModal")
              .get("sections")) {
        if (!section.path("linkedCategory").asText().equals(category)) continue;
        JsonNode row = section.get("cookieTable").get("body").get(at);
        assertThat(unescape(row.get("cookie").asText()))
            .isEqualTo(cookie.get("displayName").asText());
        return row;
      }
      throw new AssertionError("cookieconsent has no table for " + category);
    }

    /**
     * The Klaro service of the cookie's category titled {@code title} that lists the cookie: by its
     * pattern (Klaro reads a string starting with {@code ^} as a regular expression, any other
     * literally), or, for a cookie named only by role, by its display name.
     */
    JsonNode klaroService(JsonNode cookie, String title) {
      String category = cookie.get("category").asText();
      for (JsonNode s : klaro.get("services")) {
        if (!s.get("title").asText().equals(title)) continue;
        // Klaro's purpose for a category is category-<id> (Klaro treats "functional" specially)
        if (!s.get("purposes").toString().equals("[\"category-" + category + "\"]")) continue;
        if (!cookie.has("name")) {
          if (s.get("description").asText().contains(cookie.get("displayName").asText())) return s;
          continue;
        }
        String name = cookie.get("name").asText();
        String pattern =
            cookie.get("match").asText().equals("exact") && !name.startsWith("^")
                ? name
                : cookie.get("regex").asText();
        for (JsonNode p : s.get("cookies")) {
          if (p.asText().equals(pattern)) return s;
        }
      }
      throw new AssertionError(
          "no Klaro service '" + title + "' in " + category + " lists " + cookie.get("id"));
    }

    List<String> pageRow(String id) {
      assertThat(pageRows).as("page row of %s", id).containsKey(id);
      return pageRows.get(id);
    }
  }
}
