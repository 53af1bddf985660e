package dev.cookiereg.cli;

import dev.cookiereg.LoadedRegistry;
import dev.cookiereg.RegistryLoader;
import dev.cookiereg.RegistrySource;
import dev.cookiereg.diagnostic.RegistryException;
import dev.cookiereg.diff.DiffReport;
import dev.cookiereg.diff.Level;
import dev.cookiereg.diff.RegistryDiff;
import dev.cookiereg.manifest.ManifestMapper;
import dev.cookiereg.model.Registry;
import dev.cookiereg.release.ChangeSummary;
import dev.cookiereg.render.ManifestRenderer;
import dev.cookiereg.render.RenderContext;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code diff}: classify every change between two registries by the change rules. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Classify the changes from BASE to NEW as material, notable or editorial.",
      "BASE is a registry file, a released manifest.json, or a git revision REV:path "
          + "(e.g. origin/main:cookies.yaml)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      ExitCodes.OK + ":compared (below any --fail-on level)",
      ExitCodes.FAILED_CHECK + ":the verdict reached the --fail-on level",
      ExitCodes.USAGE_HELP,
      ExitCodes.INVALID + ":a registry is invalid or cannot be read"
    })
final class DiffCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @picocli.CommandLine.Mixin VerboseOption verbose;

  @picocli.CommandLine.Mixin RegistryOptions registryOptions;

  @Parameters(index = "0", paramLabel = "BASE", description = "the earlier version")
  String base;

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "NEW",
      defaultValue = "cookies.yaml",
      description = "the registry now (default: ${DEFAULT-VALUE})")
  Path head;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "FORMAT",
      description = "text, markdown, json or github (default: ${DEFAULT-VALUE})")
  DiffFormat format;

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      description = "exit 1 when the verdict is at least material, " + "notable or editorial")
  Level failOn;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    RegistryLoader loader = registryOptions.loader();
    RegistrySource.Base before;
    LoadedRegistry now;
    try {
      before = RegistrySource.load(loader, base, head.toAbsolutePath().getParent());
      now = loader.load(head);
    } catch (RegistryException e) {
      return Failures.exitCode(e, Failures.Aftermath.NONE, spec, false);
    }
    // A manifest has no prose: compare like with like, the registry reduced to its own manifest,
    // its lists in the
    // registry's order so that each change is located on its line.
    Registry after =
        before.fromManifest()
            ? ManifestMapper.toRegistry(
                    ManifestRenderer.manifest(
                        RenderContext.of(
                            now.registry(),
                            null,
                            "",
                            loader.schema().schemaJson(),
                            ChangeSummary.FIRST,
                            now.digest())))
                .withCategoriesOrderedLike(now.registry())
            : now.registry();
    DiffReport report = RegistryDiff.compare(before.registry(), after);
    format.print(report, base, head.toString(), now.sourceMap(), before.fromManifest(), out);
    if (failOn != null && failOn != Level.NONE && report.verdict().compareTo(failOn) >= 0) {
      err.println(
          "the verdict '" + report.verdict().label() + "' reaches --fail-on " + failOn.label());
      return ExitCodes.FAILED_CHECK;
    }
    return ExitCodes.OK;
  }
}
