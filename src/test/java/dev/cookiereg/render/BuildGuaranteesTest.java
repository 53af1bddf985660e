package dev.cookiereg.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cookiereg.Build;
import dev.cookiereg.RegistryLoader;
import dev.cookiereg.cli.ExitCodes;
import dev.cookiereg.write.SiteWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build is deterministic, atomic and checkable, and the committed site/ is what a build writes.
 */
class BuildGuaranteesTest {
  @TempDir Path tmp;

  @Test
  void twoBuildsAreByteIdentical() throws IOException {
    Path a = BuiltSite.build(tmp.resolve("a"));
    Path b = BuiltSite.build(tmp.resolve("b"));
    assertThat(files(a))
        .isEqualTo(files(b))
        .contains("index.html", "history.html", "assets/policy.css");
    for (String f : files(a)) {
      assertThat(Files.readAllBytes(a.resolve(f)))
          .as(f)
          .isEqualTo(Files.readAllBytes(b.resolve(f)));
    }
  }

  @Test
  void aTemplateFailingHalfwayLeavesThePreviousSiteUntouched() throws IOException {
    Path site = BuiltSite.build(tmp.resolve("site"));
    Map<String, String> before = contents(site);
    Path templates = brokenTemplates();

    BuiltSite.Result r =
        BuiltSite.run(
            "build", "cookies.yaml", "--out", site.toString(), "--templates", templates.toString());

    assertThat(r.code()).isEqualTo(ExitCodes.INTERNAL);
    assertThat(contents(site)).isEqualTo(before);
    try (Stream<Path> siblings = Files.list(tmp)) {
      assertThat(siblings.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("site", "templates");
    }
  }

  @Test
  void aLargeRegistryRenderedOnEveryCoreIsByteIdenticalToOneRenderedOnOne() throws Exception {
    // more than 2,000 cookies render in parallel (SiteBuilder); the files must not depend on it
    String base =
        Files.readString(Path.of("src/test/resources/broken/lint-unknown-provider.yaml"))
            .replace("provider: statz", "provider: stats");
    StringBuilder cookies = new StringBuilder("cookies:\n");
    for (int i = 0; i < 2_500; i++) {
      cookies
          .append("  - name: ck_")
          .append(i)
          .append("\n    provider: ")
          .append(i % 2 == 0 ? "example" : "stats")
          .append("\n    category: ")
          .append(i % 3 == 0 ? "essential" : "analytics")
          .append("\n    purpose: Remembers state ")
          .append(i)
          .append("\n    duration: P")
          .append(1 + i % 24)
          .append("M\n");
    }
    Path registry = Files.createDirectories(tmp.resolve("large")).resolve("cookies.yaml");
    Files.writeString(registry, base.replace("cookies:\n", cookies.toString()));
    Path one = buildInAJvm(registry, tmp.resolve("one-core"), "-XX:ActiveProcessorCount=1");
    Path all = buildInAJvm(registry, tmp.resolve("all-cores"), "-XX:ActiveProcessorCount=2");

    assertThat(files(all)).isEqualTo(files(one)).contains("index.html", "manifest.json");
    for (String f : files(one)) {
      assertThat(Files.readAllBytes(all.resolve(f)))
          .as(f)
          .isEqualTo(Files.readAllBytes(one.resolve(f)));
    }
  }

  private static Path buildInAJvm(Path registry, Path out, String processors) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                java,
                processors,
                "-cp",
                System.getProperty("java.class.path"),
                "dev.cookiereg.cli.Main",
                "build",
                registry.toString(),
                "--out",
                out.toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("build with %s", processors).isEqualTo(ExitCodes.OK);
    return out;
  }

