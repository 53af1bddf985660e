package dev.cookiereg.cli;

import dev.cookiereg.load.Inputs;
import dev.cookiereg.ocd.OcdImporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import-ocd}: turn the Open Cookie Database CSV into a registry, with a report of what
 * changed.
 */
@Command(
    name = "import-ocd",
    mixinStandardHelpOptions = true,
    description = {
      "Convert the Open Cookie Database CSV (github.com/jkwakman/Open-Cookie-Database, Apache-2.0) "
          + "into a registry. Every skipped or changed row is reported as FILE:LINE: what: reason, followed by a "
          + "summary line.",
      "Retention periods it cannot read are written as {unknown: \"…\"} with the database's own words, which "
          + "check warns about until an editor states the duration."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      ExitCodes.OK + ":the registry was written",
      ExitCodes.USAGE_HELP,
      ExitCodes.INVALID + ":the CSV could not be read as the Open " + "Cookie Database",
      ExitCodes.INTERNAL + ":a disk error"
    })
final class ImportOcdCommand implements Callable<Integer> {
  /**
   * The largest CSV read: the database is about 0.6 MiB, so a hundred times that is no database.
   */
  static final long MAX_CSV_BYTES = 64L << 20;

  @Spec CommandSpec spec;

  @picocli.CommandLine.Mixin VerboseOption verbose;

  @Parameters(index = "0", paramLabel = "CSV", description = "open-cookie-database.csv")
  Path csv;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "where to write the registry (default: standard " + "output)")
  Path out;

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description = "where to write the report (default: standard " + "error)")
  Path reportFile;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      defaultValue = "2026-01-21",
      converter = ReleaseCommand.DateConverter.class,
      description =
          "the policy's effective and last-updated date (default: ${DEFAULT-VALUE}, the database "
              + "commit the shared copy comes from)")
  LocalDate date;

  @Option(
      names = "--controller-name",
      paramLabel = "NAME",
      defaultValue = "Example Ltd",
      description = "the controller's name (default: ${DEFAULT-VALUE})")
  String controllerName;

  @Option(
      names = "--controller-email",
      paramLabel = "EMAIL",
      defaultValue = "privacy@example.com",
      description = "the controller's email (default: ${DEFAULT-VALUE})")
  String controllerEmail;

  @Option(
      names = "--domain",
      paramLabel = "HOST",
      defaultValue = "example.com",
      description = "the service's domain (default: ${DEFAULT-VALUE})")
  String domain;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(Inputs.read(csv, MAX_CSV_BYTES)))
              .toString();
    } catch (NoSuchFileException e) {
      stderr.println(csv + ": no such file");
      return ExitCodes.INVALID;
    } catch (CharacterCodingException e) {
      stderr.println(csv + ": not UTF-8 text");
      return ExitCodes.INVALID;
    } catch (Inputs.NotARegularFile e) {
      stderr.println(csv + ": " + e.getReason() + "; give the path of the CSV file");
      return ExitCodes.INVALID;
    } catch (Inputs.TooLarge e) {
      stderr.println(csv + ": " + e.getReason() + " (the Open Cookie Database is under 1 MiB)");
      return ExitCodes.INVALID;
    } catch (IOException e) {
      return Failures.io(
          e, "cannot read " + csv + ": ", "nothing was written", verbose.verbose, stderr);
    }
    String source = csv.getFileName().toString();
    OcdImporter.Result result;
    try {
      result =
          OcdImporter.run(
              text, new OcdImporter.Options(source, date, controllerName, controllerEmail, domain));
    } catch (OcdImporter.ImportException e) {
      stderr.println(e.getMessage());
      return ExitCodes.INVALID;
    }
    List<String> report = new ArrayList<>(result.report());
    report.add(result.stats().summary(source));
    try {
      if (out == null) {
        stdout.print(result.yaml());
        stdout.flush();
      } else {
        Files.writeString(out, result.yaml(), StandardCharsets.UTF_8);
      }
      if (reportFile == null) {
        report.forEach(stderr::println);
      } else {
        Files.write(reportFile, report, StandardCharsets.UTF_8);
        stderr.println(report.get(report.size() - 1));
      }
    } catch (IOException e) {
      return Failures.io(
          e, "cannot write: ", "the registry or report may be incomplete", verbose.verbose, stderr);
    }
    return ExitCodes.OK;
  }
}
