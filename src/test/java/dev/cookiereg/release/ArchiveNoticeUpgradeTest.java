package dev.cookiereg.release;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cookiereg.cli.Cli;
import dev.cookiereg.cli.ExitCodes;
import dev.cookiereg.site.SiteFile;
import dev.cookiereg.testing.ScratchProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A version released before archived pages carried a notice gets it once, from the first build that
 * knows it: {@code build --check} calls the site stale until then, the page's released bytes stay
 * beneath the notice, {@code SHA256SUMS} keeps their SHA-256, and later builds change nothing.
 */
class ArchiveNoticeUpgradeTest {
  @TempDir Path dir;

  @Test
  void aVersionArchivedWithoutANoticeGetsItOnceAndKeepsItsReleasedBytesBeneath() throws Exception {
    ScratchProject project = ScratchProject.released(dir.resolve("project"));
    Path versions = project.site().resolve("versions");
    Map<String, byte[]> released = releasedBeforeNotices(versions);
    assertThat(released).containsOnlyKeys("1.0.0/history.html", "1.0.0/index.html");

    Cli check = project.cli("build", "--check");
    assertThat(check.exitCode()).as(check.err()).isEqualTo(ExitCodes.FAILED_CHECK);
    assertThat(check.err())
        .contains("site/versions/1.0.0/index.html (changed)")
        .contains("site/versions/" + Archive.SUMS + " (changed)");

    Cli build = project.cli("build");
    assertThat(build.exitCode()).as(build.err()).isEqualTo(ExitCodes.OK);
    String sums = Files.readString(versions.resolve(Archive.SUMS));
    for (Map.Entry<String, byte[]> e : released.entrySet()) {
      byte[] now = Files.readAllBytes(versions.resolve(e.getKey()));
      assertThat(ArchiveNotice.carries(now)).as(e.getKey()).isTrue();
      assertThat(ArchiveNotice.remove(now)).as(e.getKey() + " beneath").isEqualTo(e.getValue());
      assertThat(sums)
          .as("the SHA-256 recorded at its release, kept")
          .contains("#   " + sha256(e.getValue()) + "  " + e.getKey() + "\n")
          .contains(sha256(now) + "  " + e.getKey() + "\n");
    }

    Map<String, String> upgraded = ScratchProject.contents(project.site());
    Cli again = project.cli("build");
    assertThat(again.exitCode()).as(again.err()).isEqualTo(ExitCodes.OK);
    assertThat(ScratchProject.contents(project.site())).as("once").isEqualTo(upgraded);
    Cli current = project.cli("build", "--check");
    assertThat(current.exitCode()).as(current.err()).isEqualTo(ExitCodes.OK);
  }

  /**
   * Turns the archive into one written before notices existed: every archived page without its
   * notice, and a record of those bytes. Returns the pages' bytes, by path under {@code versions/}.
   */
  private static Map<String, byte[]> releasedBeforeNotices(Path versions) throws Exception {
    Map<String, byte[]> pages = new TreeMap<>();
    List<SiteFile> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(versions)) {
      for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
        String rel = versions.relativize(f).toString();
        if (rel.equals(Archive.SUMS) || rel.equals(Archive.INDEX) || rel.equals(Archive.PAGE)) {
          continue;
        }
        byte[] bytes = Files.readAllBytes(f);
        if (ArchiveNotice.carries(bytes)) {
          bytes = ArchiveNotice.remove(bytes);
          Files.write(f, bytes);
          pages.put(rel, bytes);
        }
        files.add(new SiteFile("versions/" + rel, bytes));
      }
    }
    SiteFile record = Archive.record(files);
    assertThat(new String(record.content()))
        .as("no page carries a notice")
        .doesNotContain("\n#   ");
    Files.write(versions.resolve(Archive.SUMS), record.content());
    return pages;
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
