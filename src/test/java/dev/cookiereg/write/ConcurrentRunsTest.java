package dev.cookiereg.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cookiereg.Build;
import dev.cookiereg.RegistryLoader;
import dev.cookiereg.cli.ExitCodes;
import dev.cookiereg.site.SiteFile;
import dev.cookiereg.testing.ScratchProject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding 5 of the hardening review: runs on one site take turns. Two builds and two releases
 * started together end with one complete, verified site and one changelog entry; a staging folder
 * that disappears is never recreated and committed.
 */
class ConcurrentRunsTest {
  @TempDir Path dir;
  ScratchProject project;

  @BeforeEach
  void anUnreleasedEdit() throws Exception {
    project = ScratchProject.released(dir.resolve("project"));
    project.edit(
        "purpose: Stores your light or dark mode selection", "purpose: Stores your colour theme");
  }

  @Test
  void twoBuildsAndTwoReleasesAtOnceEndWithOneVerifiedSiteAndOneEntry() throws Exception {
    int entries = headings().size();
    for (int round = 0; round < 3; round++) {
      List<Process> runs = new ArrayList<>();
      for (String command : List.of("build", "release", "build", "release"))
        runs.add(project.start(command));
      List<Integer> codes = new ArrayList<>();
      for (Process p : runs) {
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        codes.add(p.exitValue());
      }

      assertThat(codes)
          .as("round %d: every run succeeds, one after the other", round)
          .containsOnly(ExitCodes.OK);
      List<String> headings = headings();
      assertThat(headings)
          .as("round %d: one release, one entry", round)
          .hasSize(++entries)
          .doesNotHaveDuplicates();
      assertThat(project.run("build", "--check"))
          .as("round %d: the site is complete and verified", round)
          .isEqualTo(ExitCodes.OK);
      assertThat(project.site().resolve("versions/" + headings.get(0) + "/index.html")).exists();
      assertThat(project.leftovers()).isEmpty();
      project.edit(
          "purpose: Stores your colour theme",
          "purpose: Stores your colour theme " + (round + 1) + ",");
    }
  }

  /** The versions the changelog has entries for, newest first. */
  private List<String> headings() throws Exception {
    return Pattern.compile("(?m)^## \\[([^\\]]+)]")
        .matcher(Files.readString(project.changelog(), StandardCharsets.UTF_8))
        .results()
        .map(m -> m.group(1))
        .toList();
  }

  @Test
  void aSecondBuildWaitsForTheLockAndThenSucceeds() throws Exception {
    Process build;
    try (SiteLock held = SiteLock.acquire(project.site())) {
      build = project.start("build");
      boolean done = build.waitFor(1500, TimeUnit.MILLISECONDS);
      assertThat(done)
          .as("the build waits while the lock is held (%s)", done ? build.exitValue() : "")
          .isFalse();
    }
    assertThat(build.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(build.exitValue()).isEqualTo(ExitCodes.OK);
    assertThat(Files.readString(project.site().resolve("index.html")))
        .contains("Stores your colour theme");
  }

  @Test
  void aRunThatCannotHaveTheLockInTimeGivesUpWithAClearMessage() throws Exception {
    try (SiteLock held = SiteLock.acquire(project.site())) {
      Thread other =
          new Thread(
              () ->
                  assertThatThrownBy(
                          () -> SiteLock.acquire(project.site(), java.time.Duration.ofMillis(300)))
                      .isInstanceOf(SiteLock.BusyException.class)
                      .hasMessageContaining("another build or release of")
                      .hasMessageContaining("try again when it has finished"));
      other.start();
      other.join();
    }
  }

  @Test
  void aStagingFolderThatDisappearsIsNeverRecreatedOrCommitted() throws Exception {
    List<SiteFile> files =
        Build.of(project.registry(), null, project.site()).render(new RegistryLoader());
    List<String> before = SiteWriter.differences(project.site(), files);
    try (SiteWriter.Staging staging = SiteWriter.begin(project.site())) {
      staging.accept(files.get(0));
      try (var siblings = Files.list(project.dir())) {
        for (Path p :
            siblings.filter(p -> p.getFileName().toString().startsWith(".site.new-")).toList()) {
          SiteWriter.deleteTree(p); // what a second run's recovery did before the lock
        }
      }
      assertThatThrownBy(() -> staging.accept(files.get(1)))
          .hasMessageContaining("has disappeared");
    }
    assertThat(SiteWriter.differences(project.site(), files)).isEqualTo(before);
    assertThat(project.leftovers()).isEmpty();
  }
}
