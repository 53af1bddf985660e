package dev.cookiereg.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.cookiereg.RegistryLoader;
import dev.cookiereg.cli.Cli;
import dev.cookiereg.model.Cookie;
import dev.cookiereg.ocd.OcdImporter;
import dev.cookiereg.ocd.RetentionParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Finding 6 (and part of 12) of the hardening issue, for {@code import-ocd}: its retention parser
 * took 48 s on a 160 KB field, and its report carried raw line breaks from the CSV. Fields over
 * {@link OcdImporter#MAX_FIELD} characters skip their row with a report line, the parser is linear
 * in any case, and nothing from the file can break a report line or reach a terminal as a control
 * sequence.
 */
class ImportOcdLimitsTest {
  static final String HEADER =
      "ID,Platform,Category,Cookie / Data Key name,Domain,Description,Retention period,"
          + "Data Controller,User Privacy & GDPR Rights Portals,Wildcard match\n";

  /** 160 KB of the text that took the old parser longest: a digit and a space, over and over. */
  static final String HUGE = "1 ".repeat(80 * 1024);

  @TempDir Path dir;

  static String row(
      String id,
      String platform,
      String category,
      String name,
      String domain,
      String description,
      String retention,
      String privacy) {
    return String.join(
            ",",
            List.of(
                id,
                quoted(platform),
                quoted(category),
                quoted(name),
                quoted(domain),
                quoted(description),
                quoted(retention),
                "Controller",
                quoted(privacy),
                "0"))
        + "\n";
  }

  static String quoted(String field) {
    return "\"" + field.replace("\"", "\"\"") + "\"";
  }

  static String cookie(String id, String name, String description, String retention) {
    return row(
        id,
        "Stats",
        "Analytics",
        name,
        "",
        description,
        retention,
        "https://stats.example/privacy");
  }

  @Test
  void aRowWithA160KilobyteRetentionIsSkippedAndReportedAndTheImportGoesOn() throws Exception {
    Path csv = dir.resolve("huge.csv");
    Files.writeString(
        csv,
        HEADER
            + cookie("1", "_first", "First", "2 years")
            + cookie("2", "_huge", "Huge", HUGE)
            + cookie("3", "_last", "Last", "1 day"),
        StandardCharsets.UTF_8);
    Path out = dir.resolve("cookies.yaml");
    Path report = dir.resolve("report.txt");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    // A fresh JVM that can be stopped: the old parser would have run for a minute.
    Process p =
        new ProcessBuilder(
                java,
                "-Xmx256m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                "dev.cookiereg.cli.Main",
                "import-ocd",
                csv.toString(),
                "--out",
                out.toString(),
                "--report",
                report.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("log.txt").toFile())
            .start();
    boolean finished = p.waitFor(15, TimeUnit.SECONDS);
    if (!finished) p.destroyForcibly().waitFor();

    assertThat(finished).as("import-ocd finished within 15 s").isTrue();
    assertThat(p.exitValue()).as(Files.readString(dir.resolve("log.txt"))).isZero();
    assertThat(Files.readAllLines(report))
        .containsExactly(
            "huge.csv:3: row: skipped: its 'Retention period' field is 163,840 characters; a field may have at most 4,096",
            "huge.csv: 3 rows read, 2 cookies written, 1 providers written (of 1 platforms), retentions parsed 2/3 "
                + "(66.7%), 1 rows skipped");
    assertThat(Files.readString(out))
        .contains("name: \"_first\"", "name: \"_last\"")
        .doesNotContain("_huge");
  }

  @Test
  void aFieldOfExactlyTheLimitIsReadAndOneCharacterMoreIsNot() throws Exception {
    String atLimit = "d".repeat(OcdImporter.MAX_FIELD);
    OcdImporter.Result result =
        OcdImporter.run(
            HEADER
                + cookie("1", "_at", atLimit, "1 day")
                + cookie("2", "_over", atLimit + "d", "1 day"),
            OcdImporter.Options.defaults("limit.csv"));

    assertThat(result.yaml()).contains("name: \"_at\"").doesNotContain("_over");
    assertThat(result.report())
        .containsExactly(
            "limit.csv:3: row: skipped: its 'Description' field is 4,097 "
                + "characters; a field may have at most 4,096");
  }

  @Test
  void anImportedNameWithMoreWildcardsThanTheCapIsSkippedAndARunOfThemIsWrittenAsOne()
      throws Exception {
    OcdImporter.Result result =
        OcdImporter.run(
            HEADER + cookie("1", "a**b", "A", "1 day") + cookie("2", "a*b*c*d*e", "B", "1 day"),
            OcdImporter.Options.defaults("wildcards.csv"));

    assertThat(result.report())
        .containsExactly(
            "wildcards.csv:2: cookie 'a**b': a run of * written as one",
            "wildcards.csv:3: cookie 'a*b*c*d*e': skipped: 4 wildcards; a name may have at most 3");
    assertThat(result.yaml()).contains("name: \"a*b\"").doesNotContain("a**b", "a*b*c");
    assertThat(
            new RegistryLoader()
                .load("wildcards.yaml", result.yaml().getBytes(StandardCharsets.UTF_8))
                .registry()
                .cookies())
        .extracting(Cookie::name)
        .containsExactly("a*b");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "'1 '                | not a period",
        "'to '               | not a period",
        "'to 1 '             | a range or alternatives, not one period",
        "'1 or '             | a range or alternatives, not one period",
        "'2024 jan '         | a date, not a period",
        "'1 day (\u2028 '    | not a period"
      })
  void theRetentionParserReadsA160KilobyteFieldInLinearTime(String unit, String reason) {
    String text = unit.repeat(160 * 1024 / unit.length());

    // A correctness bound, not a performance target: the old parser took 20 s to a minute on these.
    RetentionParser.Result result =
        assertTimeoutPreemptively(
            Duration.ofSeconds(2),
            () -> RetentionParser.parse(text),
            "parsing 160 KB of '" + unit + "' takes less than two seconds");

    assertThat(result.parsed()).isFalse();
    assertThat(result.note()).isEqualTo(reason);
  }

  @Test
  void theReportNeverHoldsARawLineBreakOrControlCharacterFromTheCsv() throws Exception {
    Path csv = dir.resolve("hostile.csv");
    Files.writeString(
        csv,
        HEADER
            + row("1", "Evil\nPlatform\u001B[31m", "Analytics", "_a", "", "A", "1 day", "")
            + cookie("2", "_b", "B", "0\ndays")
            + cookie("3", "_c", "C", "2 years\n(modifiable)")
            + cookie("4", "_d", "D", "Unknown\r\nforever\u0085")
            + cookie("5", "bad\u2028name", "E", "1 day")
            + row("6", "Stats", "Analytics\u2029X", "_f", "", "F", "1 day", "")
            + row("7", "Stats", "Analytics", "_g", "evil.example\n.com", "G", "1 day", "")
            + row(
                "8",
                "Stats",
                "Analytics",
                "_h",
                "",
                "H",
                "1 day",
                "https://stats.example/\nprivacy\u009B2J"),
        StandardCharsets.UTF_8);
    Path report = dir.resolve("report.txt");

    Cli toFile =
        Cli.run(
            "import-ocd",
            csv.toString(),
            "--out",
            dir.resolve("cookies.yaml").toString(),
            "--report",
            report.toString());
    Cli toStderr =
        Cli.run("import-ocd", csv.toString(), "--out", dir.resolve("again.yaml").toString());

    assertThat(toFile.exitCode()).as(toFile.err()).isZero();
    List<String> lines = Files.readAllLines(report, StandardCharsets.UTF_8);
    int reported =
        OcdImporter.run(Files.readString(csv), OcdImporter.Options.defaults("hostile.csv"))
            .report()
            .size();
    assertThat(reported).isGreaterThanOrEqualTo(8);
    assertThat(lines).hasSize(reported + 1);
    assertThat(lines.subList(0, reported))
        .allMatch(l -> l.matches("hostile\\.csv:\\d+: .+: .+"), "located");
    Pattern raw = Pattern.compile("[\\x00-\\x09\\x0B-\\x1F\\x7F-\\x9F\\u2028\\u2029]");
    assertThat(Files.readString(report, StandardCharsets.UTF_8)).doesNotContainPattern(raw);
    assertThat(toStderr.err())
        .doesNotContainPattern(raw)
        .isEqualTo(String.join("\n", lines) + "\n");
    assertThat(lines)
        .anyMatch(l -> l.contains("provider 'Evil\\u000APlatform\\u001B[31m'"))
        .anyMatch(l -> l.contains("read zero period '0\\u000Adays' as 'session'"))
        .anyMatch(l -> l.contains("read '2 years\\u000A(modifiable)' as 2 years"))
        .anyMatch(l -> l.contains("'Not yet known (Unknown\\u000D\\u000Aforever\\u0085)'"))
        .anyMatch(l -> l.contains("cookie 'bad\\u2028name': skipped"))
        .anyMatch(l -> l.contains("category 'Analytics\\u2029X': skipped"))
        .anyMatch(
            l ->
                l.contains(
                    "privacy link 'https://stats.example/\\u000Aprivacy\\u009B2J': dropped"));
  }
}
