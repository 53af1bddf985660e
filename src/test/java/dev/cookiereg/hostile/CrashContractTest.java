package dev.cookiereg.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cookiereg.cli.ExitCodes;
import dev.cookiereg.testing.SeedProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding 11 of the hardening issue, the exit-code contract under crashes: whatever breaks inside a
 * command (the stack, the heap, a bug) ends in exit 4 and one line, the trace only with {@code
 * --verbose}; and no input can make a command read forever, because every read is bounded and only
 * regular files are read. Each case runs in a fresh JVM, as a user would run it, with a time limit.
 */
class CrashContractTest {
  @TempDir Path dir;
  Path registry;
  Path site;

  @BeforeEach
  void scratchProject() throws Exception {
    registry = dir.resolve("cookies.yaml");
    site = dir.resolve("site");
    SeedProject.write(registry, dir.resolve("CHANGELOG.md"));
  }

  /** One run of the command line in its own JVM. */
  record Run(int exitCode, String out, String err, long millis) {
    List<String> errLines() {
      return err.lines().toList();
    }
  }

  static Run cookiereg(List<String> jvm, String... args) throws Exception {
    Path logs = Files.createTempDirectory("crash-contract");
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1"));
    command.addAll(jvm);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.cookiereg.cli.Main"));
    command.addAll(List.of(args));
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(logs.resolve("out.txt").toFile())
            .redirectError(logs.resolve("err.txt").toFile())
            .start();
    long start = System.nanoTime();
    boolean finished = p.waitFor(60, TimeUnit.SECONDS);
    long millis = (System.nanoTime() - start) / 1_000_000;
    if (!finished) p.destroyForcibly().waitFor();
    assertThat(finished).as("cookiereg %s finished within 60 s", String.join(" ", args)).isTrue();
    return new Run(
        p.exitValue(),
        Files.readString(logs.resolve("out.txt")),
        Files.readString(logs.resolve("err.txt")),
        millis);
  }

  static Run cookiereg(String... args) throws Exception {
    return cookiereg(List.of("-Xmx256m"), args);
  }

