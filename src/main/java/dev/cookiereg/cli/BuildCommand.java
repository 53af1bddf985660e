package dev.cookiereg.cli;

import dev.cookiereg.Build;
import dev.cookiereg.RegistryLoader;
import dev.cookiereg.ReleaseGate;
import dev.cookiereg.diagnostic.Diagnostic;
import dev.cookiereg.diagnostic.RegistryException;
import dev.cookiereg.site.RenderException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code build}: render every output from the registry into the site folder, atomically. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description =
        "Render the policy page, banner configs, manifest and schemas into the site folder.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      ExitCodes.OK + ":built (or, with --check, the site is current)",
      ExitCodes.FAILED_CHECK
          + ":--check: the site is stale, the registry has changes not released yet, or its"
          + " release archive is not as released",
      ExitCodes.USAGE_HELP,
      ExitCodes.INVALID + ":the registry (or CHANGELOG.md) is invalid",
      ExitCodes.INTERNAL + ":a template, disk or internal error"
    })
final class BuildCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin RegistryOptions registryOptions;

  @Mixin SiteOptions site;

  @Option(
      names = "--check",
      description = "write nothing; exit 1 and name the files when the site is stale")
  boolean check;

  @Mixin VerboseOption verbose;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    Build build = site.build(spec);
    Path out = build.site();
    try {
      RegistryLoader loader = registryOptions.loader();
      if (check) {
        List<Diagnostic> gate =
            ReleaseGate.check(loader, loader.load(build.registryFile()), build, true);
        if (!gate.isEmpty()) {
          gate.forEach(stderr::println);
          stderr.println(
              out
                  + " publishes released versions only: run '"
                  + ReleaseGate.RELEASE_COMMAND
                  + "', then commit the registry, CHANGELOG.md and the site");
          return ExitCodes.FAILED_CHECK;
        }
        List<String> stale = build.check(loader);
        if (stale.isEmpty()) {
          stdout.println(out + " is current");
          return ExitCodes.OK;
        }
        stale.forEach(p -> stderr.println(out + "/" + p));
        stderr.println(
            out + " is stale: run 'java -jar target/cookiereg.jar build' and commit the result");
        return ExitCodes.FAILED_CHECK;
      }
      int written = build.write(loader);
      stdout.println("wrote " + written + " files to " + out);
      return ExitCodes.OK;
    } catch (RegistryException | RenderException | IOException e) {
      Failures.Aftermath after =
          new Failures.Aftermath(
              "the previous site is unchanged",
              "cannot write " + out + ": ",
              check ? ExitCodes.FAILED_CHECK : ExitCodes.INTERNAL,
              out
                  + (check
                      ? " is not as released"
                      : " was not written: its release archive is not as released"));
      return Failures.exitCode(e, after, spec, verbose.verbose);
    }
  }
}
