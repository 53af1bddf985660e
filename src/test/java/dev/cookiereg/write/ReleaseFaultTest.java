package dev.cookiereg.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cookiereg.cli.Cli;
import dev.cookiereg.cli.ExitCodes;
import dev.cookiereg.testing.ScratchProject;
import dev.cookiereg.testing.Tmpfs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Finding 4 of the hardening review: a release is all or nothing. Killed at random points,
 * overflowing its stack, out of memory or unable to write the history, it leaves the registry, the
 * history and the site exactly as they were or exactly as a whole release leaves them; run again,
 * it writes one entry.
 */
class ReleaseFaultTest {
  @TempDir Path dir;
  ScratchProject project;
  Map<String, String> before;

  @BeforeEach
  void anUnreleasedEdit() throws Exception {
    project = ScratchProject.released(dir.resolve("project"));
    project.edit(
        "purpose: Stores your light or dark mode selection", "purpose: Stores your colour theme");
    before = project.state();
  }

  @Test
  void releaseKilledAtTwentyRandomPointsLeavesTheOldOrTheNewProject() throws Exception {
    ScratchProject reference = copy(project, dir.resolve("reference"));
    long start = System.nanoTime();
    assertThat(reference.run("release")).isZero();
    long full = (System.nanoTime() - start) / 1_000_000;
    Map<String, String> after = reference.state();
    assertThat(after).isNotEqualTo(before);
    Path pristine = dir.resolve("pristine");
    copyTree(project.dir(), pristine);

    Random random = new Random(20261130L);
    int old = 0;
    int fresh = 0;
    int pending = 0;
    for (int i = 0; i < 20; i++) {
      SiteWriter.deleteTree(project.dir());
      copyTree(pristine, project.dir());
      Process release = project.start("release");
      Thread.sleep(random.nextInt((int) Math.max(1, full * 13 / 10)));
      release.destroyForcibly(); // SIGKILL on Linux
      assertThat(release.waitFor(30, TimeUnit.SECONDS)).isTrue();

      // Before recovery: the old or the new project, or a committed release that recovery
      // completes.
      Map<String, String> killed = project.state();
      boolean committed = project.leftovers().stream().anyMatch(n -> n.startsWith(".site.commit-"));
      if (committed) pending++;
      assertThat(killed.equals(before) || killed.equals(after) || committed)
          .as(
              "kill %d: neither old nor new, and no committed release to complete: %s",
              i, project.leftovers())
          .isTrue();

      SiteWriter.recover(project.site()); // what the next build, check or release does first
      Map<String, String> recovered = project.state();
      assertThat(recovered.equals(before) || recovered.equals(after))
          .as("kill %d: after recovery the project is neither the old nor the new one", i)
          .isTrue();
      assertThat(project.leftovers())
          .as("kill %d leaves nothing beside the project's files", i)
          .isEmpty();
      if (recovered.equals(before)) old++;
      if (recovered.equals(after)) fresh++;
    }
    System.out.printf(
        "release SIGKILL test: %d kills left the old project, %d the new (%d completed by recovery; "
            + "one release ≈ %d ms)%n",
        old, fresh, pending, full);
    assertThat(old).as("some kills land before the commit point").isPositive();
  }

  @Test
  void aReleaseStoppedAfterItsCommitPointIsCompletedByTheNextBuild() throws Exception {
    ScratchProject reference = copy(project, dir.resolve("reference"));
    assertThat(reference.run("release")).isZero();
    Map<String, String> after = reference.state();
    // an immutable site folder cannot be renamed: the swap fails after the registry and history
    assumeTrue(Tmpfs.run("chattr", "+i", project.site().toString()) == 0, "no chattr here");
    Cli stopped;
    try {
      stopped = project.cli("release");
    } finally {
      Tmpfs.run("chattr", "-i", project.site().toString());
    }

    assertThat(stopped.exitCode()).isEqualTo(ExitCodes.INTERNAL);
    assertThat(stopped.err())
        .contains("the release is committed, and the next build or release completes it")
        .doesNotContain("unchanged");
    assertThat(project.registry()).hasContent(after.get("cookies.yaml"));
    assertThat(project.leftovers()).anyMatch(n -> n.startsWith(".site.commit-"));

    Cli build = project.cli("build");

    assertThat(build.exitCode()).as(build.err()).isEqualTo(ExitCodes.OK);
    assertThat(project.state()).isEqualTo(after);
    assertThat(project.leftovers()).isEmpty();
  }

  static Stream<Arguments> errors() {
    return Stream.of(
        Arguments.of(
            "a stack overflow", "<#macro down n><@down n + 1/></#macro><@down 0/>", List.of()),
        Arguments.of(
            "an out-of-memory error",
            "<#assign big = \"x\"?left_pad(400000000)>${big?length}",
            List.of("-Xmx128m")));
  }

  @ParameterizedTest(name = "a release that dies of {0} changes nothing")
  @MethodSource("errors")
  void aReleaseThatDiesOfAnErrorChangesNothing(String error, String poison, List<String> jvm)
      throws Exception {
    Path templates = templatesWith(poison);

    Process p = project.start(jvm, "release", "--templates", templates.toString());

    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(error).isEqualTo(ExitCodes.INTERNAL);
    assertThat(project.state()).isEqualTo(before);
    assertThat(project.leftovers()).isEmpty();
  }

