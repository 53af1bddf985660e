package dev.cookiereg.cli;

import dev.cookiereg.ReleaseGate;
import dev.cookiereg.audit.AuditRule;
import dev.cookiereg.audit.AuditRules;
import dev.cookiereg.diff.ChangeRule;
import dev.cookiereg.diff.ChangeRules;
import dev.cookiereg.diff.Notice;
import dev.cookiereg.manifest.SchemaCompatibility;
import dev.cookiereg.validate.LintRule;
import dev.cookiereg.validate.Lints;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rules}: print the change-rules, lint-rules, compliance-rules and audit-rules tables. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description =
        "Print the change rules (what diff classifies), the lint rules (what check enforces), the"
            + " compliance rules (what check warns of, with their regions and sources) and the"
            + " audit rules (what audit finds).")
final class RulesCommand implements Callable<Integer> {
  /** Output formats of the tables. */
  enum Format {
    TEXT,
    MARKDOWN
  }

  @Spec CommandSpec spec;

  @picocli.CommandLine.Mixin VerboseOption verbose;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "FORMAT",
      description = "text or markdown (default: ${DEFAULT-VALUE})")
  Format format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.MARKDOWN) {
      out.println("## Change rules");
      out.println();
      out.println("| Rule | Level | Consent | Notice | Message | Why |");
      out.println("|---|---|---|---|---|---|");
      for (ChangeRule r : ChangeRules.ALL_RULES) {
        out.println(
            "| `"
                + r.id()
                + "` | "
                + r.level().label()
                + " | "
                + r.consent().words()
                + " | "
                + notices(r)
                + " | "
                + r.message()
                + " | "
                + r.rationale()
                + " |");
      }
      out.println();
      out.println("## Lint rules");
      out.println();
      out.println("| Rule | Severity | Requires |");
      out.println("|---|---|---|");
      for (LintRule r : lintRules()) {
        out.println("| `" + r.id() + "` | " + r.severity().label() + " | " + r.summary() + " |");
      }
      out.println();
      out.println("## Compliance rules");
      out.println();
      out.println("| Rule | Severity | Regions | Requires | Source |");
      out.println("|---|---|---|---|---|");
      for (LintRule r : Lints.COMPLIANCE) {
        out.println(
            "| `"
                + r.id()
                + "` | "
                + r.severity().label()
                + " | "
                + String.join(", ", r.regions())
                + " | "
                + r.summary()
                + " | "
                + r.source()
                + " |");
      }
      out.println();
      out.println("## Manifest format rules");
      out.println();
      out.println("| Rule | Breaking | A consumer meets |");
      out.println("|---|---|---|");
      for (SchemaCompatibility.Rule r : SchemaCompatibility.ALL) {
        out.println(
            "| `" + r.id() + "` | " + (r.breaking() ? "yes" : "no") + " | " + r.summary() + " |");
      }
      out.println();
      out.println("## Audit rules");
      out.println();
      out.println("| Rule | Severity | Finds | Why |");
      out.println("|---|---|---|---|");
      for (AuditRule r : AuditRules.ALL) {
        out.println(
            "| `"
                + r.id()
                + "` | "
                + r.severity().label()
                + " | "
                + r.summary()
                + " | "
                + r.rationale()
                + " |");
      }
    } else {
      out.println("Change rules:");
      for (ChangeRule r : ChangeRules.ALL_RULES) {
        out.println(
            String.format(
                Locale.ROOT,
                "  %-44s %-9s consent: %-20s notice: %s",
                r.id(),
                r.level().label(),
                r.consent().words(),
                notices(r)));
      }
      out.println();
      out.println("Lint rules:");
      for (LintRule r : lintRules()) {
        out.println(
            String.format(
                Locale.ROOT, "  %-30s %-7s %s", r.id(), r.severity().label(), r.summary()));
      }
      out.println();
      out.println("Compliance rules (each finding cites its source):");
      for (LintRule r : Lints.COMPLIANCE) {
        out.println(
            String.format(
                Locale.ROOT,
                "  %-30s %-7s %s (regions: %s; source: %s)",
                r.id(),
                r.severity().label(),
                r.summary(),
                String.join(", ", r.regions()),
                r.source()));
      }
      out.println();
      out.println("Manifest format rules (a breaking one moves the format's major version):");
      for (SchemaCompatibility.Rule r : SchemaCompatibility.ALL) {
        out.println(
            String.format(
                Locale.ROOT,
                "  %-30s %-10s %s",
                r.id(),
                r.breaking() ? "breaking" : "compatible",
                r.summary()));
      }
      out.println();
      out.println("Audit rules:");
      for (AuditRule r : AuditRules.ALL) {
        out.println(
            String.format(
                Locale.ROOT,
                "  %-30s %-7s %s (%s)",
                r.id(),
                r.severity().label(),
                r.summary(),
                r.rationale()));
      }
    }
    return ExitCodes.OK;
  }

  private static java.util.List<LintRule> lintRules() {
    java.util.List<LintRule> all = new java.util.ArrayList<>(Lints.ALL);
    all.removeAll(Lints.COMPLIANCE); // a table of their own
    all.addAll(ReleaseGate.ALL);
    all.addAll(dev.cookiereg.validate.ChangelogLint.RULES);
    return all;
  }

  private static String notices(ChangeRule r) {
    return r.notices().isEmpty()
        ? "—"
        : r.notices().stream().map(Notice::id).collect(Collectors.joining(", "));
  }
}
