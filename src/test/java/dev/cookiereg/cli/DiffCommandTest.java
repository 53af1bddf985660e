package dev.cookiereg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code diff}: the verdict in every format, annotations on the changed line, and the --fail-on
 * threshold.
 */
class DiffCommandTest {
  static final String BASE = "src/test/resources/registries/diff-base.yaml";
  @TempDir Path dir;
  Path head;

  @BeforeEach
  void aCookieAddedAndAPurposeReworded() throws Exception {
    String yaml =
        Files.readString(Path.of(BASE), StandardCharsets.UTF_8)
            .replace(
                "technologies:\n",
                "  - name: _new\n    provider: stats\n    category: analytics\n"
                    + "    purpose: Counts | pipes *and* stars\n    duration: P1D\ntechnologies:\n")
            .replace(
                "purpose: Keeps you signed in", "purpose: Keeps you signed in on every device");
    head = dir.resolve("cookies.yaml");
    Files.writeString(head, yaml, StandardCharsets.UTF_8);
  }

  @Test
  void textGroupsChangesByLevelWithTheVerdictFirst() {
    Cli r = Cli.run("diff", BASE, head.toString());
    assertThat(r.out())
        .startsWith(
            "Changes from "
                + BASE
                + " to "
                + head
                + ": material (2 changes; consent: "
                + "re-ask the category; notice: banner, log)\n\nMaterial:\n  - cookie '_new' added to category 'analytics' "
                + "[cookie-added]\n\nNotable:\n  - the purpose of cookie 'session' changed [purpose-text-changed]\n");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
  }

  @Test
  void textShowsAWordingChangeBeforeAndAfterWithTheChangedWordsMarked() {
    assertThat(Cli.run("diff", BASE, head.toString()).out())
        .endsWith(
            "  - the purpose of cookie 'session' changed [purpose-text-changed]\n"
                + "      - Keeps you signed in\n"
                + "      + Keeps you signed in {+on every device+}\n");
  }

  @Test
  void markdownNamesCookiesAsCodeAndExplainsTheLevelAndConsentInWords() {
    String out = Cli.run("diff", BASE, head.toString(), "--format", "markdown").out();
    assertThat(out)
        .startsWith(
            "## Cookie policy changes: **material**\n\nFrom `"
                + BASE
                + "` to `"
                + head
                + "`: 2 changes.\n")
        .contains(
            "### Material (1)\n\nA new major version: visitors must be told before these changes"
                + " take effect, and some must be asked for consent again.\n\n"
                + "- Cookie `_new` added to category `analytics`  \n"
                + "  Material — visitors must be asked again for consent in 'Analytics Cookies';"
                + " the banner is shown again. Rule `cookie-added`.\n")
        .contains(
            "- The purpose of cookie `session` changed  \n"
                + "  Notable — consent already given still holds; the policy history records it."
                + " Rule `purpose-text-changed`.\n\n"
                + "  ```diff\n"
                + "  - Keeps you signed in\n"
                + "  + Keeps you signed in {+on every device+}\n"
                + "  ```\n");
  }

  /**
   * Registry text stays text in a pull-request comment: names with backticks and pipes are whole
   * code spans, a purpose with HTML, emphasis and a run of backticks stays inside its diff block.
   */
  @Test
  void markdownKeepsRegistryTextInertWhateverItHolds() throws Exception {
    String yaml =
        Files.readString(Path.of(BASE), StandardCharsets.UTF_8)
            .replace(
                "technologies:\n",
                "  - name: \"``x|y\"\n    provider: stats\n    category: analytics\n"
                    + "    purpose: Ticks\n    duration: P1D\ntechnologies:\n")
            .replace(
                "purpose: Keeps you signed in",
                "purpose: \"Keeps you ```` <img src=x onerror=alert(1)> *signed* [in](https://evil.example)\"")
            .replace("title: Analytics Cookies", "title: \"<b>Analytics</b> *Cookies*\"");
    Path hostile = dir.resolve("hostile.yaml");
    Files.writeString(hostile, yaml, StandardCharsets.UTF_8);

    String out = Cli.run("diff", BASE, hostile.toString(), "--format", "markdown").out();
    org.commonmark.node.Node doc = org.commonmark.parser.Parser.builder().build().parse(out);
    java.util.List<String> code = new java.util.ArrayList<>();
    java.util.List<String> unsafe = new java.util.ArrayList<>();
    java.util.List<String> blocks = new java.util.ArrayList<>();
    doc.accept(
        new org.commonmark.node.AbstractVisitor() {
          @Override
          public void visit(org.commonmark.node.Code c) {
            code.add(c.getLiteral());
          }

          @Override
          public void visit(org.commonmark.node.FencedCodeBlock b) {
            blocks.add(b.getLiteral());
          }

          @Override
          public void visit(org.commonmark.node.HtmlInline h) {
            unsafe.add(h.getLiteral());
          }

          @Override
          public void visit(org.commonmark.node.HtmlBlock h) {
            unsafe.add(h.getLiteral());
          }

          @Override
          public void visit(org.commonmark.node.Link l) {
            unsafe.add(l.getDestination());
          }

          @Override
          public void visit(org.commonmark.node.Emphasis e) {
            unsafe.add("emphasis");
          }
        });
    assertThat(unsafe).isEmpty();
    assertThat(code).contains("``x|y", "analytics", "session");
    assertThat(out).contains("in '\\<b\\>Analytics\\<\\/b\\> \\*Cookies\\*'");
    assertThat(blocks)
        .containsExactly(
            "- Keeps you [-signed in-]\n"
                + "+ Keeps you {+```` <img src=x onerror=alert(1)> *signed*"
                + " [in](https://evil.example)+}\n",
            "- [-Analytics Cookies-]\n+ {+<b>Analytics</b> *Cookies*+}\n");
  }

