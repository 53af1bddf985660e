package dev.cookiereg.ocd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cookiereg.RegistryLoader;
import dev.cookiereg.cli.Cli;
import dev.cookiereg.model.Cookie;
import dev.cookiereg.model.Globs;
import dev.cookiereg.model.NameMatcher;
import dev.cookiereg.model.Registry;
import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A service that reads only {@code site/manifest.json} classifies every cookie name as cookiereg
 * does: {@code src/test/python/classify.py} (the precedence the manifest's schema documents, with
 * the manifest's regexes, in Python) and {@link NameMatcher} agree on every name of the Open Cookie
 * Database, classified against the manifest built from the database's import.
 */
class ManifestClassifierTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String NAME_COLUMN = "Cookie / Data Key name";

  /** Distinct database names that more than one imported declaration matches. */
  static final int SEVERAL = 110;

  /** Of those, names matched by declarations of different categories. */
  static final int ACROSS_CATEGORIES = 42;

  @TempDir static Path dir;
  static Path manifest;
  static Registry registry;
  static List<String> names;

  @BeforeAll
  static void buildTheImportedDatabase() throws Exception {
    String csv;
    try (InputStream in =
        ManifestClassifierTest.class.getResourceAsStream("/ocd/open-cookie-database.csv")) {
      csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Path file = dir.resolve("cookies.yaml");
    Files.writeString(
        file,
        OcdImporter.run(csv, OcdImporter.Options.defaults("open-cookie-database.csv")).yaml(),
        StandardCharsets.UTF_8);
    Cli build = Cli.run("build", file.toString(), "--out", dir.resolve("site").toString());
    assertThat(build.exitCode()).as(build.err()).isZero();
    manifest = dir.resolve("site/manifest.json");
    registry = new RegistryLoader().load(file).registry();

    List<CsvReader.Record> rows = CsvReader.parse(csv);
    int column = rows.get(0).fields().indexOf(NAME_COLUMN);
    assertThat(column).isNotNegative();
    Set<String> all = new LinkedHashSet<>();
    for (CsvReader.Record row : rows.subList(1, rows.size())) {
      if (row.fields().size() > column) all.add(row.fields().get(column));
    }
    names = List.copyOf(all);
  }

  @Test
  void pythonReadingOnlyTheManifestClassifiesEveryDatabaseNameAsNameMatcherDoes() throws Exception {
    requirePython();
    Path namesFile = dir.resolve("names.json");
    JSON.writeValue(namesFile.toFile(), names);

    JsonNode python =
        JSON.readTree(
            run(
                List.of(
                    "python3",
                    "src/test/python/classify.py",
                    manifest.toString(),
                    namesFile.toString())));

    NameMatcher<Cookie> matcher = NameMatcher.of(registry.cookies());
    assertThat(python).hasSize(names.size());
    List<String> disagreements = new ArrayList<>();
    int classified = 0;
    for (int i = 0; i < names.size(); i++) {
      String expected = matcher.match(names.get(i)).map(Cookie::id).orElse(null);
      String got = python.get(i).isNull() ? null : python.get(i).asText();
      if (expected != null) classified++;
      if (!Objects.equals(expected, got)) {
        disagreements.add(names.get(i) + ": Java " + expected + ", Python " + got);
      }
    }
    assertThat(disagreements).isEmpty();
    // Every name the import kept is classified; the rows it skipped (spaces, brackets) may not be.
    assertThat(classified).isGreaterThanOrEqualTo(registry.cookies().size() * 9 / 10);
  }

  /**
   * The database's overlaps are mostly an exact name beside a pattern; the overlap rule's case
   * (broken/lint-overlapping-patterns) has one of each precedence rule, tried on names made from
   * its patterns.
   */
  @Test
  void pythonAndNameMatcherAgreeOnEveryRuleOfThePrecedence() throws Exception {
    requirePython();
    Path registryFile = Path.of("src/test/resources/broken/lint-overlapping-patterns.yaml");
    Path site = dir.resolve("rules-site");
    Cli build = Cli.run("build", registryFile.toString(), "--out", site.toString());
    assertThat(build.exitCode()).as(build.err()).isZero();
    List<Cookie> cookies = new RegistryLoader().load(registryFile).registry().cookies();
    Random random = new Random(13);
    Set<String> made = new LinkedHashSet<>(List.of("q_z", "_st_", "_stid", "_stxid", "session"));
    for (Cookie c : cookies) {
      for (int i = 0; i < 30; i++) {
        StringBuilder n = new StringBuilder();
        for (char ch : c.name().toCharArray()) {
          if (ch != '*') {
            n.append(ch);
            continue;
          }
          for (int k = random.nextInt(4); k > 0; k--)
            n.append("_stidxqzab".charAt(random.nextInt(10)));
        }
        made.add(n.toString());
      }
    }
    List<String> tried = List.copyOf(made);
    Path namesFile = dir.resolve("rule-names.json");
    JSON.writeValue(namesFile.toFile(), tried);

    JsonNode python =
        JSON.readTree(
            run(
                List.of(
                    "python3",
                    "src/test/python/classify.py",
                    site.resolve("manifest.json").toString(),
                    namesFile.toString())));

    NameMatcher<Cookie> matcher = NameMatcher.of(cookies);
    Map<String, String> byJava = new LinkedHashMap<>();
    Map<String, String> byPython = new LinkedHashMap<>();
    for (int i = 0; i < tried.size(); i++) {
      byJava.put(tried.get(i), matcher.match(tried.get(i)).map(Cookie::id).orElse(null));
      byPython.put(tried.get(i), python.get(i).isNull() ? null : python.get(i).asText());
    }
    assertThat(byPython).isEqualTo(byJava);
    // One name per rule, as the rule case's warnings say.
    assertThat(byJava)
        .containsEntry("_st_id", "_st_id") // an exact name first
        .containsEntry("q_z", "q-ads") // the longer literal prefix
        .containsEntry("_stid", "st-id-ads") // the more literal text
        .containsEntry("session", "session"); // the one declared first
  }

  /**
   * What the precedence settles in the real database: names that more than one declaration matches,
   * some of them declarations of different categories — the cases the overlap warning names.
   */
  @Test
  void theDatabaseHasNamesThatSeveralCookiesMatchAndThePrecedenceGivesEachToOne() {
    NameMatcher<Cookie> matcher = NameMatcher.of(registry.cookies());
    int several = 0;
    int acrossCategories = 0;
    for (String name : names) {
      List<Cookie> all =
          registry.cookies().stream()
              .filter(c -> c.name() != null && Globs.matches(c.name(), name))
              .toList();
      if (all.size() < 2) continue;
      several++;
      if (all.stream().map(Cookie::category).distinct().count() > 1) acrossCategories++;
      Cookie winner = matcher.match(name).orElseThrow();
      assertThat(all).contains(winner);
      // No other match outranks the winner.
      for (Cookie other : all) {
        if (other == winner) continue;
        int w = registry.cookies().indexOf(winner);
        int o = registry.cookies().indexOf(other);
        boolean otherWins =
            o < w
                ? !NameMatcher.secondWins(other.name(), winner.name())
                : NameMatcher.secondWins(winner.name(), other.name());
        assertThat(otherWins).as("%s: %s beats %s", name, other.id(), winner.id()).isFalse();
      }
    }
    assertThat(several).as("names several declarations match").isEqualTo(SEVERAL);
    assertThat(acrossCategories).as("of which across categories").isEqualTo(ACROSS_CATEGORIES);
  }

  /**
   * Aktok's registry prints Matomo's {@code _pk_id} and GA4's {@code ga*}, and matches what they
   * write ({@code _pk_id.<site>.<hash>}, {@code _ga_<container-id>}): a service reading only the
   * manifest gives those names to those cookies, and the printed names alone to nothing.
   */
  @Test
  void pythonGivesTheNamesMatomoAndGa4WriteToTheCookiesThatMatchThem() throws Exception {
    requirePython();
    Path site = dir.resolve("committed-site");
    Cli build = Cli.run("build", "cookies.yaml", "--out", site.toString());
    assertThat(build.exitCode()).as(build.err()).isZero();
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("_pk_id.1.1fff", "_pk_id");
    expected.put("_pk_ses.1.1fff", "_pk_ses");
    expected.put("_pk_ref.1.1fff", "_pk_ref");
    expected.put("_ga_ABC123XYZ", "ga-property");
    expected.put("_ga", "_ga");
    expected.put("_pk_id", null);
    expected.put("gaming", null);

    assertThat(classify(site.resolve("manifest.json"), List.copyOf(expected.keySet())))
        .isEqualTo(expected)
        .isEqualTo(byNameMatcher(Path.of("cookies.yaml"), expected.keySet()));
  }

  /**
   * The precedence reads what a cookie matches, not the name the page prints: by its name {@code
   * _x} would rank below {@code _x_*}, by its {@code matches} {@code _x_long*} it ranks above.
   */
  @Test
  void pythonRanksACookieByTheLiteralPrefixOfWhatItMatches() throws Exception {
    requirePython();
    Path registry = dir.resolve("matches.yaml");
    Files.writeString(
        registry,
        Files.readString(Path.of("src/test/resources/registries/minimal.yaml"))
            .replace(
                "sections:\n",
                """
                  - id: x-family
                    name: _x_*
                    provider: stats
                    category: analytics
                    purpose: Counts visits
                    duration: P1D
                  - id: x-long
                    name: _x
                    matches: _x_long*
                    provider: stats
                    category: analytics
                    purpose: Counts long visits
                    duration: P1D
                sections:
                """),
        StandardCharsets.UTF_8);
    Path site = dir.resolve("matches-site");
    Cli build = Cli.run("build", registry.toString(), "--out", site.toString());
    assertThat(build.exitCode()).as(build.out() + build.err()).isZero();
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("_x_longer", "x-long");
    expected.put("_x_other", "x-family");
    expected.put("_x", null);

    assertThat(classify(site.resolve("manifest.json"), List.copyOf(expected.keySet())))
        .isEqualTo(expected)
        .isEqualTo(byNameMatcher(registry, expected.keySet()));
  }

  /** classify.py's answer for each name, in order. */
  static Map<String, String> classify(Path manifest, List<String> names) throws Exception {
    Path namesFile = Files.createTempFile(dir, "names", ".json");
    JSON.writeValue(namesFile.toFile(), names);
    JsonNode python =
        JSON.readTree(
            run(
                List.of(
                    "python3",
                    "src/test/python/classify.py",
                    manifest.toString(),
                    namesFile.toString())));
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      out.put(names.get(i), python.get(i).isNull() ? null : python.get(i).asText());
    }
    return out;
  }

  static Map<String, String> byNameMatcher(Path registry, Set<String> names) throws Exception {
    NameMatcher<Cookie> matcher =
        NameMatcher.of(new RegistryLoader().load(registry).registry().cookies());
    Map<String, String> out = new LinkedHashMap<>();
    names.forEach(n -> out.put(n, matcher.match(n).map(Cookie::id).orElse(null)));
    return out;
  }

  /** Runs a command from the project folder; its standard output, or a failure. */
  static String run(List<String> command) throws Exception {
    Path out = Files.createTempFile(dir, "out", ".json");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly().waitFor();
      fail("%s did not finish within two minutes", command);
    }
    assertThat(p.exitValue()).as("%s: %s", command, Files.readString(err)).isZero();
    return Files.readString(out);
  }

  /** Python is required on CI ({@code CI=true}, where .ci/run installs it); elsewhere it skips. */
  static void requirePython() {
    for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (!d.isEmpty() && Files.isExecutable(Path.of(d, "python3"))) return;
    }
    if ("true".equalsIgnoreCase(System.getenv("CI")))
      throw new AssertionError("CI=true but python3 is missing");
    Assumptions.assumeTrue(false, "python3 is not on PATH — skipped locally");
  }
}
