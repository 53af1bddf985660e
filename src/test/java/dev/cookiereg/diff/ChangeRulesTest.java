package dev.cookiereg.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.cookiereg.RegistryLoader;
import dev.cookiereg.diagnostic.RegistryException;
import dev.cookiereg.model.Registry;
import dev.cookiereg.testing.PublicWords;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The change rules, case by case: {@code src/test/resources/changes/cases.yaml} edits a base
 * registry (and, for an edition in another language, its {@code cookies.fr.yaml}) and names the
 * changes (rule and level) expected from base to new and, mirrored, from new back to base; where a
 * case lists {@code messages}, the words of the base-to-new changes too.
 */
class ChangeRulesTest {
  static final Path BASE = Path.of("src/test/resources/registries/diff-base.yaml");
  static final Path CASES = Path.of("src/test/resources/changes/cases.yaml");
  static final RegistryLoader LOADER = new RegistryLoader();

  static Stream<Arguments> cases() throws IOException {
    JsonNode cases = new YAMLMapper().readTree(CASES.toFile());
    List<Arguments> out = new ArrayList<>();
    cases.forEach(c -> out.add(Arguments.of(c.get("name").asText(), c)));
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void changeIsClassifiedByItsRule(String name, JsonNode c) throws Exception {
    Registry[] pair = registries(name, c);
    Registry before = pair[0];
    Registry after = pair[1];

    DiffReport forward = RegistryDiff.compare(before, after);
    assertThat(classified(forward)).as("base → new").isEqualTo(expected(c, "expect"));
    if (c.has("messages")) {
      List<String> messages = new ArrayList<>();
      c.get("messages").forEach(m -> messages.add(m.asText()));
      assertThat(forward.changes()).extracting(Change::message).as("messages").isEqualTo(messages);
    }
    if (c.has("words")) {
      List<String> words = new ArrayList<>();
      c.get("words").forEach(m -> words.add(m.asText()));
      assertThat(forward.changes()).extracting(Change::words).as("public words").isEqualTo(words);
    }
    DiffReport backward = RegistryDiff.compare(after, before);
    assertThat(classified(backward)).as("new → base").isEqualTo(expected(c, "mirror"));
    for (Change change : concat(forward.changes(), backward.changes())) {
      PublicWords.assertPublic(change.words(), change.rule().id());
    }
  }

  /**
   * A format may write the names of a message its own way (Markdown as code); with quotes it writes
   * the message itself, for every change of every case, both ways.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aFormatWritesTheNamesOfAMessageItsOwnWay(String name, JsonNode c) throws Exception {
    Registry[] pair = registries(name, c);
    Registry before = pair[0];
    Registry after = pair[1];
    List<Change> all = new ArrayList<>(RegistryDiff.compare(before, after).changes());
    all.addAll(RegistryDiff.compare(after, before).changes());
    for (Change ch : all) {
      assertThat(ch.message(n -> "'" + n + "'", v -> v)).isEqualTo(ch.message());
      assertThat(ch.message(n -> "<" + n + ">", v -> v))
          .doesNotContain("'" + ch.subject().substring(ch.subject().indexOf(':') + 1) + "'");
    }
  }

  @Test
  void everyRuleIsExercisedByACase() throws IOException {
    Set<String> seen = new HashSet<>();
    cases()
        .forEach(
            a -> {
              JsonNode c = (JsonNode) a.get()[1];
              expected(c, "expect").forEach(e -> seen.add(e.substring(0, e.indexOf(':'))));
              expected(c, "mirror").forEach(e -> seen.add(e.substring(0, e.indexOf(':'))));
            });
    List<String> missing =
        ChangeRules.ALL_RULES.stream()
            .map(ChangeRule::id)
            .filter(id -> !seen.contains(id))
            .toList();
    assertThat(missing).as("rules without a case").isEmpty();
  }

  @Test
  void materialCoversWhatThePolicyAndTheIssuePromise() {
    for (ChangeRule r :
        List.of(
            CategoryRules.CATEGORY_ADDED,
            CookieRules.COOKIE_ADDED,
            TechnologyRules.TECHNOLOGY_ADDED_ACTIVE,
            TechnologyRules.TECHNOLOGY_ACTIVATED,
            CookieRules.RETENTION_INCREASED,
            ProviderRules.PROVIDER_ADDED,
            CookieRules.COOKIE_MOVED_CATEGORY,
            ProviderRules.PROVIDER_TRANSFER_THIRD_COUNTRY,
            ProviderRules.OPT_OUT_REMOVED)) {
      assertThat(r.level()).as(r.id()).isEqualTo(Level.MATERIAL);
    }
    assertThat(FactRules.LEGAL_BASIS_CONSENT_TO_LEGITIMATE_INTEREST.consent())
        .isEqualTo(ConsentImpact.INVALID);
  }

  /**
   * Whichever part of the table a diff touches first (a provider added before any category change),
   * every row is there: each part is loaded first in a class loader of its own.
   */
  @ParameterizedTest(name = "{0} loaded first")
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "CategoryRules",
        "CookieRules",
        "ProviderRules",
        "TechnologyRules",
        "FactRules",
        "ProseRules",
        "ChangeRules"
      })
  void everyPartOfTheTableCanBeLoadedFirst(String part) throws Exception {
    java.net.URL classes = ChangeRules.class.getProtectionDomain().getCodeSource().getLocation();
    try (java.net.URLClassLoader fresh =
        new java.net.URLClassLoader(
            new java.net.URL[] {classes}, ClassLoader.getPlatformClassLoader())) {
      Class.forName("dev.cookiereg.diff." + part, true, fresh);
      List<?> all =
          (List<?>)
              Class.forName("dev.cookiereg.diff.ChangeRules", true, fresh)
                  .getField("ALL_RULES")
                  .get(null);
      assertThat(all).hasSize(ChangeRules.ALL_RULES.size()).doesNotContainNull();
    }
  }

  @Test
  void ruleIdsAreStableKebabCaseAndUnique() {
    Set<String> ids = new HashSet<>();
    for (ChangeRule r : ChangeRules.ALL_RULES) {
      assertThat(r.id()).matches("[a-z]+(-[a-z]+)*");
      assertThat(ids.add(r.id())).as("unique %s", r.id()).isTrue();
      assertThat(r.rationale()).isNotBlank();
    }
  }

  @Test
  void fingerprintIsTwelveHexDigitsOfRuleSubjectAndMessage() {
    Change c =
        new Change(
            CookieRules.COOKIE_ADDED, "cookie:_x", "cookie '_x' added to category 'a'", null);
    // pinned: a reviewed change must keep its fingerprint across versions of the tool
    // (sha256 of "cookie-added:cookie:_x:cookie '_x' added to category 'a'", its first 12 hex
    // digits)
    assertThat(c.fingerprint())
        .isEqualTo("56a15fb0e8e3")
        .isEqualTo(
            new Change(
                    CookieRules.COOKIE_ADDED,
                    "cookie:_x",
                    "cookie '_x' added to category 'a'",
                    "/x",
                    Map.of(),
                    null,
                    List.of(),
                    "public words are not part of it")
                .fingerprint())
        .isNotEqualTo(
            new Change(
                    CookieRules.COOKIE_ADDED,
                    "cookie:_y",
                    "cookie '_y' added to category 'a'",
                    null)
                .fingerprint());
  }

  private static List<Change> concat(List<Change> a, List<Change> b) {
    List<Change> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  @Test
  void everyRuleHasPublicWords() {
    assertThat(ChangeWords.ruleIds())
        .containsAll(ChangeRules.ALL_RULES.stream().map(ChangeRule::id).toList());
  }

  @Test
  void everyRuleHasPublicWordsInFrench() {
    assertThat(ChangeWords.ruleIds("fr"))
        .containsAll(ChangeRules.ALL_RULES.stream().map(ChangeRule::id).toList());
  }

  /** A rule the French words do not know stops the French page, as it stops the English one. */
  @Test
  void aRuleWithoutASentenceInALanguageCannotBeWordedInIt() throws Exception {
    Registry r = load("base.yaml", Files.readString(BASE, StandardCharsets.UTF_8));
    ChangeRule unknown =
        ChangeRule.of(
            CookieComparison.class,
            "cookie-teleported",
            Level.MATERIAL,
            ConsentImpact.NONE,
            Set.of(),
            "cookie '{subject}' teleported",
            "a rule no words file knows");
    for (String language : List.of("en", "fr")) {
      ChangeWords words = new ChangeWords(r, r, language);
      assertThatThrownBy(() -> words.sentence(unknown, "cookie", "_x", Map.of()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("no public words for cookie-teleported");
    }
  }

  /** French words name an element with its French kind and « » quotes, facts as they are. */
  @Test
  void frenchWordsNameTheSubjectWithItsKindInFrench() throws Exception {
    Registry r = load("base.yaml", Files.readString(BASE, StandardCharsets.UTF_8));
    var cookie = r.cookies().get(0);
    var category = r.categories().get(0);
    assertThat(
            new ChangeWords(r, r, "fr")
                .sentence(FactRules.ID_RENAMED, "cookie", cookie.id(), Map.of("from", "old-id")))
        .isEqualTo(
            "Pour le témoin « "
                + cookie.displayName()
                + " », seule sa référence interne a changé.");
    assertThat(
            new ChangeWords(r, r, "fr")
                .sentence(CategoryRules.CATEGORY_REMOVED, "category", category.id(), Map.of()))
        .isEqualTo("La catégorie " + category.title() + " a été retirée.");
  }

  private static List<String> classified(DiffReport report) {
    return report.changes().stream().map(ch -> ch.rule().id() + ": " + ch.level().label()).toList();
  }

  private static List<String> expected(JsonNode c, String key) {
    List<String> out = new ArrayList<>();
    c.get(key)
        .forEach(
            e -> {
              String rule = e.fieldNames().next();
              out.add(rule + ": " + e.get(rule).asText());
            });
    return out;
  }

  /** Where a category's cookie table stands among its clauses is layout: no word or fact moves. */
  @Test
  void placingACategorysCookieTableUnderAClauseIsNoChange() throws Exception {
    String base = Files.readString(BASE, StandardCharsets.UTF_8);
    String clause = "    consentRequiredIn: [EEA, UK]\n";
    assertThat(base).contains(clause);
    String after =
        clause + "    clauses:\n      - clause: We use these tools.\n        list: providers\n";
    String before = base.replace(clause, after);
    String placed = base.replace(clause, after + "        table: cookies\n");
    assertThat(RegistryDiff.compare(load("base.yaml", before), load("new.yaml", placed)).changes())
        .isEmpty();
    assertThat(RegistryDiff.compare(load("new.yaml", placed), load("base.yaml", before)).changes())
        .isEmpty();
  }

  /**
   * The base registry and the new one of case {@code c}: {@code common} edits make both, {@code
   * edits} the new one; with {@code french} (the base's {@code cookies.fr.yaml}, edited by {@code
   * french-edits} for the new one), each is read from a folder with its French texts beside it.
   */
  private static Registry[] registries(String name, JsonNode c) throws Exception {
    String base = Files.readString(BASE, StandardCharsets.UTF_8);
    base = edited(name, base, c.get("common"));
    String head = edited(name, base, c.get("edits"));
    if (!c.has("french")) return new Registry[] {load("base.yaml", base), load("new.yaml", head)};
    String french = c.get("french").asText();
    Path dir = Files.createTempDirectory("cookiereg-case-");
    return new Registry[] {
      loadWithFrench(dir.resolve("base"), base, french),
      loadWithFrench(dir.resolve("new"), head, edited(name, french, c.get("french-edits")))
    };
  }

  private static String edited(String name, String text, JsonNode edits) {
    if (edits == null) return text;
    for (JsonNode edit : edits) {
      String find = edit.get("find").asText();
      assertThat(text).as("edit target in %s", name).contains(find);
      text = text.replace(find, edit.get("replace").asText());
    }
    return text;
  }

  private static Registry loadWithFrench(Path dir, String yaml, String french) throws Exception {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("cookies.fr.yaml"), french, StandardCharsets.UTF_8);
    Path registry = dir.resolve("cookies.yaml");
    Files.writeString(registry, yaml, StandardCharsets.UTF_8);
    return LOADER
        .loadForComparison(registry.toString(), yaml.getBytes(StandardCharsets.UTF_8))
        .registry();
  }

  private static Registry load(String name, String yaml) throws RegistryException {
    return LOADER.loadForComparison(name, yaml.getBytes(StandardCharsets.UTF_8)).registry();
  }
}
