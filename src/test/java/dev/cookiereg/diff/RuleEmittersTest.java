package dev.cookiereg.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each change rule is emitted by the class its row names, and by no other: a rule is found in one
 * place. Read from the sources, so a rule used where its row does not say fails here.
 */
class RuleEmittersTest {
  static final Path SOURCES = Path.of("src/main/java/dev/cookiereg/diff");

  /** The change-rules table, one part per kind of element. */
  static final List<Class<?>> TABLES =
      List.of(
          CategoryRules.class,
          CookieRules.class,
          ProviderRules.class,
          TechnologyRules.class,
          FactRules.class,
          ProseRules.class,
          TranslationRules.class);

  @Test
  void everyRuleIsEmittedOnlyByTheClassItsRowNames() throws Exception {
    Map<String, String> sources = sources();
    Set<String> tableNames = new HashSet<>(Set.of("ChangeRules"));
    TABLES.forEach(t -> tableNames.add(t.getSimpleName()));
    Set<ChangeRule> inTables = new HashSet<>();
    for (Class<?> table : TABLES) {
      for (Field f : table.getFields()) {
        if (f.getType() != ChangeRule.class || !Modifier.isStatic(f.getModifiers())) continue;
        ChangeRule rule = (ChangeRule) f.get(null);
        inTables.add(rule);
        Pattern use = Pattern.compile("\\b" + table.getSimpleName() + "\\." + f.getName() + "\\b");
        Set<String> users = new TreeSet<>();
        sources.forEach(
            (name, text) -> {
              if (!tableNames.contains(name) && use.matcher(text).find()) users.add(name);
            });
        assertThat(users).as(rule.id()).containsExactly(rule.emittedBy().getSimpleName());
      }
    }
    assertThat(inTables).containsExactlyInAnyOrderElementsOf(ChangeRules.ALL_RULES);
  }

  @Test
  void eachPartOfTheTableHoldsTheRulesOfOneEmitter() throws Exception {
    for (Class<?> table : TABLES) {
      Set<Class<?>> emitters = new HashSet<>();
      for (Field f : table.getFields()) {
        if (f.getType() == ChangeRule.class) emitters.add(((ChangeRule) f.get(null)).emittedBy());
      }
      assertThat(emitters).as(table.getSimpleName()).hasSize(1);
    }
  }

  @Test
  void rulesAreNamedThroughTheirTableSoTheirUseCanBeFound() throws IOException {
    sources()
        .forEach(
            (name, text) ->
                assertThat(text)
                    .as(name)
                    .doesNotContainPattern("import static dev\\.cookiereg\\.diff\\.\\w*Rules\\."));
  }

  @Test
  void everyKindOfElementHasItsComparisonInTheDiff() {
    assertThat(RegistryDiff.COMPARISONS)
        .extracting(c -> c.getClass().getSimpleName())
        .containsExactly(
            "CategoryComparison",
            "ProviderComparison",
            "CookieComparison",
            "TechnologyComparison",
            "PolicyComparison",
            "TranslationComparison");
    for (ChangeRule rule : ChangeRules.ALL_RULES) {
      Class<?> emitter = rule.emittedBy();
      assertThat(
              Comparison.class.isAssignableFrom(emitter)
                  || List.of(FactComparison.class, ProseComparison.class).contains(emitter))
          .as("%s is emitted by a comparison or by the facts or prose they share", rule.id())
          .isTrue();
    }
  }

  private static Map<String, String> sources() throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(SOURCES)) {
      for (Path p : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        String name = p.getFileName().toString().replace(".java", "");
        out.put(name, Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return out;
  }
}
