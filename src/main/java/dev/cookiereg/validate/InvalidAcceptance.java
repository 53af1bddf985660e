package dev.cookiereg.validate;

import dev.cookiereg.compliance.ComplianceRule;
import dev.cookiereg.compliance.ComplianceRules;
import dev.cookiereg.diagnostic.Suggestions;
import dev.cookiereg.model.Acceptance;
import java.util.List;
import java.util.Optional;

/**
 * {@link Lints#INVALID_ACCEPTANCE}: an accepted finding silences a rule only with a reason, and
 * only a compliance rule that reports that kind of entry can be accepted (a misspelt id would
 * silence nothing, unnoticed).
 */
final class InvalidAcceptance implements Check {
  @Override
  public void check(LintedRegistry registry, Report report) {
    var model = registry.model();
    for (int i = 0; i < model.cookies().size(); i++) {
      var c = model.cookies().get(i);
      entry(
          report,
          "/cookies/" + i,
          ComplianceRule.Subject.COOKIE,
          "cookie '" + (c.name() != null ? c.name() : c.id()) + "'",
          c.accepted());
    }
    for (int i = 0; i < model.providers().size(); i++) {
      var p = model.providers().get(i);
      entry(
          report,
          "/providers/" + i,
          ComplianceRule.Subject.PROVIDER,
          "provider '" + p.id() + "'",
          p.accepted());
    }
    for (int i = 0; i < model.categories().size(); i++) {
      var c = model.categories().get(i);
      entry(
          report,
          "/categories/" + i,
          ComplianceRule.Subject.CATEGORY,
          "category '" + c.id() + "'",
          c.accepted());
    }
  }

  private static void entry(
      Report report,
      String at,
      ComplianceRule.Subject subject,
      String named,
      List<Acceptance> accepted) {
    for (int j = 0; j < accepted.size(); j++) {
      Acceptance a = accepted.get(j);
      String item = at + "/accepted/" + j;
      Optional<ComplianceRule> rule = ComplianceRules.byId(a.rule());
      if (rule.isEmpty()) {
        String hint =
            Suggestions.didYouMean(
                a.rule(), ComplianceRules.ALL.stream().map(ComplianceRule::id).toList());
        report.at(
            item + "/rule",
            named
                + " accepts '"
                + a.rule()
                + "', which is not a compliance rule"
                + (hint.isEmpty() ? " ('rules' lists them)" : hint));
      } else if (rule.get().subject() != subject) {
        report.at(
            item + "/rule",
            named
                + " accepts '"
                + a.rule()
                + "', which reports "
                + rule.get().subject().word()
                + " entries, never a "
                + subject.word()
                + ": accept it on the "
                + rule.get().subject().word());
      }
      if (a.reason().isBlank()) {
        report.at(
            a.reason().isEmpty() ? item : item + "/reason",
            named
                + " accepts '"
                + a.rule()
                + "' without a reason: say in 'reason' why the finding does not apply or is"
                + " accepted");
      }
    }
  }
}
