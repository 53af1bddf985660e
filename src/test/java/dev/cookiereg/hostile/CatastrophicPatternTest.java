package dev.cookiereg.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cookiereg.cli.Cli;
import dev.cookiereg.cli.ExitCodes;
import dev.cookiereg.model.Cookie;
import dev.cookiereg.model.Retention;
import dev.cookiereg.validate.Lints;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding 6 of the hardening issue: cookie-name wildcards become regular expressions in the
 * manifest, the banner category lists and both banner configs, and {@code x} + 50 {@code *} +
 * {@code y} became {@code ^x.*.*…y$}, which froze a tab with vanilla-cookieconsent's autoClear for
 * over 30 s. Runs of {@code *} collapse to one, a name has at most {@link Lints#MAX_WILDCARDS}
 * wildcards, and every pattern the outputs hold matches 100 KB adversarial names in time linear in
 * their length — in Java, in V8 the way both banner libraries compile it, and in Python — and
 * agrees with a plain glob matcher.
 */
class CatastrophicPatternTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Path MINIMAL = Path.of("src/test/resources/registries/minimal.yaml");

  /** How long an adversarial name is. */
  static final int LENGTH = 100_000;

  /**
   * A correctness bound, not a performance target: a linear match of 100 KB takes well under a
   * millisecond.
   */
  static final double MAX_MILLIS = 1_000;

  /**
   * Names with up to the cap of wildcards: real ones (Matomo's {@code _pk_id.<site>.<hash>},
   * Google's {@code _gat_gtag_UA_<property>_<n>}), ones whose parts overlap or repeat, and an exact
   * name made of regex syntax, which Klaro would compile as a pattern if it were written as it is.
   */
  static final List<String> NAMES =
      List.of(
          "_pk_id.*.*",
          "_gat_gtag_UA_*_*",
          "a*b*c*d",
          "*a*b*",
          "ab*ab*ab*abc",
          "*.*.*",
          "x*y",
          "ph_*_posthog",
          "ga*",
          "*_gid",
          "_ga",
          "^a+a+a+a+a+a+a+a+b");

  @TempDir static Path dir;
  static Path site;

  /** The glob each regex of the manifest stands for. */
  static final Map<String, String> GLOB_OF_REGEX = new HashMap<>();

  static List<String> adversarial;

  @BeforeAll
  static void buildARegistryWithTheMostWildcardsAllowed() throws IOException {
    site = build("most-wildcards", NAMES);
    for (JsonNode c : read(site.resolve("manifest.json")).get("cookies")) {
      if (c.has("regex")) GLOB_OF_REGEX.put(c.get("regex").asText(), c.get("name").asText());
    }
    assertThat(GLOB_OF_REGEX.values())
        .as("a name with the most wildcards allowed")
        .anyMatch(n -> n.chars().filter(ch -> ch == '*').count() == Lints.MAX_WILDCARDS);
    Set<String> names = new LinkedHashSet<>();
    NAMES.forEach(n -> names.addAll(adversarial(n, LENGTH)));
    adversarial = List.copyOf(names);
    assertThat(adversarial).hasSizeGreaterThan(100).allMatch(n -> n.length() >= LENGTH);
  }

  // ------------------------------------------------------------------------------------------ runs
  // and the cap

  @Test
  void aRunOfFiftyWildcardsCollapsesToOneInEveryOutput() throws IOException {
    Path built = build("fifty", List.of("x" + "*".repeat(50) + "y"));

    JsonNode cookie = cookie(read(built.resolve("manifest.json")), "c0");
    assertThat(cookie.get("name").asText()).isEqualTo("x*y");
    assertThat(cookie.get("regex").asText()).isEqualTo("^x.*y$");
    assertThat(Files.readString(built.resolve("banner/cookieconsent.json")))
        .contains("\"/^x.*y$/\"")
        .doesNotContain("**", ".*.*");
    assertThat(Files.readString(built.resolve("banner/klaro.json")))
        .contains("\"^x.*y$\"")
        .doesNotContain(".*.*");
    assertThat(Files.readString(built.resolve("banner/categories.json")))
        .contains("\"^x.*y$\"")
        .doesNotContain(".*.*");
    assertThat(Files.readString(built.resolve("device-storage.json")))
        .contains("\"x*\"")
        .doesNotContain("**");
  }

  @Test
  void namesThatDifferOnlyInARunOfWildcardsAreTheSameCookie() throws IOException {
    Path file = write("same", List.of("x*y", "x***y"));

    Cli check = Cli.run("check", file.toString());

    assertThat(check.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(check.out())
        .containsPattern(
            Pattern.quote(file.toString())
                + ":\\d+:\\d+: error: cookie name 'x\\*y' "
                + "is already declared for provider 'stats' at line \\d+");
  }

  @Test
  void writingARunOfWildcardsAsOneIsNoChange() throws IOException {
    Path before = write("before", List.of("a**b*c"));
    Path after = write("after", List.of("a*b*c"));

    Cli diff = Cli.run("diff", before.toString(), after.toString());

    assertThat(diff.exitCode()).as(diff.err()).isZero();
    assertThat(diff.out()).contains("no changes");
  }

  @Test
  void aNameWithMoreWildcardsThanTheCapIsRefusedWithALocatedError() throws IOException {
    String name = "x*".repeat(50) + "y";
    Path file = write("over-the-cap", List.of("a" + "*b".repeat(Lints.MAX_WILDCARDS), name));

    Cli check = Cli.run("check", file.toString());

    assertThat(check.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(check.out().lines().filter(l -> l.contains(": error: ")))
        .containsExactly(
            file
                + ":"
                + lineOf(file, name)
                + ":5: error: cookie name '"
                + name
                + "' has 50 wildcards; a name may have at most "
                + Lints.MAX_WILDCARDS
                + ": spell out more of it, or declare its variants as separate cookies");
    assertThat(check.err()).doesNotContain("Exception");
  }

  @Test
  void aNameWithOneWildcardKeepsItsReadablePattern() {
    assertThat(regex("ph_*_posthog")).isEqualTo("^ph_.*_posthog$");
    assertThat(regex("ga*")).isEqualTo("^ga.*$");
    assertThat(regex("*_gid")).isEqualTo("^.*_gid$");
    assertThat(regex("_pk_id.1")).isEqualTo("^_pk_id\\.1$");
    assertThat(regex("_pk_id.*.*")).isEqualTo("^_pk_id\\.(?=(.*?\\.))\\1.*$");
  }

  // ---------------------------------------------------------------------------------------------
  // linear time

  @Test
  void anExactNameMadeOfRegexSyntaxIsNeverAPatternOfItsOwnInAnyOutput() throws IOException {
    String name =
        "^a+a+a+a+a+a+a+a+b"; // Klaro compiles a string starting with ^; on "aaa…" this backtracks
    List<String> klaro = new ArrayList<>();
    read(site.resolve("banner/klaro.json"))
        .get("services")
        .forEach(s -> s.get("cookies").forEach(c -> klaro.add(c.asText())));
    assertThat(klaro).contains(regex(name)).doesNotContain(name);
    for (Entry e : entries()) {
      assertThat(e.glob())
          .as("%s holds '%s', the regex of no declared name", e.file(), e.text())
          .isNotNull();
    }
  }

  @Test
  void everyPatternOfEveryOutputRunsInLinearTimeInJavaAndAgreesWithAGlobMatcher()
      throws IOException {
    Set<String> regexes = new LinkedHashSet<>();
    for (Entry e : entries()) {
      if (e.regex() != null) regexes.add(e.regex());
    }
    for (String regex : regexes) {
      String glob = GLOB_OF_REGEX.get(regex);
      assertThat(glob).as(regex).isNotNull();
      Pattern p = Pattern.compile(regex);
      for (String name : adversarial) {
        long budget = 4L * (name.length() + 1) * (regex.length() + 1);
        Steps steps = new Steps(name, budget);
        boolean found;
        try {
          found = p.matcher(steps).find();
        } catch (Steps.OverBudget over) {
          throw new AssertionError(
              String.format(
                  java.util.Locale.ROOT,
                  "%s took more than %,d steps on a %,d-"
                      + "character name starting '%s': it backtracks",
                  regex,
                  budget,
                  name.length(),
                  name.substring(0, 12)));
        }
        assertThat(found)
            .as("%s on a name starting '%s'", regex, name.substring(0, 12))
            .isEqualTo(glob(glob, name));
      }
    }
  }

  @Test
  void everyPatternOfEveryOutputRunsInLinearTimeInNodeAsTheBannerLibrariesRunIt() throws Exception {
    Path names = dir.resolve("names.json");
    JSON.writeValue(names.toFile(), adversarial);

    JsonNode results =
        JSON.readTree(
            run(
                List.of(
                    "node",
                    "src/test/js/patterns.mjs",
                    "site",
                    site.toString(),
                    names.toString())));

    assertThat(results).hasSize(entries().size());
    checkAgainstGlobs(results);
  }

  @Test
  void everyPatternOfTheManifestRunsInLinearTimeInPython() throws Exception {
    requirePython();
    Path names = dir.resolve("names.json");
    JSON.writeValue(names.toFile(), adversarial);

    JsonNode results =
        JSON.readTree(
            run(
                List.of(
                    "python3",
                    "src/test/python/patterns.py",
                    "site",
                    site.toString(),
                    names.toString())));

    assertThat(results)
        .hasSize(
            (int)
                entries().stream()
                    .filter(
                        e ->
                            e.file().equals("manifest.json")
                                || e.file().equals("banner/categories.json"))
                    .count());
    checkAgainstGlobs(results);
  }

  // -----------------------------------------------------------------------------------------------
  // correctness

  @Test
  void patternsAgreeWithAGlobMatcherOnRandomNamesInJavaNodeAndPython() throws Exception {
    // The reference itself, on cases one can check by eye.
    assertThat(
            List.of(
                glob("a*b", "ab"),
                glob("a*b", "axxb"),
                glob("*", ""),
                glob("ab*ab*ab", "ababab"),
                glob("_pk_id.*.*", "_pk_id.1.9f3a")))
        .containsOnly(true);
    assertThat(
            List.of(
                glob("a*b", "axxbx"), glob("a*a", "a"), glob("ab*ab*ab", "abab"), glob("*.*", "x")))
        .containsOnly(false);
    Random random = new Random(6);
    String alphabet = "ab.+^$|-";
    ArrayNode cases = JSON.createArrayNode();
    List<String> globs = new ArrayList<>();
    List<List<String>> namesOf = new ArrayList<>();
    while (globs.size() < 3000) {
      // Up to 12 wildcards, past the cap, so that backreferences \10 and up are proven too.
      int wildcards =
          globs.size() % 10 == 0 ? 4 + random.nextInt(9) : random.nextInt(Lints.MAX_WILDCARDS + 1);
      StringBuilder g = new StringBuilder(random(random, alphabet, 3));
      for (int w = 0; w < wildcards; w++) {
        g.append("*".repeat(1 + (random.nextInt(4) == 0 ? 1 : 0)))
            .append(random(random, alphabet, 3));
      }
      String glob = g.toString();
      if (glob.isEmpty()) continue;
      List<String> names = new ArrayList<>();
      for (int i = 0; i < 10; i++) names.add(random(random, alphabet, 10));
      for (int i = 0; i < 10; i++) {
        StringBuilder n = new StringBuilder();
        for (char ch : glob.toCharArray())
          n.append(ch == '*' ? random(random, alphabet, 3) : String.valueOf(ch));
        if (random.nextInt(3) == 0 && n.length() > 0)
          n.deleteCharAt(random.nextInt(n.length())); // a near miss
        names.add(n.toString());
      }
      globs.add(glob);
      namesOf.add(names);
      ObjectNode c = cases.addObject().put("regex", regex(glob));
      names.forEach(c.putArray("names")::add);
    }
    Path file = dir.resolve("pairs.json");
    JSON.writeValue(file.toFile(), cases);
    JsonNode node =
        JSON.readTree(run(List.of("node", "src/test/js/patterns.mjs", "pairs", file.toString())));
    JsonNode python =
        hasPython()
            ? JSON.readTree(
                run(List.of("python3", "src/test/python/patterns.py", "pairs", file.toString())))
            : null;

    int matches = 0;
    int total = 0;
    for (int i = 0; i < globs.size(); i++) {
      String glob = globs.get(i);
      Pattern java = Pattern.compile(regex(glob));
      for (int j = 0; j < namesOf.get(i).size(); j++) {
        String name = namesOf.get(i).get(j);
        boolean expected = glob(glob, name);
        String what = String.format("'%s' (regex %s) on '%s'", glob, regex(glob), name);
        assertThat(java.matcher(name).find()).as("Java: " + what).isEqualTo(expected);
        assertThat(node.get(i).get(j).asBoolean()).as("Node: " + what).isEqualTo(expected);
        if (python != null)
          assertThat(python.get(i).get(j).asBoolean()).as("Python: " + what).isEqualTo(expected);
        matches += expected ? 1 : 0;
        total++;
      }
    }
    assertThat(matches).as("matches among %d pairs", total).isBetween(total / 4, total * 3 / 4);
    requirePython();
  }

  // ---------------------------------------------------------------------------------------------------- helpers

  /**
   * One pattern as an output holds it, what a reader compiles from it, and the name it stands for.
   */
  record Entry(String file, String text, String regex, String glob) {}

  /** Every pattern of the built site, in the order patterns.mjs visits them. */
  static List<Entry> entries() throws IOException {
    List<Entry> out = new ArrayList<>();
    for (JsonNode c : read(site.resolve("manifest.json")).get("cookies")) {
      if (c.has("regex")) out.add(regexEntry("manifest.json", c.get("regex").asText()));
    }
    for (JsonNode category : read(site.resolve("banner/categories.json")).get("categories")) {
      for (JsonNode c : category.get("cookies")) {
        if (c.has("pattern"))
          out.add(regexEntry("banner/categories.json", c.get("pattern").asText()));
      }
    }
    for (JsonNode category : read(site.resolve("banner/cookieconsent.json")).get("categories")) {
      for (JsonNode c : category.path("autoClear").path("cookies")) {
        String name = c.get("name").asText();
        out.add(
            name.matches("/(.+)/[a-z]*")
                ? regexEntry(
                    "banner/cookieconsent.json", name, name.substring(1, name.lastIndexOf('/')))
                : new Entry("banner/cookieconsent.json", name, null, name));
      }
    }
    for (JsonNode service : read(site.resolve("banner/klaro.json")).get("services")) {
      for (JsonNode c : service.get("cookies")) {
        String p = c.asText();
        out.add(
            p.startsWith("^")
                ? regexEntry("banner/klaro.json", p)
                : new Entry("banner/klaro.json", p, null, p));
      }
    }
    return out;
  }

  static Entry regexEntry(String file, String regex) {
    return regexEntry(file, regex, regex);
  }

  static Entry regexEntry(String file, String text, String regex) {
    return new Entry(file, text, regex, GLOB_OF_REGEX.get(regex));
  }

  /**
   * Results of patterns.mjs or patterns.py: the same answer as the glob matcher, each within the
   * bound.
   */
  static void checkAgainstGlobs(JsonNode results) throws IOException {
    Map<String, String> globOfText = new HashMap<>();
    for (Entry e : entries()) globOfText.put(e.file() + " " + e.text(), e.glob());
    for (JsonNode r : results) {
      String where = r.get("file").asText() + " " + r.get("text").asText();
      String glob = globOfText.get(where);
      assertThat(glob).as(where).isNotNull();
      assertThat(r.get("maxMs").asDouble())
          .as("slowest match of %s, in ms", where)
          .isLessThan(MAX_MILLIS);
      for (int i = 0; i < adversarial.size(); i++) {
        assertThat(r.get("matched").get(i).asBoolean())
            .as("%s on a name starting '%s'", where, adversarial.get(i).substring(0, 12))
            .isEqualTo(glob(glob, adversarial.get(i)));
      }
    }
  }

  /**
   * Names that make a backtracking matcher try every split of the text: the glob's first part, then
   * one of its parts (or all of them, or a single character) repeated to {@code length}, then
   * nothing, a character no part has, or the last part.
   */
  static List<String> adversarial(String glob, int length) {
    String[] parts = glob.split("\\*", -1);
    String first = parts[0];
    String last = parts[parts.length - 1];
    Set<String> units = new LinkedHashSet<>(Arrays.asList(parts));
    units.add(String.join("", Arrays.asList(parts).subList(1, parts.length)));
    units.add(String.join("", parts));
    units.add("a");
    units.add(glob.replace("*", "").isEmpty() ? "a" : glob.replace("*", "").substring(0, 1));
    units.remove("");
    List<String> out = new ArrayList<>();
    for (String unit : units) {
      String body = unit.repeat(length / unit.length() + 1);
      for (String end : List.of("", "!", last)) out.add(first + body + end);
    }
    return out;
  }

  /**
   * The reference: does {@code glob} ({@code *} is any text) match all of {@code name}? O(glob ×
   * name).
   */
  static boolean glob(String glob, String name) {
    String[] parts = glob.split("\\*", -1);
    if (!name.startsWith(parts[0]) || !name.endsWith(parts[parts.length - 1]))
      return false; // a quick no
    boolean[] matched =
        new boolean[name.length() + 1]; // matched[j]: the glob so far matches name[0, j)
    matched[0] = true;
    for (char g : glob.toCharArray()) {
      boolean[] next = new boolean[name.length() + 1];
      boolean any = false;
      for (int j = 0; j <= name.length(); j++) {
        if (g == '*') {
          any |= matched[j];
          next[j] = any;
        } else {
          next[j] = j > 0 && matched[j - 1] && name.charAt(j - 1) == g;
        }
      }
      matched = next;
    }
    return matched[name.length()];
  }

  /** A text that counts every character a matcher reads and stops it past a budget. */
  static final class Steps implements CharSequence {
    static final class OverBudget extends RuntimeException {
      private static final long serialVersionUID = 1L;

      OverBudget() {
        super(null, null, false, false);
      }
    }

    private final String text;
    private final long budget;
    private long steps;

    Steps(String text, long budget) {
      this.text = text;
      this.budget = budget;
    }

    @Override
    public char charAt(int index) {
      if (++steps > budget) throw new OverBudget();
      return text.charAt(index);
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return text.subSequence(start, end);
    }

    @Override
    public String toString() {
      return text;
    }
  }

  static String regex(String glob) {
    return new Cookie("c", glob, null, "p", null, "c", "purpose", Retention.session(), null, null)
        .regex();
  }

  static String random(Random random, String alphabet, int maxLength) {
    StringBuilder s = new StringBuilder();
    for (int i = random.nextInt(maxLength + 1); i > 0; i--) {
      s.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return s.toString();
  }

  /**
   * The minimal registry with one analytics cookie per name, ids c0, c1, …, before its sections.
   */
  static Path write(String name, List<String> names) throws IOException {
    StringBuilder cookies = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      cookies
          .append("  - id: c")
          .append(i)
          .append('\n')
          .append("    name: \"")
          .append(names.get(i))
          .append("\"\n")
          .append(
              "    provider: stats\n    category: analytics\n    purpose: Counts visits\n    duration: P13M\n");
    }
    String registry =
        Files.readString(MINIMAL, StandardCharsets.UTF_8)
            .replace("sections:\n", cookies + "sections:\n");
    Path file = Files.createDirectories(dir.resolve(name)).resolve("cookies.yaml");
    Files.writeString(file, registry, StandardCharsets.UTF_8);
    return file;
  }

  static Path build(String name, List<String> names) throws IOException {
    Path file = write(name, names);
    Path out = file.resolveSibling("site");
    Cli build = Cli.run("build", file.toString(), "--out", out.toString());
    assertThat(build.exitCode()).as(build.out() + build.err()).isZero();
    return out;
  }

  static int lineOf(Path file, String name) throws IOException {
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).equals("    name: \"" + name + "\"")) return i + 1;
    }
    return fail("no line names " + name);
  }

  static JsonNode read(Path file) throws IOException {
    return JSON.readTree(file.toFile());
  }

  static JsonNode cookie(JsonNode manifest, String id) {
    for (JsonNode c : manifest.get("cookies")) {
      if (c.get("id").asText().equals(id)) return c;
    }
    return fail("no cookie " + id);
  }

  /**
   * Runs a command from the project folder; its standard output, or a failure if it fails or takes
   * a minute.
   */
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
      fail("%s did not finish within a minute: a pattern backtracks", command);
    }
    assertThat(p.exitValue()).as("%s: %s", command, Files.readString(err)).isZero();
    return Files.readString(out);
  }

  static boolean hasPython() {
    for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (!d.isEmpty() && Files.isExecutable(Path.of(d, "python3"))) return true;
    }
    return false;
  }

  /**
   * Python is required on CI ({@code CI=true}, where .ci/run installs it); a machine without it
   * skips.
   */
  static void requirePython() {
    if (hasPython()) return;
    if ("true".equalsIgnoreCase(System.getenv("CI")))
      throw new AssertionError("CI=true but python3 is missing");
    Assumptions.assumeTrue(false, "python3 is not on PATH — skipped locally");
  }
}
