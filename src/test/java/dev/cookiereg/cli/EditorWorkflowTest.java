package dev.cookiereg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.cookiereg.testing.ScratchProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editor's cookbook ({@code docs/editing.md}) and the pull-request workflow ({@code
 * .github/workflows/cookie-policy.yml}) as an editor meets them: every recipe pasted where it says
 * gives a valid registry whose diff is what the recipe promises, and the workflow's own commands,
 * run in a git repository as GitHub would run them, fail a pull request until its change is
 * released.
 */
class EditorWorkflowTest {
  static final Path COOKBOOK = Path.of("docs/editing.md");
  static final Path WORKFLOW = Path.of(".github/workflows/cookie-policy.yml");
  private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL);
  private static final Pattern UNDER = Pattern.compile("# under (\\w+):");
  private static final Pattern AFTER = Pattern.compile("# after the line \"(.+)\" in \\w+:");

  @TempDir Path dir;

  @Test
  void everyPasteableRecipeGivesAValidRegistryWithTheChangeItPromises() throws IOException {
    Map<String, String> recipes = recipes();
    assertThat(recipes)
        .containsKeys(
            "Add a provider with its cookies",
            "Add a cookie to a provider already listed",
            "Add a category");
    int pasted = 0;
    for (Map.Entry<String, String> recipe : recipes.entrySet()) {
      List<String> blocks = pasteable(recipe.getValue());
      if (blocks.isEmpty()) continue;
      ScratchProject p = ScratchProject.released(dir.resolve("recipe-" + pasted++));
      String yaml = Files.readString(p.registry(), StandardCharsets.UTF_8);
      for (String block : blocks) yaml = paste(yaml, block);
      Files.writeString(p.registry(), yaml, StandardCharsets.UTF_8);

      Cli check = p.cli("check");
      assertThat(check.exitCode()).as(recipe.getKey() + ": " + check.out()).isEqualTo(ExitCodes.OK);
      // The seed's only warnings are its seven cookies named only by role (unmatchable-cookie),
      // beside what the compliance rules find.
      assertThat(check.out()).as(recipe.getKey()).doesNotContain("error:");
      assertThat(
              check
                  .out()
                  .lines()
                  .filter(l -> l.contains("warning:"))
                  .filter(l -> !dev.cookiereg.testing.ComplianceFindings.cited(l)))
          .as(recipe.getKey())
          .hasSize(7)
          .allMatch(l -> l.contains("' is named only by its label '"));
      Cli diff =
          Cli.run(
              "diff",
              p.site().resolve("versions/1.0.0/cookies.yaml").toString(),
              p.registry().toString());
      assertThat(diff.out()).as(recipe.getKey()).contains(": material");
    }
    assertThat(pasted).isEqualTo(3);
  }

  @Test
  void theRetentionRecipeIsMaterialWhenLongerAsItSays() throws IOException {
    String recipe = recipes().get("Change a retention");
    assertThat(recipe).contains("    duration: P25M").contains("A longer retention is material");
    ScratchProject p = ScratchProject.released(dir.resolve("retention"));
    p.edit(
        "  - name: _pk_id\n    matches: _pk_id.*\n    provider: matomo\n    category: analytics\n",
        "  - name: _pk_id\n    matches: _pk_id.*\n    provider: matomo\n    category: analytics\n");
    String yaml = Files.readString(p.registry(), StandardCharsets.UTF_8);
    int at = yaml.indexOf("  - name: _pk_id\n");
    int duration = yaml.indexOf("    duration: ", at);
    int end = yaml.indexOf('\n', duration);
    Files.writeString(
        p.registry(),
        yaml.substring(0, duration) + "    duration: P25M" + yaml.substring(end),
        StandardCharsets.UTF_8);
    Cli diff =
        Cli.run(
            "diff",
            p.site().resolve("versions/1.0.0/cookies.yaml").toString(),
            p.registry().toString());
    assertThat(diff.out()).contains(": material").contains("retention-increased");
  }

  @Test
  void theWorkflowFailsAPullRequestUntilItsChangeIsReleased() throws Exception {
    Path origin = dir.resolve("origin");
    ScratchProject.released(origin);
    git(origin, "init", "-q", "-b", "main");
    git(origin, "add", "-A");
    git(origin, "commit", "-q", "-m", "Cookie Policy 1.0.0");
    Path work = dir.resolve("work");
    git(dir, "clone", "-q", origin.toString(), work.toString());
    git(work, "checkout", "-q", "-b", "add-hotjar");
    Path registry = work.resolve("cookies.yaml");
    String yaml = Files.readString(registry, StandardCharsets.UTF_8);
    for (String block : pasteable(recipes().get("Add a provider with its cookies"))) {
      yaml = paste(yaml, block);
    }
    Files.writeString(registry, yaml, StandardCharsets.UTF_8);
    git(work, "commit", "-q", "-am", "Add Hotjar");

    Map<String, Run> unreleased = runWorkflow(work);
    assertThat(unreleased.get("Check the registry (annotations on its lines)").code()).isZero();
    assertThat(unreleased.get("What changed (job summary)").code()).isZero();
    assertThat(Files.readString(work.resolve("summary.md")))
        .as("the job summary")
        .contains("material")
        .containsIgnoringCase("hotjar");
    assertThat(unreleased.get("Released, with a large enough version").code())
        .isEqualTo(ExitCodes.FAILED_CHECK);
    assertThat(unreleased.get("Released, with a large enough version").out())
        .contains("not released yet: run 'java -jar target/cookiereg.jar release'");
    assertThat(unreleased.get("Site built from the release").code())
        .isEqualTo(ExitCodes.FAILED_CHECK);

    String versionLine = "  version: 1.0.0\n";
    Files.writeString(registry, yaml.replace(versionLine, "  version: 1.0.1\n"));
    assertThat(runWorkflow(work).get("Released, with a large enough version").code())
        .as("a material change released as a patch")
        .isEqualTo(ExitCodes.INVALID);
    Files.writeString(registry, yaml);

    Cli release = Cli.run("release", registry.toString(), "--date", ScratchProject.DATE);
    assertThat(release.exitCode()).as(release.err()).isZero();
    git(work, "add", "-A");
    git(work, "commit", "-q", "-m", "Cookie Policy 2.0.0");
    Map<String, Run> released = runWorkflow(work);
    released.forEach((step, run) -> assertThat(run.code()).as(step + ": " + run.out()).isZero());
  }

  /** The recipes of the cookbook by their heading. */
  static Map<String, String> recipes() throws IOException {
    String text = Files.readString(COOKBOOK, StandardCharsets.UTF_8);
    Map<String, String> out = new LinkedHashMap<>();
    String[] parts = text.split("\n## ");
    for (int i = 1; i < parts.length; i++) {
      int eol = parts[i].indexOf('\n');
      out.put(parts[i].substring(0, eol).strip(), parts[i].substring(eol + 1));
    }
    return out;
  }

  /** The YAML blocks of a recipe that say where they go. */
  static List<String> pasteable(String recipe) {
    List<String> out = new ArrayList<>();
    Matcher m = YAML_BLOCK.matcher(recipe);
    while (m.find()) {
      String block = m.group(1);
      String first = block.substring(0, block.indexOf('\n'));
      if (UNDER.matcher(first).matches() || AFTER.matcher(first).matches()) out.add(block);
    }
    return out;
  }

  /** Pastes a block where its first line says: under a top-level key, or after a line. */
  static String paste(String yaml, String block) {
    String first = block.substring(0, block.indexOf('\n'));
    String body = block.substring(first.length() + 1);
    Matcher under = UNDER.matcher(first);
    if (under.matches()) {
      String key = "\n" + under.group(1) + ":\n";
      assertThat(yaml).contains(key);
      int at = yaml.indexOf(key) + key.length();
      return yaml.substring(0, at) + body + yaml.substring(at);
    }
    Matcher after = AFTER.matcher(first);
    assertThat(after.matches()).as(first).isTrue();
    Matcher line = Pattern.compile("(?m)^ *" + Pattern.quote(after.group(1)) + "\n").matcher(yaml);
    assertThat(line.find()).as("the line %s", after.group(1)).isTrue();
    return yaml.substring(0, line.end()) + body + yaml.substring(line.end());
  }

  record Run(int code, String out) {}

  /**
   * Runs the workflow's steps that use the tool, as GitHub would on a pull request into {@code
   * main}: each {@code run} in bash, with {@code java -jar target/cookiereg.jar} standing for the
   * tool as built here.
   */
  Map<String, Run> runWorkflow(Path work) throws Exception {
    JsonNode steps = new YAMLMapper().readTree(WORKFLOW.toFile()).at("/jobs/policy/steps");
    Path summary = work.resolve("summary.md");
    Files.deleteIfExists(summary);
    String tool =
        "java() { if [ \"$1\" = -jar ] && [ \"$2\" = target/cookiereg.jar ]; then shift 2;"
            + " command java -cp \"$COOKIEREG_CP\" dev.cookiereg.cli.Main \"$@\";"
            + " else command java \"$@\"; fi; }\n";
    Map<String, Run> out = new LinkedHashMap<>();
    for (JsonNode step : steps) {
      String run = step.path("run").asText("");
      if (!run.contains("cookiereg.jar")) continue;
      String condition = step.path("if").asText("");
      if (!condition.isEmpty()) {
        assertThat(condition).isEqualTo("github.event_name == 'pull_request'");
      }
      ProcessBuilder pb =
          new ProcessBuilder("bash", "-e", "-o", "pipefail", "-c", tool + run)
              .directory(work.toFile())
              .redirectErrorStream(true);
      pb.environment().put("COOKIEREG_CP", System.getProperty("java.class.path"));
      pb.environment().put("BASE_REF", "main");
      pb.environment().put("GITHUB_STEP_SUMMARY", summary.toString());
      Process p = pb.start();
      String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
      out.put(step.path("name").asText(), new Run(p.exitValue(), text));
    }
    assertThat(out).hasSize(4);
    return out;
  }

  private static void git(Path in, String... args) throws Exception {
    List<String> line =
        new ArrayList<>(
            List.of(
                "git",
                "-c",
                "user.name=Editor",
                "-c",
                "user.email=editor@example.com",
                "-c",
                "init.defaultBranch=main"));
    line.addAll(List.of(args));
    Process p = new ProcessBuilder(line).directory(in.toFile()).redirectErrorStream(true).start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("git %s: %s", String.join(" ", args), text).isZero();
  }
}
