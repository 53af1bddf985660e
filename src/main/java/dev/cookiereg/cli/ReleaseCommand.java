package dev.cookiereg.cli;

import dev.cookiereg.Build;
import dev.cookiereg.Release;
import dev.cookiereg.diagnostic.RegistryException;
import dev.cookiereg.site.RenderException;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code release}: cut a new policy version from the changes since the latest release. */
@Command(
    name = "release",
    mixinStandardHelpOptions = true,
    description = {
      "Release the registry as a new policy version: bump it by the verdict (material → major, "
          + "notable → minor, editorial → patch), set Last Updated and the effective date, write the CHANGELOG.md "
          + "entry, archive the version under site/versions/ and rebuild the site."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      ExitCodes.OK + ":released (or nothing to release)",
      ExitCodes.USAGE_HELP,
      ExitCodes.INVALID + ":the registry is invalid (or its CHANGELOG.md)",
      ExitCodes.INTERNAL + ":a template, disk or internal error"
    })
final class ReleaseCommand implements Callable<Integer> {
  private static final String UNCHANGED = "cookies.yaml, CHANGELOG.md and site/ are unchanged";

  /** What a failed release leaves: nothing changed, an archive not as released included. */
  private static final Failures.Aftermath AFTERMATH =
      new Failures.Aftermath(
          UNCHANGED,
          "",
          ExitCodes.INTERNAL,
          "nothing was released: the release archive is not as released (" + UNCHANGED + ")");

  /** Reads {@code --date} as an ISO calendar date. */
  static final class DateConverter implements picocli.CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (java.time.format.DateTimeParseException e) {
        throw new picocli.CommandLine.TypeConversionException(
            "'" + value + "' is not a date YYYY-MM-DD");
      }
    }
  }

  @Spec CommandSpec spec;

  @Mixin RegistryOptions registryOptions;

  @Mixin SiteOptions site;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      converter = DateConverter.class,
      description = "the release date (default: today)")
  LocalDate date;

  @Mixin VerboseOption verbose;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    try {
      Build build = site.build(spec);
      Optional<Release.Outcome> done =
          Release.run(registryOptions.loader(), build, date != null ? date : LocalDate.now());
      if (done.isEmpty()) {
        stdout.println("nothing to release: " + site.file + " matches the latest release");
        return ExitCodes.OK;
      }
      Release.Outcome o = done.get();
      stdout.println(
          "released "
              + o.version()
              + (o.previous().isEmpty()
                  ? " (first release)"
                  : " after " + o.previous().get() + ": " + DiffFormat.summary(o.report()))
              + ", effective "
              + o.effective());
      return ExitCodes.OK;
    } catch (RegistryException | RenderException | IOException e) {
      return Failures.exitCode(e, AFTERMATH, spec, verbose.verbose);
    }
  }
}
