package dev.cookiereg.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cookiereg.cli.Cli;
import dev.cookiereg.model.Globs;
import dev.cookiereg.site.SitePaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Aktok's cookies are recognised by the names the tools really write, while the page prints the
 * names the policy gives: Matomo's {@code _pk_id}, {@code _pk_ses} and {@code _pk_ref} are {@code
 * _pk_id.<site>.<hash>} in the browser, GA4's {@code ga*} is {@code _ga_<container-id>}. Every
 * output that matches cookies (the manifest's regex, categories.json's pattern, vanilla-
 * cookieconsent's autoClear, Klaro's cookies, the device storage disclosure) recognises them, read
 * as each reader reads it, in Java and in V8.
 */
class RealCookieNamesTest {
  static final ObjectMapper JSON = new ObjectMapper();

  /** Names the tools write, planted as the issue planted them, and the cookie each belongs to. */
  static final Map<String, String> WRITTEN = new LinkedHashMap<>();

  static {
    WRITTEN.put("_pk_id.1.1fff", "_pk_id");
    WRITTEN.put("_pk_ses.1.1fff", "_pk_ses");
    WRITTEN.put("_pk_ref.1.1fff", "_pk_ref");
    WRITTEN.put("_ga_ABC123XYZ", "ga-property");
  }

  @TempDir static Path dir;
  static Path site;

  @BeforeAll
  static void build() {
    site = dir.resolve("site");
    Cli build = Cli.run("build", "cookies.yaml", "--out", site.toString());
    assertThat(build.exitCode()).as(build.err()).isZero();
  }

  static JsonNode read(String path) throws Exception {
    return JSON.readTree(site.resolve(path).toFile());
  }

  static JsonNode manifestCookie(String id) throws Exception {
    for (JsonNode c : read(SitePaths.MANIFEST).get("cookies")) {
      if (c.get("id").asText().equals(id)) return c;
    }
    throw new AssertionError("no cookie " + id + " in the manifest");
  }

  @Test
  void thePagePrintsThePolicysNamesAndTheManifestSaysWhatTheyMatch() throws Exception {
    Map<String, String> rows = new LinkedHashMap<>();
    Jsoup.parse(site.resolve(SitePaths.POLICY).toFile())
        .select("tr[id^=cookie-]")
        .forEach(r -> rows.put(r.id().substring("cookie-".length()), r.child(0).text()));
    assertThat(rows)
        .containsEntry("_pk_id", "_pk_id")
        .containsEntry("_pk_ses", "_pk_ses")
        .containsEntry("_pk_ref", "_pk_ref")
        .containsEntry("ga-property", "ga*");

    JsonNode visitor = manifestCookie("_pk_id");
    assertThat(visitor.get("name").asText()).isEqualTo("_pk_id");
    assertThat(visitor.get("displayName").asText()).isEqualTo("_pk_id");
    assertThat(visitor.get("matches").asText()).isEqualTo("_pk_id.*");
    assertThat(visitor.get("match").asText()).isEqualTo("prefix");
    JsonNode property = manifestCookie("ga-property");
    assertThat(property.get("name").asText()).isEqualTo("ga*");
    assertThat(property.get("matches").asText()).isEqualTo("_ga_*");
    assertThat(manifestCookie("_ga").has("matches")).as("matched by its name").isFalse();
  }

