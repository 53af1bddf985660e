package dev.cookiereg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import dev.cookiereg.audit.AuditRulesTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code audit}'s command line: usage errors, thresholds, formats and what it does not load. */
class AuditCommandTest {
  static final String REGISTRY = "src/test/resources/audit/cookies.yaml";
  static final String NONE = "src/test/resources/audit/none.har";

  @Test
  void aBrowserThatIsNotInstalledExitsFourWithTheLineThatInstallsIt(@TempDir Path dir) {
    Path missing = dir.resolve("chromium");
    Cli r = Cli.run("audit", "http://shop.test/", REGISTRY, "--chromium", missing.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.INTERNAL);
    assertThat(r.err())
        .isEqualTo(
            "audit: the live crawl needs Chromium and its driver; missing: "
                + missing
                + " (install them: apt-get install -y chromium chromium-driver)\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aGridThatDoesNotAnswerExitsFour() {
    Cli r = Cli.run("audit", "http://shop.test/", REGISTRY, "--grid", "http://127.0.0.1:9/wd/hub");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.INTERNAL);
    assertThat(r.err())
        .startsWith("audit: the Selenium Grid at http://127.0.0.1:9/wd/hub gave no browser: ");
    assertThat(r.err().lines().count()).isEqualTo(1);
  }

  @Test
  void crawlOptionsAreCheckedBeforeAnyBrowserStarts() {
    Cli resolve = Cli.run("audit", "http://shop.test/", REGISTRY, "--resolve", "shop.test");
    assertThat(resolve.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(resolve.err())
        .startsWith(
            "error: --resolve: 'shop.test' is not HOST=ADDRESS, such as tracker.test=127.0.0.1\n");

    Cli scheme = Cli.run("audit", "javascript://alert(1)", REGISTRY);
    assertThat(scheme.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(scheme.err())
        .startsWith(
            "error: a page to crawl: 'javascript://alert(1)' is not an http or https URL with a"
                + " host\n");

    Cli both = Cli.run("audit", "http://shop.test/", REGISTRY, "--har", NONE);
    assertThat(both.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(both.err())
        .startsWith("error: crawl URLs or read --har/--cookies-txt evidence, not both at once\n");

    Cli pages = Cli.run("audit", "http://shop.test/", REGISTRY, "--pages", "0");
    assertThat(pages.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(pages.err()).startsWith("error: --pages: at least 1, got 0\n");

    Cli state = Cli.run("audit", "http://shop.test/", REGISTRY, "--states", "none,ads");
    assertThat(state.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(state.err()).startsWith("error: --state: state 'ads' is neither none");
  }

  @Test
  void noEvidenceIsAUsageError() {
    Cli r = Cli.run("audit", REGISTRY);
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err())
        .startsWith("error: nothing to audit: give the URL of a page to crawl, or --har FILE");
  }

  @Test
  void aStateMustBeNoneRejectAllGpcOrAnOptionalCategory() {
    Cli unknown = Cli.run("audit", REGISTRY, "--har", NONE, "--state", "ads");
    assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(unknown.err())
        .startsWith(
            "error: --state: state 'ads' is neither none, reject, all, gpc nor a category of the"
                + " registry (essential, functional, analytics, marketing)\n");

    Cli required = Cli.run("audit", REGISTRY, "--har", NONE, "--state", "essential");
    assertThat(required.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(required.err()).contains("a required category is always on");

    Cli malformed = Cli.run("audit", REGISTRY, "--har", NONE, "--state", "Not A State");
    assertThat(malformed.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(malformed.err()).startsWith("error: --state: 'Not A State' is not a state");
  }

  @Test
  void failOnErrorExitsOneWhenAnErrorIsFoundAndWarningAlsoCountsWarnings(@TempDir Path dir)
      throws Exception {
    assertThat(Cli.run("audit", REGISTRY, "--har", NONE).exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(Cli.run("audit", REGISTRY, "--har", NONE, "--fail-on", "error").exitCode())
        .isEqualTo(ExitCodes.FAILED_CHECK);

    // only a warning: a session cookie kept for an hour
    Path har = dir.resolve("warning.har");
    Files.writeString(
        har,
        """
        {"log": {"entries": [{"startedDateTime": "2026-11-30T10:00:00Z",
          "request": {"url": "https://example.com/"},
          "response": {"headers": [{"name": "set-cookie", "value": "session=a; Max-Age=3600"}]}}]}}
        """,
        StandardCharsets.UTF_8);
    assertThat(Cli.run("audit", REGISTRY, "--har", har.toString(), "--fail-on", "error").exitCode())
        .isEqualTo(ExitCodes.OK);
    Cli warning = Cli.run("audit", REGISTRY, "--har", har.toString(), "--fail-on", "warning");
    assertThat(warning.exitCode()).isEqualTo(ExitCodes.FAILED_CHECK);
    assertThat(warning.out())
        .contains("warning: session-cookie-persists [state none]: cookie 'session'");
  }

  @Test
  void markdownAndGithubKeepTheWebsitesNamesAsText(@TempDir Path dir) throws Exception {
    Path har = dir.resolve("hostile.har");
    Files.writeString(
        har,
        """
        {"log": {"entries": [{"startedDateTime": "2026-11-30T10:00:00Z",
          "request": {"url": "https://example.com/"},
          "response": {"headers": [
            {"name": "set-cookie", "value": "<b>x</b>|[a](javascript:alert(1))=1"},
            {"name": "set-cookie", "value": "x%0A::error::=1"}]}}]}}
        """,
        StandardCharsets.UTF_8);
    String md = Cli.run("audit", REGISTRY, "--har", har.toString(), "--format", "markdown").out();
    assertThat(md)
        .contains("| \\<b\\>x\\<\\/b\\>\\|\\[a\\]\\(javascript\\:alert\\(1\\)\\) |")
        .doesNotContain("<b>")
        .doesNotContain("[a](");

    String gh = Cli.run("audit", REGISTRY, "--har", har.toString(), "--format", "github").out();
    assertThat(gh.lines())
        .allMatch(l -> l.startsWith("::error title=") || l.startsWith("::notice title="));
    assertThat(gh).contains("cookie 'x%250A::error::'");
  }

  @Test
  void theReportIsTheSameUnderATurkishDefaultLocale() {
    // every state, every rule planted
    String[] args = AuditRulesTest.auditAll().toArray(String[]::new);
    Locale before = Locale.getDefault();
    String root;
    String turkish;
    try {
      Locale.setDefault(Locale.ROOT);
      root = Cli.run(args).out();
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      turkish = Cli.run(args).out();
    } finally {
      Locale.setDefault(before);
    }
    assertThat(turkish).isEqualTo(root).contains("6 errors, 3 warnings, 1 note in 5 states");
  }

  @Test
  void rulesPrintsTheAuditRulesBesideTheOthers() {
    String text = Cli.run("rules").out();
    assertThat(text)
        .containsPattern("(?m)^Audit rules:$")
        .containsPattern("(?m)^  set-before-consent +error +in state none, a cookie of a category");
    String md = Cli.run("rules", "--format", "markdown").out();
    assertThat(md).contains("| `declared-not-observed` | note | a declared cookie seen in none");
  }

  /**
   * The browser stack (Selenium) is the live crawl's alone: only the crawl package may use it, so
   * every other command starts without loading it.
   */
  @Test
  void onlyTheCrawlDependsOnTheBrowserStack() {
    JavaClasses main =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.cookiereg");
    ArchRuleDefinition.noClasses()
        .that()
        .resideOutsideOfPackage("dev.cookiereg.crawl")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.openqa..", "io.github.bonigarcia..")
        .check(main);
  }
}
