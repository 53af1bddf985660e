package dev.cookiereg.cli;

import dev.cookiereg.LoadedRegistry;
import dev.cookiereg.audit.AuditReport;
import dev.cookiereg.audit.Auditor;
import dev.cookiereg.audit.Evidence;
import dev.cookiereg.audit.EvidenceException;
import dev.cookiereg.audit.EvidenceReaders;
import dev.cookiereg.audit.State;
import dev.cookiereg.diagnostic.RegistryException;
import dev.cookiereg.diagnostic.Severity;
import dev.cookiereg.model.Registry;
import dev.cookiereg.ocd.CookieDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code audit}: hold evidence of what the website stores against the registry. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = {
      "Compare what the website stores (a HAR or a cookies.txt, each taken in one consent state)"
          + " with the registry, and report every disagreement by rule (see: rules). Undeclared"
          + " cookies get a suggested entry from the bundled Open Cookie Database (Apache-2.0).",
      "The live crawl in Chromium (audit URL...) is not available yet."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      ExitCodes.OK + ":audited (findings below the --fail-on threshold allowed)",
      ExitCodes.FAILED_CHECK + ":a --fail-on threshold was met",
      ExitCodes.USAGE_HELP,
      ExitCodes.INVALID + ":the registry or a file of evidence is invalid",
      ExitCodes.INTERNAL + ":an internal error"
    })
final class AuditCommand implements Callable<Integer> {
  /** The threshold that makes the audit fail. */
  enum FailOn {
    ERROR,
    WARNING
  }

  /** One file of evidence and the state it was taken in. */
  static final class EvidenceOption {
    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(
        names = "--state",
        paramLabel = "STATE",
        description =
            "the consent state of the file before it: none (the default), reject, all, gpc or a"
                + " category id (that category alone accepted)")
    String state;
  }

  /** A HAR or a cookies.txt. */
  static final class Source {
    @Option(names = "--har", paramLabel = "FILE", description = "a HAR 1.2 file")
    Path har;

    @Option(
        names = "--cookies-txt",
        paramLabel = "FILE",
        description = "a Netscape cookies.txt (curl's cookie jar)")
    Path cookiesTxt;
  }

  @Spec CommandSpec spec;

  @ArgGroup(exclusive = false, multiplicity = "0..*")
  List<EvidenceOption> evidence = new ArrayList<>();

  @Parameters(
      arity = "0..*",
      paramLabel = "REGISTRY",
      description = "the registry (default: cookies.yaml)")
  List<String> positional = new ArrayList<>();

  @Option(
      names = "--observed-at",
      paramLabel = "INSTANT",
      description =
          "when the cookies.txt files were exported, e.g. 2026-11-30T10:00:00Z; lifetimes count"
              + " from then (default: each file's modification time)")
  String observedAt;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, json, markdown or github (default: ${DEFAULT-VALUE})")
  AuditFormat format;

  @Option(
      names = "--fail-on",
      paramLabel = "SEVERITY",
      description =
          "exit " + ExitCodes.FAILED_CHECK + " when a finding is this severe: error or warning")
  FailOn failOn;

  @Option(
      names = "--max-evidence-size",
      paramLabel = "SIZE",
      converter = RegistryOptions.SizeConverter.class,
      description = "the largest file of evidence accepted, e.g. 128m (the default)")
  long maxEvidence = EvidenceReaders.MAX_BYTES;

  @Mixin RegistryOptions registryOptions;

  @Mixin VerboseOption verbose;

  @Override
  public Integer call() {
    CommandLine cli = spec.commandLine();
    for (String p : positional) {
      if (p.contains("://") || p.startsWith("www.")) {
        throw new CommandLine.ParameterException(
            cli, "not available yet: the live crawl of '" + p + "'; use --har or --cookies-txt");
      }
    }
    if (positional.size() > 1) {
      throw new CommandLine.ParameterException(
          cli, "one registry at most, got " + String.join(", ", positional));
    }
    if (evidence.isEmpty()) {
      throw new CommandLine.ParameterException(
          cli, "no evidence: give --har FILE or --cookies-txt FILE (each with its --state)");
    }
    Instant at = null;
    if (observedAt != null) {
      try {
        at = Instant.parse(observedAt);
      } catch (DateTimeParseException e) {
        throw new CommandLine.ParameterException(
            cli,
            "--observed-at: '" + observedAt + "' is not an instant such as 2026-11-30T10:00:00Z");
      }
    }
    Path file = Path.of(positional.isEmpty() ? "cookies.yaml" : positional.get(0));
    Registry registry;
    try {
      LoadedRegistry loaded = registryOptions.loader().load(file);
      registry = loaded.registry();
    } catch (RegistryException e) {
      return Failures.invalid(e, cli.getErr());
    }
    List<Evidence> read = new ArrayList<>();
    for (EvidenceOption option : evidence) {
      State state;
      try {
        state = option.state == null ? State.NONE : new State(option.state);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(cli, "--state: " + e.getMessage());
      }
      Auditor.stateProblem(registry, state)
          .ifPresent(
              problem -> {
                throw new CommandLine.ParameterException(cli, "--state: " + problem);
              });
      try {
        if (option.source.har != null) {
          read.add(EvidenceReaders.har(option.source.har, state, maxEvidence));
        } else {
          Path txt = option.source.cookiesTxt;
          read.add(EvidenceReaders.cookiesTxt(txt, state, exported(txt, at), maxEvidence));
        }
      } catch (EvidenceException e) {
        cli.getErr().println(e.getMessage());
        return ExitCodes.INVALID;
      }
    }
    AuditReport report = Auditor.audit(registry, read, CookieDatabase.bundled());
    format.print(report, cli.getOut());
    return failed(report) ? ExitCodes.FAILED_CHECK : ExitCodes.OK;
  }

  /** When a cookies.txt was exported: --observed-at, else its modification time. */
  private static Instant exported(Path txt, Instant given) {
    if (given != null) return given;
    try {
      return Files.getLastModifiedTime(txt).toInstant();
    } catch (java.io.IOException e) {
      return Instant.EPOCH; // the reader reports the unreadable file itself
    }
  }

  private boolean failed(AuditReport report) {
    if (failOn == null) return false;
    return report.findings().stream()
        .map(f -> f.rule().severity())
        .anyMatch(s -> s == Severity.ERROR || (failOn == FailOn.WARNING && s == Severity.WARNING));
  }
}
