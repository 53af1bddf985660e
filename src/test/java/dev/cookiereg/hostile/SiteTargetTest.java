package dev.cookiereg.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cookiereg.cli.Cli;
import dev.cookiereg.cli.ExitCodes;
import dev.cookiereg.testing.ScratchProject;
import dev.cookiereg.write.SiteStamp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding 1 and 12 of the hardening review: {@code --out} replaces only a site this tool wrote, and
 * a site that is a link is written where it leads.
 */
class SiteTargetTest {
  @TempDir Path dir;
  ScratchProject project;

  @BeforeEach
  void project() throws Exception {
    project = ScratchProject.released(dir.resolve("project"));
  }

  @Test
  void outIsRefusedWhenTheFolderHoldsAManifestAndFilesTheToolDidNotWrite() throws Exception {
    // a web app's public/ folder: it happens to hold a manifest.json (a PWA manifest), its own Git
    // and scripts
    Path pub = Files.createDirectories(dir.resolve("public"));
    Files.writeString(pub.resolve("manifest.json"), "{\"name\": \"My App\"}");
    Files.writeString(pub.resolve("app.js"), "console.log('app')");
    Files.createDirectories(pub.resolve("img"));
    Files.write(pub.resolve("img/logo.png"), new byte[] {1, 2, 3});
    Map<String, String> before = ScratchProject.contents(pub);

    for (String command : new String[] {"build", "release"}) {
      Cli r = Cli.run(command, project.registry().toString(), "--out", pub.toString());

      assertThat(r.exitCode()).as(command + ": " + r.err()).isEqualTo(ExitCodes.USAGE);
      assertThat(r.err())
          .contains(
              "--out: "
                  + pub.toRealPath()
                  + " holds 2 files cookiereg did not write (app.js, "
                  + "img/logo.png)")
          .contains("move them out, or choose a new or empty folder")
          .doesNotContain("\tat ");
      assertThat(ScratchProject.contents(pub)).isEqualTo(before);
    }
  }

  @Test
  void outIsRefusedWhenTheFolderHoldsAGitRepository() throws Exception {
    Path pub = Files.createDirectories(dir.resolve("public"));
    Files.writeString(pub.resolve("manifest.json"), "{}");
    Files.createDirectories(pub.resolve(".git"));
    Files.writeString(pub.resolve(".git/HEAD"), "ref: refs/heads/main\n");

    Cli r = Cli.run("build", project.registry().toString(), "--out", pub.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("holds a Git repository (.git)");
    assertThat(pub.resolve(".git/HEAD")).hasContent("ref: refs/heads/main\n");
  }

  @Test
  void outIsRefusedWhenTheFolderHoldsTheRegistry() throws Exception {
    Cli r = Cli.run("build", project.registry().toString(), "--out", project.dir().toString());

    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err())
        .contains("holds " + project.registry())
        .contains("choose a new or empty folder");
    assertThat(project.registry()).exists();
  }

  @Test
  void outIsRefusedWhenItIsTheRootFolder() {
    Cli r = Cli.run("build", project.registry().toString(), "--out", "/");

    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err())
        .startsWith("error: --out: / is the root folder")
        .doesNotContain("Exception");
  }

  @Test
  void aSiteFileTheToolDidNotWriteIsRefusedEvenInAStampedSite() throws Exception {
    Files.writeString(project.site().resolve("CNAME"), "policy.example.com");

    Cli r = project.cli("build");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("holds 1 file cookiereg did not write (CNAME)");
    assertThat(project.site().resolve("CNAME")).hasContent("policy.example.com");
  }

  @Test
  void everySiteCarriesAStampListingEveryFileItWrote() throws Exception {
    Path stamp = project.site().resolve(SiteStamp.NAME);
    List<String> listed =
        Files.readAllLines(stamp).stream().filter(l -> !l.startsWith("#")).toList();

    try (Stream<Path> files = Files.walk(project.site())) {
      assertThat(listed)
          .containsExactlyElementsOf(
              files
                  .filter(Files::isRegularFile)
                  .map(p -> project.site().relativize(p).toString())
                  .filter(p -> !p.equals(SiteStamp.NAME))
                  .sorted()
                  .toList());
    }
    assertThat(listed).contains("index.html", "versions/1.0.0/index.html", "versions/SHA256SUMS");
  }

  @Test
  void aSiteThatIsALinkStaysALinkAndItsTargetIsWritten() throws Exception {
    Path www = Files.createDirectories(dir.resolve("srv/www"));
    Path real = www.resolve("policy");
    Files.move(project.site(), real);
    Files.createSymbolicLink(project.site(), real);
    // A history edit (a registry edit would first need a release, which build --check asks for)
    Files.writeString(
        project.changelog(),
        Files.readString(project.changelog()).replace("newest first", "the newest first"));

    Cli built = project.cli("build");

    assertThat(built.exitCode()).as(built.err()).isEqualTo(ExitCodes.OK);
    assertThat(Files.isSymbolicLink(project.site())).isTrue();
    assertThat(Files.readString(real.resolve("history.html"))).contains("the newest first");
    assertThat(project.cli("build", "--check").exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(project.leftovers()).isEmpty();
    try (var left = Files.list(www)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly("policy");
    }
  }

  @Test
  void theSiteFolderKeepsItsPermissions() throws Exception {
    Files.setPosixFilePermissions(project.site(), PosixFilePermissions.fromString("rwxr-x---"));

    assertThat(project.cli("build").exitCode()).isEqualTo(ExitCodes.OK);

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(project.site())))
        .isEqualTo("rwxr-x---");
    assertThat(Files.getPosixFilePermissions(project.site().resolve("index.html")))
        .contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ);
  }
}
