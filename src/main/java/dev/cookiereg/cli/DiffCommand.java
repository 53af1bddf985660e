package dev.cookiereg.cli;

import dev.cookiereg.LoadedRegistry;
import dev.cookiereg.RegistryLoader;
import dev.cookiereg.RegistrySource;
import dev.cookiereg.diagnostic.RegistryException;
import dev.cookiereg.diff.DiffReport;
import dev.cookiereg.diff.Level;
import dev.cookiereg.diff.RegistryDiff;
import dev.cookiereg.load.SourceMap;
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

/**
 * {@code diff}: classify every change between two versions, each a registry or a released manifest.
 * A manifest has no prose, so when either side is one, a registry on the other side is reduced to
 * its own manifest first and only facts are compared: like with like.
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Classify the changes from BASE to NEW as material, notable or editorial.",
      "BASE is a registry file, a released manifest.json, or a git revision REV:path "
          + "(e.g. origin/main:cookies.yaml); NEW is a registry file or a manifest.json. "
          + "With a manifest on either side, only facts are compared."
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
      description = "the version now, a registry or a manifest.json (default: ${DEFAULT-VALUE})")
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
    boolean headIsManifest = head.toString().endsWith(".json");
    RegistrySource.Base before;
    Registry after;
    SourceMap headMap;
    try {
      before = RegistrySource.load(loader, base, head.toAbsolutePath().getParent());
      if (headIsManifest) {
        after =
            RegistrySource.load(loader, head.toString(), head.toAbsolutePath().getParent())
                .registry();
        headMap = null;
      } else {
        LoadedRegistry now = loader.load(head);
        // A manifest has no prose: compare like with like, the registry reduced to its own
        // manifest, its lists in the registry's order so that each change is located on its line.
        after =
            before.fromManifest()
                ? asManifest(now.registry(), loader).withCategoriesOrderedLike(now.registry())
                : now.registry();
        headMap = now.sourceMap();
      }
    } catch (RegistryException e) {
      return Failures.exitCode(e, Failures.Aftermath.NONE, spec, false);
    }
    Registry earlier =
        headIsManifest && !before.fromManifest()
            ? asManifest(before.registry(), loader)
            : before.registry();
    DiffReport report = RegistryDiff.compare(earlier, after);
    format.print(
        report,
        new DiffFormat.Sides(base, before.fromManifest(), head.toString(), headIsManifest),
        headMap,
        out);
    if (failOn != null && failOn != Level.NONE && report.verdict().compareTo(failOn) >= 0) {
      err.println(
          "the verdict '" + report.verdict().label() + "' reaches --fail-on " + failOn.label());
      return ExitCodes.FAILED_CHECK;
    }
    return ExitCodes.OK;
  }

  /**
   * The registry as its own manifest describes it: its facts without the policy's prose, as a
   * manifest read back gives them.
   */
  private static Registry asManifest(Registry r, RegistryLoader loader) {
    return ManifestMapper.toRegistry(
        ManifestRenderer.manifest(
            RenderContext.of(r, null, "", loader.schema().schemaJson(), ChangeSummary.FIRST)));
  }
}