  @Test
  void jsonGivesAWordingBeforeAndAfterWithItsWordEditsAndTheCategoriesConcerned() throws Exception {
    JsonNode changes =
        new ObjectMapper()
            .readTree(Cli.run("diff", BASE, head.toString(), "--format", "json").out())
            .get("changes");
    JsonNode added = changes.get(0);
    assertThat(added.get("categories").toString())
        .isEqualTo("[{\"id\":\"analytics\",\"title\":\"Analytics Cookies\"}]");
    assertThat(added.has("wording")).isFalse();
    JsonNode reworded = changes.get(1);
    assertThat(reworded.get("rule").asText()).isEqualTo("purpose-text-changed");
    assertThat(reworded.get("wording").toString())
        .isEqualTo(
            "{\"before\":\"Keeps you signed in\",\"after\":\"Keeps you signed in on every"
                + " device\",\"edits\":[{\"type\":\"insert\",\"before\":\"\",\"after\":\"on every"
                + " device\",\"beforeAt\":19,\"afterAt\":20}]}");
  }

  @Test
  void githubAnnotatesTheChangedLineOfTheNewRegistry() throws Exception {
    String out = Cli.run("diff", BASE, head.toString(), "--format", "github").out();
    int line = Files.readAllLines(head).indexOf("  - name: _new") + 1;
    assertThat(out)
        .contains(
            "::error file="
                + head
                + ",line="
                + line
                + ",col=5,title=material%3A cookie-added::"
                + "cookie '_new' added to category 'analytics'");
    assertThat(out).contains("::warning file=" + head);
  }

  @Test
  void aRemovalIsAnnotatedOnTheListItWasRemovedFrom() throws Exception {
    String out = Cli.run("diff", head.toString(), BASE, "--format", "github").out();
    int line = Files.readAllLines(Path.of(BASE)).indexOf("cookies:") + 1;
    assertThat(out)
        .contains(
            "::notice file="
                + BASE
                + ",line="
                + line
                + ",col=1,title=editorial%3A cookie-removed::"
                + "cookie '_new' removed from category 'analytics'");
  }

  @Test
  void jsonCarriesRuleLevelSubjectAndAStableFingerprint() throws Exception {
    JsonNode json =
        new ObjectMapper()
            .readTree(Cli.run("diff", BASE, head.toString(), "--format", "json").out());
    JsonNode again =
        new ObjectMapper()
            .readTree(Cli.run("diff", BASE, head.toString(), "--format", "json").out());
    assertThat(json.get("verdict").asText()).isEqualTo("material");
    JsonNode added = json.get("changes").get(0);
    assertThat(added.get("rule").asText()).isEqualTo("cookie-added");
    assertThat(added.get("subject").asText()).isEqualTo("cookie:_new");
    assertThat(added.get("fingerprint").asText())
        .matches("[0-9a-f]{12}")
        .isEqualTo(again.get("changes").get(0).get("fingerprint").asText());
  }

  @Test
  void failOnExitsOneWhenTheVerdictReachesTheLevel() {
    assertThat(Cli.run("diff", BASE, head.toString(), "--fail-on", "material").exitCode())
        .isEqualTo(ExitCodes.FAILED_CHECK);
    assertThat(Cli.run("diff", BASE, BASE, "--fail-on", "editorial").exitCode())
        .isEqualTo(ExitCodes.OK);
    assertThat(Cli.run("diff", BASE, head.toString(), "--fail-on", "severe").exitCode())
        .isEqualTo(ExitCodes.USAGE);
  }
}
