package dev.cookiereg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cookiereg.ReleaseGate;
import dev.cookiereg.diff.ChangeRule;
import dev.cookiereg.diff.ChangeRules;
import dev.cookiereg.manifest.SchemaCompatibility;
import dev.cookiereg.validate.LintRule;
import dev.cookiereg.validate.Lints;
import org.junit.jupiter.api.Test;

/** {@code rules}: every change rule and every lint rule, with its level, in text and Markdown. */
class RulesCommandTest {

  @Test
  void textListsEveryRuleWithItsLevel() {
    Cli r = Cli.run("rules");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
    for (ChangeRule rule : ChangeRules.ALL_RULES) {
      assertThat(r.out())
          .containsPattern("(?m)^  " + rule.id() + " +" + rule.level().label() + " ");
    }
    for (LintRule rule : Lints.ALL) {
      assertThat(r.out())
          .containsPattern("(?m)^  " + rule.id() + " +" + rule.severity().label() + " ");
    }
    assertThat(r.out()).contains("  " + ReleaseGate.VERSION_NOT_BUMPED.id() + " ");
    for (SchemaCompatibility.Rule rule : SchemaCompatibility.ALL) {
      assertThat(r.out())
          .containsPattern(
              "(?m)^  " + rule.id() + " +" + (rule.breaking() ? "breaking" : "compatible") + " ");
    }
  }

  @Test
  void markdownIsATableRowPerRule() {
    String out = Cli.run("rules", "--format", "markdown").out();
    assertThat(out)
        .contains("| Rule | Level | Consent | Notice | Message | Why |")
        .contains(
            "| `category-added` | material | re-ask everyone | prior, banner | category '{subject}' added |");
    long rows = out.lines().filter(l -> l.startsWith("| `")).count();
    assertThat(rows)
        .isEqualTo(
            ChangeRules.ALL_RULES.size()
                + Lints.ALL.size()
                + ReleaseGate.ALL.size()
                + dev.cookiereg.validate.ChangelogLint.RULES.size()
                + SchemaCompatibility.ALL.size()
                + dev.cookiereg.audit.AuditRules.ALL.size());
  }
}