  /** Exit 4 and one line on stderr: {@code error: internal error: …}, no stack trace. */
  static void assertOneLineInternalError(Run r, String what) {
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.INTERNAL);
    assertThat(r.errLines()).as(r.err()).hasSize(1);
    assertThat(r.err())
        .startsWith("error: internal error: ")
        .contains(what)
        .contains("(--verbose shows where)")
        .doesNotContain("\tat ")
        .doesNotContain("Exception in thread");
  }

  /** Exit 3 within five seconds, and one located error line naming the input. */
  static void assertRefusedQuickly(Run r, String output, String input, String reason) {
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.INVALID);
    assertThat(r.millis()).as("took %d ms", r.millis()).isLessThan(5_000);
    assertThat(output.lines().filter(l -> l.contains(": error: ")).toList()).as(output).hasSize(1);
    assertThat(output).startsWith(input + ":1:1: error: ").contains(reason);
    assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception");
  }

  private Path templatesWithARecursiveMacro() throws IOException {
    Path templates = dir.resolve("templates");
    Files.createDirectories(templates);
    for (String name : List.of("policy.ftlh", "layout.ftlh", "history.ftlh")) {
      Files.copy(Path.of("templates", name), templates.resolve(name));
    }
    // a template bug: a macro that calls itself for ever overflows the stack, whatever its size
    Files.writeString(
        templates.resolve("history.ftlh"), "<#macro again n><@again n + 1/></#macro><@again 0/>\n");
    return templates;
  }

  @Test
  void aStackOverflowInsideACommandIsExit4AndOneLineAndTheSiteIsLeftAsItWas() throws Exception {
    assertThat(cookiereg("build", registry.toString(), "--out", site.toString()).exitCode())
        .isZero();
    byte[] before = Files.readAllBytes(site.resolve("index.html"));
    Path templates = templatesWithARecursiveMacro();

    Run r =
        cookiereg(
            "build",
            registry.toString(),
            "--out",
            site.toString(),
            "--templates",
            templates.toString());

    assertOneLineInternalError(r, "stack");
    assertThat(r.err()).contains("the previous site is left as it was");
    assertThat(site.resolve("index.html")).hasBinaryContent(before);
  }

  @Test
  void withVerboseAStackOverflowAlsoPrintsWhereItHappened() throws Exception {
    Path templates = templatesWithARecursiveMacro();

    Run r =
        cookiereg(
            "build",
            registry.toString(),
            "--out",
            site.toString(),
            "--templates",
            templates.toString(),
            "--verbose");

    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.INTERNAL);
    assertThat(r.err()).contains("java.lang.StackOverflowError").contains("\tat freemarker.");
    assertThat(r.errLines().get(r.errLines().size() - 1))
        .startsWith("error: internal error: ")
        .doesNotContain("--verbose shows where");
  }

  @Test
  void runningOutOfMemoryInsideACommandIsExit4AndOneLine() throws Exception {
    // a registry larger than the heap: within --max-size, but not within -Xmx16m
    Path big = dir.resolve("big.yaml");
    try (var out = Files.newOutputStream(big)) {
      byte[] comment = ("#" + "x".repeat(1 << 16) + "\n").getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 640; i++) out.write(comment);
    }

    Run r = cookiereg(List.of("-Xmx16m"), "check", big.toString(), "--max-size", "64m");

    assertOneLineInternalError(r, "out of memory");
  }

  @Test
  void checkOfDevZeroIsRefusedQuicklyAsNotARegularFile() throws Exception {
    Run r = cookiereg("check", "/dev/zero");

    assertRefusedQuickly(r, r.out(), "/dev/zero", "not a regular file (a character device)");
  }

  @Test
  void checkOfANamedPipeIsRefusedWithoutWaitingForAWriter() throws Exception {
    Path fifo = mkfifo(dir.resolve("cookies.fifo"));

    Run r = cookiereg("check", fifo.toString());

    assertRefusedQuickly(r, r.out(), fifo.toString(), "not a regular file (a named pipe)");
  }

  @Test
  void checkOfAFolderIsRefusedAsAFolder() throws Exception {
    Run r = cookiereg("check", dir.toString());

    assertRefusedQuickly(r, r.out(), dir.toString(), "a folder, not a file");
  }

  @Test
  void diffAgainstDevZeroIsRefusedQuickly() throws Exception {
    Run r = cookiereg("diff", "/dev/zero", registry.toString());

    assertRefusedQuickly(r, r.err(), "/dev/zero", "not a regular file");
  }

  @Test
  void diffAgainstAManifestInANamedPipeIsRefusedQuickly() throws Exception {
    Path fifo = mkfifo(dir.resolve("manifest.json"));

    Run r = cookiereg("diff", fifo.toString(), registry.toString());

    assertRefusedQuickly(r, r.err(), fifo.toString(), "not a regular file (a named pipe)");
  }

  @Test
  void diffAgainstAManifestNestedDeeperThanFortyLevelsIsOneLocatedError() throws Exception {
    Path manifest = dir.resolve("manifest.json");
    Files.writeString(
        manifest,
        "{\"schemaVersion\": \"1.0\", \"policy\": {}, \"cookies\": "
            + "[".repeat(50_000)
            + "]".repeat(50_000)
            + "}");

    Run r = cookiereg("diff", manifest.toString(), registry.toString());

    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.INVALID);
    assertThat(r.errLines()).as(r.err()).hasSize(1);
    assertThat(r.err())
        .startsWith(manifest + ":1:")
        .contains(": error: ")
        .contains("nesting is deeper than 40 levels")
        .doesNotContain("\tat ");
  }

  @Test
  void diffAgainstAGitRevisionReadsNoMoreThanMaxSize() throws Exception {
    Path repo = Files.createDirectories(dir.resolve("repo"));
    git(repo, "init", "-q");
    Path big = repo.resolve("cookies.yaml");
    try (var out = Files.newOutputStream(big)) {
      byte[] comment = ("#" + "x".repeat(1 << 16) + "\n").getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 640; i++) out.write(comment);
    }
    git(repo, "add", "cookies.yaml");
    git(repo, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "big");
    Files.copy(registry, repo.resolve("now.yaml"));

    // 40 MiB in git, a 16 MiB heap: git's output must be cut at --max-size, not read whole
    Run r =
        cookiereg(
            List.of("-Xmx16m"), "diff", "HEAD:cookies.yaml", repo.resolve("now.yaml").toString());

    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.INVALID);
    assertThat(r.errLines()).as(r.err()).hasSize(1);
    assertThat(r.err())
        .startsWith("HEAD:cookies.yaml:1:1: error: ")
        .contains("at most 1,048,576 bytes");
  }

  @Test
  void importOcdOfDevZeroIsRefusedQuickly() throws Exception {
    Run r = cookiereg("import-ocd", "/dev/zero");

    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.INVALID);
    assertThat(r.millis()).isLessThan(5_000);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err())
        .startsWith("/dev/zero: ")
        .contains("not a regular file (a character device)");
  }

  @Test
  void aTemplateThatIsANamedPipeIsATemplateErrorNotAHang() throws Exception {
    assertThat(cookiereg("build", registry.toString(), "--out", site.toString()).exitCode())
        .isZero();
    Path templates = templatesWithARecursiveMacro();
    Files.delete(templates.resolve("history.ftlh"));
    mkfifo(templates.resolve("history.ftlh"));

    Run r =
        cookiereg(
            "build",
            registry.toString(),
            "--out",
            site.toString(),
            "--templates",
            templates.toString());

    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.INTERNAL);
    assertThat(r.millis()).isLessThan(5_000);
    assertThat(r.errLines()).as(r.err()).hasSize(1);
    assertThat(r.err())
        .startsWith(templates.resolve("history.ftlh") + ": error: cannot read the template: ")
        .contains("not a regular file (a named pipe)")
        .contains("the previous site is unchanged");
    assertThat(site.resolve("index.html")).exists();
  }

  private void edit(String find, String replace) throws IOException {
    String yaml = Files.readString(registry, StandardCharsets.UTF_8);
    assertThat(yaml).contains(find);
    Files.writeString(
        registry,
        yaml.replaceFirst(
            java.util.regex.Pattern.quote(find), java.util.regex.Matcher.quoteReplacement(replace)),
        StandardCharsets.UTF_8);
  }

  /**
   * A registry's fault, even when it overflows the stack somewhere, is a located error (exit 3),
   * not a crash.
   */
  private void assertOneLocatedError(Run r, String output, String message) {
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.INVALID);
    assertThat(output.lines().filter(l -> l.contains(": error: ")).toList()).as(output).hasSize(1);
    assertThat(output).startsWith(registry + ":").contains(message);
    assertThat(r.err()).doesNotContain("\tat ").doesNotContain("internal error");
  }

  @Test
  void aLongHyphenatedIdThatOverflowedTheSchemaPatternIsOneLocatedError() throws Exception {
    // 600 kB: large enough that the schema runs beside the model and lint rules, on another thread
    edit("  - id: analytics\n", "  - id: a" + "-a".repeat(300_000) + "\n");

    Run r = cookiereg("check", registry.toString());

    assertOneLocatedError(
        r,
        r.out(),
        "category 'a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-…', id: must be at most 64 characters long");
  }

  @Test
  void aLongLanguageTagThatOverflowedTheSchemaPatternIsOneLocatedError() throws Exception {
    edit("  language: en\n", "  language: en" + "-ab".repeat(100_000) + "\n");

    Run r = cookiereg("check", registry.toString());

    assertOneLocatedError(r, r.out(), "policy.language: 'en-ab-ab");
  }

  /**
   * Java's regular expressions recurse once per repetition of a group, so a pattern such as {@code
   * (-[a-z]+)*} overflows the stack on a long enough value; a length check first (a lookahead)
   * keeps every value short.
   */
  @Test
  void everySchemaPatternThatRepeatsAGroupBoundsTheLengthFirst() throws IOException {
    var schema =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(Path.of("src/main/resources/cookiereg/schema/cookies.schema.json").toFile());
    List<String> patterns = new ArrayList<>();
    schema
        .findValues("pattern")
        .forEach(
            p -> {
              if (p.isTextual()) patterns.add(p.asText());
            });

    assertThat(patterns).isNotEmpty();
    assertThat(patterns.stream().filter(p -> p.matches(".*\\)[*+{].*")))
        .isNotEmpty()
        .allMatch(p -> p.matches("\\^\\(\\?=\\.\\{\\d+,\\d+}\\$\\).*"), "starts with ^(?=.{m,n}$)");
  }

  @Test
  void markdownNestedThousandsOfLevelsDeepIsOneLocatedErrorInCheckAndBuild() throws Exception {
    edit(
        "      - clause: >-\n",
        "      - clause: \"" + "> ".repeat(9_000) + "x\"\n      - clause: >-\n");

    Run check = cookiereg("check", registry.toString());
    Run build = cookiereg("build", registry.toString(), "--out", site.toString());

    assertOneLocatedError(
        check, check.out(), ": error: the Markdown nests more than 32 levels deep");
    assertOneLocatedError(
        build, build.err(), ": error: the Markdown nests more than 32 levels deep");
  }

  @Test
  void nestedEmphasisThatOverflowedTheMarkdownParserIsOneLocatedError() throws Exception {
    edit(
        "      - clause: >-\n",
        "      - clause: \""
            + "*".repeat(9_000)
            + "x"
            + "*".repeat(9_000)
            + "\"\n      - clause: >-\n");

    Run build = cookiereg("build", registry.toString(), "--out", site.toString());

    assertOneLocatedError(
        build, build.err(), ": error: the Markdown nests more than 32 levels deep");
  }

  private static Path mkfifo(Path path) throws Exception {
    Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
    assertThat(p.waitFor()).isZero();
    return path;
  }

  private static void git(Path repo, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).inheritIO().start();
    assertThat(p.waitFor()).isZero();
  }
}
