package dev.cookiereg.release;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cookiereg.load.SourceTree;
import dev.cookiereg.load.YamlTreeReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Release rewrites the version and dates where they are written, and nothing else. */
class RegistryEditorTest {
  static String set(String yaml, String pointer, String value) throws Exception {
    SourceTree tree = new YamlTreeReader().read("t.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    return RegistryEditor.set(yaml, tree.sourceMap(), pointer, value);
  }

  @Test
  void blockStyleKeepsCommentsQuotesAndEverythingElse() throws Exception {
    String yaml =
        """
        # the policy
        policy:
          title: "Version 1.0.0 of the policy"
          version: "1.0.0"   # bumped by release
          effective: 2026-04-03
        """;
    assertThat(set(yaml, "/policy/version", "2.0.0")).isEqualTo(yaml.replace("\"1.0.0\"", "2.0.0"));
    assertThat(set(yaml, "/policy/effective", "2026-05-01"))
        .isEqualTo(yaml.replace("2026-04-03", "2026-05-01"));
  }

  @Test
  void flowStyleRewritesOnlyTheValue() throws Exception {
    String yaml = "policy: {title: T, version: 1.0.0, effective: 2026-04-03}\n";
    assertThat(set(yaml, "/policy/version", "1.1.0"))
        .isEqualTo("policy: {title: T, version: 1.1.0, effective: 2026-04-03}\n");
  }
}
