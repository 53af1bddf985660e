package dev.cookiereg.cli;

import static dev.cookiereg.text.English.plural;

import dev.cookiereg.Build;
import dev.cookiereg.LoadedRegistry;
import dev.cookiereg.RegistryLoader;
import dev.cookiereg.ReleaseGate;
import dev.cookiereg.diagnostic.Diagnostic;
import dev.cookiereg.diagnostic.RegistryException;
import dev.cookiereg.diagnostic.Severity;
import dev.cookiereg.site.RenderException;
import dev.cookiereg.validate.ChangelogLint;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code check}: validate and lint the registry, one located line per problem. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description =
        "Validate the registry against its schema and lint rules, and the CHANGELOG.md beside it.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      ExitCodes.OK + ":valid (warnings and unreleased changes allowed)",
      ExitCodes.FAILED_CHECK + ":--released: changes are not released yet",
      ExitCodes.USAGE_HELP,
      ExitCodes.INVALID
          + ":the registry is invalid (or CHANGELOG.md, or the release archive is not as released)",
      ExitCodes.INTERNAL + ":a disk or internal error"
    })
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin RegistryOptions registryOptions;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      description = "the registry (default: ${DEFAULT-VALUE})",
      defaultValue = "cookies.yaml")
  Path file;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, json, github or sarif (default: ${DEFAULT-VALUE})")
  DiagnosticFormat format;

  @Option(
      names = "--site",
      paramLabel = "DIR",
      description =
          "the site with the release archive that changes are "
              + "checked against (default: site/ beside the registry)")
  Path site;

  @Option(
      names = "--released",
      description =
          "CI's gate: fail (exit "
              + ExitCodes.FAILED_CHECK
              + ") while changes are not released yet, instead of noting them")
  boolean released;

  @Mixin VerboseOption verbose;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<Diagnostic> diagnostics;
    int code;
    Build build = Build.of(file, null, site);
    List<Diagnostic> history = ChangelogLint.check(build.changelog(), build.changelogName());
    try {
      RegistryLoader loader = registryOptions.loader();
      LoadedRegistry loaded = loader.load(file);
      List<Diagnostic> gate =
          ReleaseGate.check(loader, loaded, build, released); // released as a version?
      diagnostics = new ArrayList<>(loaded.warnings());
      diagnostics.addAll(gate);
      code =
          gate.stream().anyMatch(d -> d.isError() && !ReleaseGate.isAboutThePublishedSite(d))
              ? ExitCodes.INVALID
              : gate.stream().anyMatch(Diagnostic::isError) ? ExitCodes.FAILED_CHECK : ExitCodes.OK;
    } catch (RegistryException e) {
      diagnostics = new ArrayList<>(e.diagnostics());
      code = ExitCodes.INVALID;
    } catch (IOException | RenderException e) {
      Failures.Aftermath after =
          new Failures.Aftermath(
              "nothing was changed", "cannot read the release archive: ", ExitCodes.INVALID, null);
      return Failures.exitCode(e, after, spec, verbose.verbose);
    }
    diagnostics.addAll(history); // the history page's Markdown
    diagnostics.sort(Diagnostic.BY_POSITION);
    if (history.stream().anyMatch(Diagnostic::isError)) code = ExitCodes.INVALID;
    format.print(diagnostics, out);
    if (format == DiagnosticFormat.TEXT) {
      long errors = diagnostics.stream().filter(Diagnostic::isError).count();
      long warnings = diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
      boolean invalid =
          diagnostics.stream()
              .anyMatch(d -> d.isError() && !ReleaseGate.isAboutThePublishedSite(d));
      boolean unreleased = diagnostics.stream().anyMatch(ReleaseGate::isUnreleased);
      out.println(
          file
              + ": "
              + (invalid ? "invalid" : "valid")
              + (unreleased ? ", not released yet" : "")
              + ", "
              + plural(errors, "error")
              + ", "
              + plural(warnings, "warning"));
    }
    return code;
  }
}