  @Test
  void everyOutputRecognisesTheNamesMatomoAndGa4WriteAsItsReaderReadsIt() throws Exception {
    for (Map.Entry<String, String> w : WRITTEN.entrySet()) {
      String name = w.getKey();
      String id = w.getValue();
      JsonNode cookie = manifestCookie(id);
      assertThat(Pattern.compile(cookie.get("regex").asText()).matcher(name).find())
          .as("manifest regex of %s on %s", id, name)
          .isTrue();

      JsonNode listed = null;
      for (JsonNode category : read(SitePaths.BANNER_CATEGORIES).get("categories")) {
        for (JsonNode c : category.get("cookies")) {
          if (c.get("id").asText().equals(id)) listed = c;
        }
      }
      assertThat(listed).as("categories.json %s", id).isNotNull();
      assertThat(listed.get("name").asText()).isEqualTo(cookie.get("name").asText());
      assertThat(Pattern.compile(listed.get("pattern").asText()).matcher(name).find())
          .as("categories.json pattern of %s on %s", id, name)
          .isTrue();

      List<String> autoClear = new ArrayList<>();
      read(SitePaths.COOKIECONSENT)
          .at("/categories/analytics/autoClear/cookies")
          .forEach(c -> autoClear.add(c.get("name").asText()));
      assertThat(autoClear)
          .as("vanilla-cookieconsent clears %s on Reject", name)
          .anyMatch(entry -> clearedByCookieConsent(entry, name));

      List<String> klaro = new ArrayList<>();
      read(SitePaths.KLARO)
          .get("services")
          .forEach(
              s -> {
                if (s.get("name").asText().equals(cookie.get("provider").asText() + "-analytics"))
                  s.get("cookies").forEach(c -> klaro.add(c.asText()));
              });
      assertThat(klaro)
          .as("Klaro clears %s on Decline", name)
          .anyMatch(entry -> clearedByKlaro(entry, name));

      List<String> disclosed = new ArrayList<>();
      read(SitePaths.DEVICE_STORAGE)
          .get("disclosures")
          .forEach(d -> disclosed.add(d.get("identifier").asText()));
      assertThat(disclosed)
          .as("the disclosure covers %s", name)
          .contains(cookie.get("matches").asText())
          .anyMatch(identifier -> Globs.matches(identifier, name));
    }
  }

  /**
   * An autoClear name as the README's reviver reads it: "/…/" is a RegExp, anything else a name.
   */
  static boolean clearedByCookieConsent(String entry, String name) {
    return entry.matches("/(.+)/[a-z]*")
        ? Pattern.compile(entry.substring(1, entry.lastIndexOf('/'))).matcher(name).find()
        : entry.equals(name);
  }

  /** A Klaro cookie as Klaro reads it: a string starting with ^ is a regex, any other a name. */
  static boolean clearedByKlaro(String entry, String name) {
    return entry.startsWith("^") ? Pattern.compile(entry).matcher(name).find() : entry.equals(name);
  }

  /**
   * The same in V8, through src/test/js/patterns.mjs, which reads each output as its library or a
   * service does (the cookieconsent reviver, Klaro's compile): each output that matches cookies
   * holds a pattern for every name the tools write.
   */
  @Test
  void inV8EveryOutputHoldsAPatternForEachNameTheToolsWrite() throws Exception {
    List<String> names = List.copyOf(WRITTEN.keySet());
    Path namesFile = dir.resolve("names.json");
    JSON.writeValue(namesFile.toFile(), names);

    JsonNode results =
        JSON.readTree(
            run(
                List.of(
                    "node",
                    "src/test/js/patterns.mjs",
                    "site",
                    site.toString(),
                    namesFile.toString())));

    Map<String, boolean[]> matchedIn = new LinkedHashMap<>();
    for (JsonNode r : results) {
      boolean[] any =
          matchedIn.computeIfAbsent(r.get("file").asText(), f -> new boolean[names.size()]);
      for (int i = 0; i < names.size(); i++) any[i] |= r.get("matched").get(i).asBoolean();
    }
    assertThat(matchedIn)
        .containsOnlyKeys(
            "manifest.json",
            "banner/categories.json",
            "banner/cookieconsent.json",
            "banner/klaro.json");
    matchedIn.forEach(
        (file, any) -> {
          for (int i = 0; i < names.size(); i++) {
            assertThat(any[i]).as("%s matches %s", file, names.get(i)).isTrue();
          }
        });
  }

  static String run(List<String> command) throws Exception {
    Path out = Files.createTempFile(dir, "out", ".json");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly().waitFor();
      fail("%s did not finish within a minute", command);
    }
    assertThat(p.exitValue()).as("%s: %s", command, Files.readString(err)).isZero();
    return Files.readString(out);
  }
}