  @Test
  void outIsNeverAFolderOrFileThatIsNotASite() throws IOException {
    Path project = Files.createDirectories(tmp.resolve("project"));
    Path kept = Files.writeString(project.resolve("notes.txt"), "not a site");
    Path file = Files.writeString(tmp.resolve("cookies-copy.yaml"), "policy: {}");
    Path empty = Files.createDirectories(tmp.resolve("empty"));

    for (Path target : List.of(project, file)) {
      BuiltSite.Result r = BuiltSite.run("build", "cookies.yaml", "--out", target.toString());
      assertThat(r.code()).as("--out %s", target).isEqualTo(ExitCodes.USAGE);
      assertThat(r.err())
          .startsWith("error: --out: " + target)
          .contains("choose a new or empty folder")
          .doesNotContain("\tat ");
    }
    assertThat(kept).hasContent("not a site");
    assertThat(file).hasContent("policy: {}");
    try (Stream<Path> left = Files.list(tmp)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("project", "cookies-copy.yaml", "empty");
    }
    assertThat(BuiltSite.run("build", "cookies.yaml", "--out", empty.toString()).code())
        .isEqualTo(ExitCodes.OK);
    assertThat(BuiltSite.run("build", "cookies.yaml", "--out", empty.toString()).code())
        .as("a site written before")
        .isEqualTo(ExitCodes.OK);
  }

  @Test
  void aTemplateErrorNamesTheTemplateFileLineColumnAndRegistryElement() throws IOException {
    Path templates = brokenTemplates();
    BuiltSite.Result r =
        BuiltSite.run(
            "build",
            "cookies.yaml",
            "--out",
            tmp.resolve("out").toString(),
            "--templates",
            templates.toString());
    int line = lineOf(templates.resolve("policy.ftlh"), "noSuchField");
    assertThat(r.err())
        .contains(templates.resolve("policy.ftlh") + ":" + line + ":")
        .contains("noSuchField")
        .contains("while rendering cookie _pk_id")
        .doesNotContain("\tat ");
  }

  @Test
  void checkExitsOneAndNamesTheStaleFiles() throws IOException {
    Path site = BuiltSite.build(tmp.resolve("site"));
    assertThat(BuiltSite.run("build", "cookies.yaml", "--out", site.toString(), "--check").code())
        .isEqualTo(ExitCodes.OK);
    Files.writeString(site.resolve("index.html"), "stale");
    Files.delete(site.resolve("assets/policy.css"));

    BuiltSite.Result r =
        BuiltSite.run("build", "cookies.yaml", "--out", site.toString(), "--check");

    assertThat(r.code()).isEqualTo(ExitCodes.FAILED_CHECK);
    assertThat(r.err()).contains("index.html (changed)").contains("assets/policy.css (missing)");
    assertThat(site.resolve("index.html")).hasContent("stale");
  }

  @Test
  void theCommittedSiteIsCurrent() throws Exception {
    var files =
        Build.of(Path.of("cookies.yaml"), null, Path.of("site")).render(new RegistryLoader());
    assertThat(SiteWriter.differences(Path.of("site"), files))
        .as("site/ is stale: run 'java -jar target/cookiereg.jar build' and commit site/")
        .isEmpty();
  }

  /**
   * A copy of templates/ whose page template references a missing variable inside the analytics
   * cookie rows.
   */
  private Path brokenTemplates() throws IOException {
    Path dir = tmp.resolve("templates");
    copyTree(Path.of("templates"), dir);
    Path page = dir.resolve("policy.ftlh");
    String text = Files.readString(page);
    String row = "<tr id=\"${row.anchor}\">";
    assertThat(text).contains(row);
    Files.writeString(
        page, text.replace(row, row + "<#if row.id == \"_pk_id\">${row.noSuchField}</#if>"));
    return dir;
  }

  private static int lineOf(Path file, String needle) throws IOException {
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(needle)) return i + 1;
    throw new AssertionError(needle + " not in " + file);
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(target);
        else Files.copy(p, target);
      }
    }
  }

  private static List<String> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  /** Every file of {@code site} and its text, by path. */
  private static Map<String, String> contents(Path site) throws IOException {
    Map<String, String> out = new TreeMap<>();
    for (String f : files(site)) out.put(f, Files.readString(site.resolve(f)));
    return out;
  }
}
