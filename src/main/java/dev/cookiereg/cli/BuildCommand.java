package dev.cookiereg.cli;

import dev.cookiereg.Build;
import dev.cookiereg.RegistryLoader;
import dev.cookiereg.diagnostic.RegistryException;
import dev.cookiereg.release.Archive;
import dev.cookiereg.site.RenderException;
import dev.cookiereg.write.SiteWriter;
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
          + ":--check: the site is stale, or its release archive is not as released",
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
    } catch (RegistryException e) {
      return Failures.invalid(e, stderr);
    } catch (RenderException e) {
      return Failures.render(e, "the previous site is unchanged", verbose.verbose, stderr);
    } catch (SiteWriter.NotASiteException e) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--out: " + e.getMessage());
    } catch (Archive.TamperedException e) {
      stderr.println(e.getMessage());
      stderr.println(
          out
              + (check
                  ? " is not as released"
                  : " was not written: its release archive is not as released"));
      return check ? ExitCodes.FAILED_CHECK : ExitCodes.INTERNAL;
    } catch (IOException e) {
      return Failures.io(
          e,
          "cannot write " + out + ": ",
          "the previous site is unchanged",
          verbose.verbose,
          stderr);
    }
  }
}
