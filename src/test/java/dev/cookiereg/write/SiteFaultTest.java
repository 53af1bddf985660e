package dev.cookiereg.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cookiereg.Build;
import dev.cookiereg.RegistryLoader;
import dev.cookiereg.cli.Cli;
import dev.cookiereg.cli.ExitCodes;
import dev.cookiereg.site.SiteFile;
import dev.cookiereg.testing.SeedProject;
import dev.cookiereg.testing.Tmpfs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site survives faults: {@code build} killed with SIGKILL at random points leaves exactly the
 * old or the new complete site; a read-only or full file system gives a clear error and leaves the
 * old site intact.
 */
class SiteFaultTest {
  @TempDir Path dir;
  Path registry;
  Path site;
  List<SiteFile> oldSite;
  List<SiteFile> newSite;
  byte[] newRegistry;

  @BeforeEach
  void twoVersionsOfTheRegistry() throws Exception {
    registry = dir.resolve("cookies.yaml");
    site = dir.resolve("site");
    SeedProject.write(registry, dir.resolve("CHANGELOG.md"));
    oldSite = Build.of(registry, null, site).render(new RegistryLoader());
    String changed =
        Files.readString(registry, StandardCharsets.UTF_8)
            .replace(
                "purpose: Stores your light or dark mode selection",
                "purpose: Stores your colour theme");
    newRegistry = changed.getBytes(StandardCharsets.UTF_8);
    Files.write(registry, newRegistry);
    newSite = Build.of(registry, null, site).render(new RegistryLoader());
    assertThat(newSite).isNotEqualTo(oldSite);
  }

  @Test
  void buildKilledAtTwentyRandomPointsLeavesTheOldOrTheNewSite() throws Exception {
    Random random = new Random(20261129L);
    int old = 0;
    int fresh = 0;
    long full = timeOneBuild();
    for (int i = 0; i < 20; i++) {
      SiteWriter.write(site, oldSite);
      Process build = startBuild();
      Thread.sleep(
          random.nextInt((int) Math.max(1, full * 13 / 10))); // some kills land after the swap
      build.destroyForcibly(); // SIGKILL on Linux
      assertThat(build.waitFor(30, TimeUnit.SECONDS)).isTrue();

      // Before any recovery: the site is the old or the new output, or (killed between the two
      // renames) it is
      // missing while a complete new or old one waits beside it under its .site.ready- or
      // .site.old- name.
      if (Files.exists(site)) {
        assertThat(
                SiteWriter.differences(site, oldSite).isEmpty()
                    || SiteWriter.differences(site, newSite).isEmpty())
            .as("kill %d: the site on disk is neither the old nor the new output", i)
            .isTrue();
      } else {
        assertThat(
                leftovers().stream()
                    .filter(n -> n.startsWith(".site.ready-") || n.startsWith(".site.old-"))
                    .anyMatch(this::isCompleteSite))
            .as("kill %d: no site, and none complete to recover", i)
            .isTrue();
      }
      SiteWriter.recover(site); // what the next build or check does first
      boolean isOld = SiteWriter.differences(site, oldSite).isEmpty();
      boolean isNew = SiteWriter.differences(site, newSite).isEmpty();
      assertThat(isOld || isNew)
          .as("kill %d: the site is neither the old nor the new output", i)
          .isTrue();
      assertThat(leftovers()).as("kill %d leaves no staging folders after recovery", i).isEmpty();
      if (isOld) old++;
      if (isNew) fresh++;
    }
    System.out.printf(
        "SIGKILL test: %d kills left the old site, %d the new (one build ≈ %d ms)%n",
        old, fresh, full);
  }

  @Test
  void aReadOnlyFileSystemIsAClearErrorAndTheOldSiteStays() throws Exception {
    Path mount = mountTmpfs("size=8m");
    try {
      Path target = mount.resolve("site");
      SiteWriter.write(target, oldSite);
      Tmpfs.remount(mount, "remount,ro");

      Cli r = Cli.run("build", registry.toString(), "--out", target.toString());

      assertThat(r.exitCode()).isEqualTo(ExitCodes.INTERNAL);
      assertThat(r.err())
          .startsWith("error: cannot write " + target)
          .contains("Read-only file system")
          .contains("the previous site is unchanged")
          .doesNotContain("\tat ");
      assertThat(SiteWriter.differences(target, oldSite)).isEmpty();
    } finally {
      Tmpfs.unmount(mount);
    }
  }

  @Test
  void aFullFileSystemIsAClearErrorAndTheOldSiteStays() throws Exception {
    Path mount = mountTmpfs("size=2m");
    try {
      Path target = mount.resolve("site");
      SiteWriter.write(target, oldSite);
      long free = Files.getFileStore(mount).getUsableSpace();
      Files.write(
          mount.resolve("filler"),
          new byte[(int) (free - 24 * 1024)]); // room for a few files, not a site

      Cli r = Cli.run("build", registry.toString(), "--out", target.toString());

      assertThat(r.exitCode()).isEqualTo(ExitCodes.INTERNAL);
      assertThat(r.err())
          .startsWith("error: cannot write " + target)
          .contains("No space left on device")
          .doesNotContain("\tat ");
      assertThat(SiteWriter.differences(target, oldSite)).isEmpty();
      try (Stream<Path> files = Files.list(mount)) {
        assertThat(files.map(p -> p.getFileName().toString()))
            .containsExactlyInAnyOrder("site", "filler");
      }
    } finally {
      Tmpfs.unmount(mount);
    }
  }

  private long timeOneBuild() throws Exception {
    long start = System.nanoTime();
    Process p = startBuild();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
    return (System.nanoTime() - start) / 1_000_000;
  }

  private Process startBuild() throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "-cp",
            System.getProperty("java.class.path"),
            "dev.cookiereg.cli.Main",
            "build",
            registry.toString(),
            "--out",
            site.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  private boolean isCompleteSite(String name) {
    try {
      Path candidate = dir.resolve(name);
      return SiteWriter.differences(candidate, oldSite).isEmpty()
          || SiteWriter.differences(candidate, newSite).isEmpty();
    } catch (IOException e) {
      return false;
    }
  }

  private List<String> leftovers() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith(".site."))
          .toList();
    }
  }

  /**
   * A small tmpfs of our own: file-system faults without touching the machine's disks (needs root,
   * as in CI).
   */
  private Path mountTmpfs(String options) throws Exception {
    Path mount = Files.createDirectory(dir.resolve("mnt"));
    assumeTrue(Tmpfs.mount(mount, options), "this machine does not let this user mount a tmpfs");
    return mount;
  }
}