  @Test
  void aReleaseWhoseHistoryCannotBeWrittenChangesNothingAndSaysSo() throws Exception {
    Path mount = Files.createDirectory(dir.resolve("mnt"));
    assumeTrue(Tmpfs.mount(mount, "size=1m"), "no tmpfs here");
    try {
      Path history = Files.move(project.changelog(), mount.resolve("CHANGELOG.md"));
      Files.createSymbolicLink(project.changelog(), history);
      Tmpfs.remount(mount, "remount,ro");
      Map<String, String> unchanged = project.state();

      Cli r = project.cli("release");

      assertThat(r.exitCode()).isEqualTo(ExitCodes.INTERNAL);
      assertThat(r.err())
          .contains("Read-only file system")
          .contains("are unchanged")
          .doesNotContain("\tat ");
      assertThat(project.state()).isEqualTo(unchanged);
      assertThat(project.leftovers()).isEmpty();
    } finally {
      Tmpfs.unmount(mount);
    }
  }

  @Test
  void aReleaseRunAgainAfterAPartialOneWritesOneEntry() throws Exception {
    // what a release killed by an older version left: the version bumped and the entry written,
    // nothing archived
    project.edit("version: 1.0.0", "version: 1.1.0");
    String partial =
        Files.readString(project.changelog())
            .replaceFirst(
                "\n## \\[", "\n## [1.1.0] - 2026-11-29 " + "[notable]\n\nHalf-written.\n\n## [");
    Files.writeString(project.changelog(), partial);

    Cli first = project.cli("release");
    Cli again = project.cli("release");

    assertThat(first.exitCode()).as(first.err()).isEqualTo(ExitCodes.OK);
    assertThat(first.out()).startsWith("released 1.1.0");
    assertThat(again.out()).startsWith("nothing to release");
    String history = Files.readString(project.changelog());
    assertThat(count(history, "(?m)^## \\[1\\.1\\.0]")).isEqualTo(1);
    assertThat(count(history, "(?m)^\\[1\\.1\\.0]: ")).isEqualTo(1);
    assertThat(history).doesNotContain("Half-written.");
  }

  @Test
  void aHistoryWithTwoEntriesOfOneVersionIsALocatedErrorAndNothingIsWritten() throws Exception {
    String history = Files.readString(project.changelog());
    int entry = history.indexOf("## [1.0.0]");
    Files.writeString(
        project.changelog(),
        history.substring(0, entry)
            + "## [1.0.0] - 2026-04-03\n\nAgain.\n\n"
            + history.substring(entry));
    Map<String, String> doubled = project.state();
    int line = (int) history.substring(0, entry).lines().count() + 5;

    for (String command : new String[] {"check", "build", "release"}) {
      Cli r = project.cli(command);
      assertThat(r.exitCode()).as(command).isEqualTo(ExitCodes.INVALID);
      assertThat(r.out() + r.err())
          .as(command)
          .contains(
              project.changelog().toString()
                  + ":"
                  + line
                  + ":1: error: a second entry for [1.0.0] (the first is at line "
                  + (line - 4)
                  + ")");
    }
    assertThat(project.state()).isEqualTo(doubled);
  }

  @Test
  void theUnreleasedSectionStaysAboveTheNewEntry() throws Exception {
    String withUnreleased =
        Files.readString(project.changelog())
            .replaceFirst(
                "\n## \\[", "\n## [Unreleased]\n\n- Draft notes for the next version.\n\n## [");
    Files.writeString(project.changelog(), withUnreleased);

    assertThat(project.cli("release").exitCode()).isEqualTo(ExitCodes.OK);

    String history = Files.readString(project.changelog());
    assertThat(history.indexOf("## [Unreleased]")).isLessThan(history.indexOf("## [1.1.0]"));
    assertThat(history.indexOf("- Draft notes")).isLessThan(history.indexOf("## [1.1.0]"));
    assertThat(history.indexOf("## [1.1.0]")).isLessThan(history.indexOf("## [1.0.0]"));
  }

  @Test
  void aReleaseKeepsTheLinksAndPermissionsOfTheRegistryAndHistory() throws Exception {
    Path shared = Files.createDirectories(dir.resolve("policy-repo"));
    Path realRegistry = Files.move(project.registry(), shared.resolve("cookies.yaml"));
    Files.createSymbolicLink(project.registry(), realRegistry);
    Files.setPosixFilePermissions(realRegistry, PosixFilePermissions.fromString("rw-rw-r--"));
    Files.setPosixFilePermissions(
        project.changelog(), PosixFilePermissions.fromString("rw-r-----"));

    Cli r = project.cli("release");

    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
    assertThat(Files.isSymbolicLink(project.registry())).isTrue();
    assertThat(realRegistry).content(StandardCharsets.UTF_8).contains("version: 1.1.0");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(realRegistry)))
        .isEqualTo("rw-rw-r--");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(project.changelog())))
        .isEqualTo("rw-r-----");
    assertThat(project.leftovers()).isEmpty();
    try (Stream<Path> files = Files.list(shared)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("cookies.yaml");
    }
  }

  private Path templatesWith(String poison) throws Exception {
    Path templates = Files.createDirectories(dir.resolve("poisoned"));
    copyTree(Path.of("templates"), templates);
    Path page = templates.resolve("history.ftlh");
    Files.writeString(page, poison + Files.readString(page));
    return templates;
  }

  private static ScratchProject copy(ScratchProject p, Path to) throws Exception {
    copyTree(p.dir(), to);
    return new ScratchProject(
        to, to.resolve("cookies.yaml"), to.resolve("CHANGELOG.md"), to.resolve("site"));
  }

  private static void copyTree(Path from, Path to) throws Exception {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(
              p,
              target,
              StandardCopyOption.COPY_ATTRIBUTES,
              java.nio.file.LinkOption.NOFOLLOW_LINKS);
        }
      }
    }
  }

  private static int count(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    int n = 0;
    while (m.find()) n++;
    return n;
  }
}
