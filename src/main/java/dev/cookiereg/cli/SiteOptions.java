package dev.cookiereg.cli;

import dev.cookiereg.Build;
import dev.cookiereg.diagnostic.RegistryException;
import dev.cookiereg.validate.ChangelogLint;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** The registry, site and templates of the commands that build a site ({@code build} and {@code release}). */
final class SiteOptions {
  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", defaultValue = "cookies.yaml",
      description = "the registry (default: ${DEFAULT-VALUE})")
  Path file;

  @Option(names = "--out", paramLabel = "DIR",
      description = "the site folder, with the release archive (default: site/ beside the registry)")
  Path out;

  @Option(names = "--templates", paramLabel = "DIR",
      description = "templates and assets (default: templates/ beside the registry, else the built-in ones)")
  Path templates;

  /** The build these options describe; a missing templates folder is a usage error of {@code command}. */
  Build build(CommandSpec command) {
    if (templates != null && !Files.isDirectory(templates)) {
      throw new ParameterException(command.commandLine(), "no templates folder " + templates);
    }
    return Build.of(file, templates, out);
  }

  /** Refuses a policy history (CHANGELOG.md beside the registry) that the history page must not publish. */
  void requireValidChangelog(Build build) throws RegistryException {
    ChangelogLint.require(build.changelog(), changelogName(file, build));
  }

  /** The history's name in diagnostics: beside the registry as the registry was named. */
  static String changelogName(Path registry, Build build) {
    return registry.resolveSibling(build.changelog().getFileName()).toString();
  }
}
