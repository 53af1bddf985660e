package dev.cookiereg.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cookiereg.cli.ExitCodes;
import dev.cookiereg.write.SiteWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile input, each case in a fresh JVM limited to a 256 MB heap and 5 seconds: either one clear
 * located error and the previous site untouched, or a built site where the hostile text is inert.
 */
class HostileInputTest {
  static final Path REGISTRY = Path.of("cookies.yaml");
  @TempDir static Path dir;
  static String registry;

  @BeforeAll
  static void read() throws IOException {
    registry = Files.readString(REGISTRY, StandardCharsets.UTF_8);
  }

  /** Result of one {@code build} in a separate, constrained JVM. */
  record Run(int exitCode, String out, String err, long millis, Path site) {}

  static Run build(String name, byte[] content) throws Exception {
    Path caseDir = Files.createDirectories(dir.resolve(name));
    Path file = caseDir.resolve("cookies.yaml");
    Files.write(file, content);
    Path site = caseDir.resolve("site");
    Files.createDirectories(site);
    Files.writeString(site.resolve("index.html"), "previous site");
    Files.writeString(
        site.resolve(SiteWriter.MARKER), "{}"); // a site written before, which a build may replace
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                java,
                "-Xmx256m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                "dev.cookiereg.cli.Main",
                "build",
                file.toString(),
                "--out",
                site.toString())
            .redirectOutput(caseDir.resolve("out.txt").toFile())
            .redirectError(caseDir.resolve("err.txt").toFile())
            .start();
    long start = System.nanoTime();
    boolean finished = p.waitFor(30, TimeUnit.SECONDS);
    long millis = (System.nanoTime() - start) / 1_000_000;
    if (!finished) p.destroyForcibly();
    assertThat(finished).as("%s finished", name).isTrue();
    return new Run(
        p.exitValue(),
        Files.readString(caseDir.resolve("out.txt")),
        Files.readString(caseDir.resolve("err.txt")),
        millis,
        site);
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static Stream<Arguments> rejected() {
    List<Arguments> cases = new ArrayList<>();
    StringBuilder bomb =
        new StringBuilder("a0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
    for (int i = 1; i < 12; i++) {
      bomb.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 9; j++) bomb.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      bomb.append("]\n");
    }
    cases.add(Arguments.of("alias bomb", utf8(bomb.toString()), "anchors (&a0) are not allowed"));
    cases.add(
        Arguments.of(
            "50 MB file", new byte[50 << 20], "a registry may be at most 1,048,576 bytes"));
    cases.add(
        Arguments.of(
            "10,000-deep nesting",
            utf8("policy: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n"),
            "nesting is deeper than 40 levels"));
    cases.add(
        Arguments.of(
            "one string of a million characters",
            utf8(
                registry.replace(
                    "  title: Cookie Policy\n", "  title: \"" + "x".repeat(1_000_000) + "\"\n")),
            "policy.title"));
    cases.add(
        Arguments.of(
            "NUL byte",
            utf8(registry.replace("Cookie Policy", "Cookie\u0000Policy")),
            "control character U+0000"));
    byte[] latin1 =
        registry.replace("Aktok Inc", "Akt\u00f6k Inc").getBytes(StandardCharsets.ISO_8859_1);
    cases.add(Arguments.of("invalid UTF-8", latin1, "not valid UTF-8"));
    cases.add(
        Arguments.of(
            "tab indentation",
            utf8(registry.replace("\n  version: ", "\n\tversion: ")),
            "a tab is used for indentation"));
    cases.add(
        Arguments.of(
            "bidi override in an id",
            utf8(registry.replace("  - id: analytics\n", "  - id: analy\u202Etics\n")),
            "category 'analy\\u202Etics', id: 'analy\\u202Etics' is not an id"));
    cases.add(
        Arguments.of(
            "zero-width space in an id",
            utf8(registry.replace("  - id: posthog\n", "  - id: post\u200Bhog\n")),
            "provider 'post\\u200Bhog', id: 'post\\u200Bhog' is not an id"));
    cases.add(
        Arguments.of(
            "javascript: URL",
            utf8(registry.replace("https://posthog.com/privacy\n", "javascript:alert(1)\n")),
            "'javascript:alert(1)' is not valid"));
    cases.add(
        Arguments.of(
            "data: URL",
            utf8(
                registry.replace(
                    "https://privacy.microsoft.com\n",
                    "data:text/html,<script>alert(1)</script>\n")),
            "is not valid"));
    cases.add(
        Arguments.of(
            "vbscript: link in Markdown",
            utf8(
                registry
                    .replace("Counts visits", "Counts visits")
                    .replace(
                        "Stores your timezone setting",
                        "Stores your [timezone](vbscript:msgbox) setting")),
            "a link to 'vbscript:msgbox' is not allowed"));
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejected")
  void hostileInputIsOneLocatedErrorAndLeavesTheSite(String name, byte[] content, String message)
      throws Exception {
    Run r = build(name.replaceAll("[^a-z0-9]+", "-"), content);

    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.INVALID);
    // The seed's own warnings (its seven cookies named only by role, and what the compliance rules
    // find) come with the error.
    String errors =
        r.err()
            .lines()
            .filter(
                l -> !l.contains(": warning: cookie '") || !l.contains("named only by its label"))
            .filter(l -> !dev.cookiereg.testing.ComplianceFindings.cited(l))
            .collect(java.util.stream.Collectors.joining("\n"));
    assertThat(errors).matches("(?s)[^\\n]*cookies\\.yaml:\\d+:\\d+: error: .*").contains(message);
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(r.err().lines()).allMatch(l -> l.length() < 400);
    assertThat(r.millis()).as("%s took %d ms", name, r.millis()).isLessThan(5_000);
    assertThat(r.site().resolve("index.html")).hasContent("previous site");
  }

  @Test
  void aByteOrderMarkAndWindowsLineEndsBuildTheSameSite() throws Exception {
    Run plain = build("plain", utf8(registry));
    byte[] crlf = utf8("\uFEFF" + registry.replace("\n", "\r\n"));
    Run windows = build("bom-crlf", crlf);

    assertThat(plain.exitCode()).as(plain.err()).isZero();
    assertThat(windows.exitCode()).as(windows.err()).isZero();
    for (String page : List.of("index.html", "history.html", "notice.json")) {
      assertThat(windows.site().resolve(page)).hasSameBinaryContentAs(plain.site().resolve(page));
    }
  }

  @Test
  void markupScriptAndTemplateCodeInEveryTextStayText() throws Exception {
    Run r = build("payloads", utf8(Payloads.everyText(REGISTRY, Payloads.XSS)));

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.millis()).isLessThan(5_000);
    // the page, and the same policy as a fragment for another site's page
    for (String file : List.of("index.html", "embed/policy.html")) {
      Document page = Jsoup.parse(r.site().resolve(file).toFile());
      assertThat(page.select("script, img, svg, iframe, object, embed")).as(file).isEmpty();
      for (Element e : page.getAllElements()) {
        e.attributes()
            .forEach(
                a ->
                    assertThat(a.getKey())
                        .as("attribute on <%s> in %s", e.tagName(), file)
                        .doesNotStartWith("on"));
        e.attributes()
            .forEach(
                a ->
                    assertThat(a.getValue())
                        .as("attribute on <%s> in %s", e.tagName(), file)
                        .doesNotContainIgnoringCase("javascript:"));
      }
      assertThat(page.body().text())
          .as(file)
          .contains("<script>window.__pwned=1;alert(1)</script>")
          .contains("${7*7}<#if true>ft</#if>{{7*7}}");
    }
  }
}
