package dev.cookiereg.cli;

import dev.cookiereg.Build;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * The registry, site and templates of the commands that build a site ({@code build} and {@code
 * release}).
 */
final class SiteOptions {
  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      defaultValue = "cookies.yaml",
      description = "the registry (default: ${DEFAULT-VALUE})")
  Path file;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description =
          "the site folder, with the release archive (default: site/ beside the registry)")
  Path out;

  @Option(
      names = "--templates",
      paramLabel = "DIR",
      description =
          "templates and assets (default: templates/ beside the registry, else the built-in ones)")
  Path templates;

  /**
   * The build these options describe; a missing templates folder is a usage error of {@code
   * command}.
   */
  Build build(CommandSpec command) {
    if (templates != null && !Files.isDirectory(templates)) {
      throw new ParameterException(command.commandLine(), "no templates folder " + templates);
    }
    return Build.of(file, templates, out);
  }
}
