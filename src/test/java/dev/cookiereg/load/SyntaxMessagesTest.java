package dev.cookiereg.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cookiereg.diagnostic.Diagnostic;
import dev.cookiereg.diagnostic.RegistryException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A registry the YAML parser refuses is refused in an editor's words: what is wrong with the line
 * and what to write, never the parser's grammar ("expected &lt;block end&gt;, but found '&lt;block
 * mapping start&gt;'"). The exact wording and place of each problem is pinned by the broken
 * registries ({@code src/test/resources/broken/editor-*.yaml}); this holds every other damage to
 * the same standard.
 */
class SyntaxMessagesTest {
  private static final YamlTreeReader READER = new YamlTreeReader(64 << 20);

  /** What only the parser's grammar says. */
  private static final List<String> JARGON =
      List.of(
          "invalid YAML",
          "<block",
          "<scalar>",
          "expected <",
          "while parsing",
          "while scanning",
          "could not find expected",
          "Do not use",
          "cannot start any token",
          "org.yaml");

  @Test
  void every_random_damage_to_the_registry_is_refused_in_an_editors_words() throws IOException {
    String registry = Files.readString(Path.of("cookies.yaml"));
    Random random = new Random(20261130);
    int refused = 0;
    for (int n = 0; n < 400; n++) {
      String text = BlockStyleReaderTest.edit(registry, random);
      try {
        READER.read("t.yaml", text.getBytes(StandardCharsets.UTF_8));
      } catch (RegistryException e) {
        refused++;
        for (Diagnostic d : e.diagnostics()) {
          assertThat(d.message()).as("edit " + n).doesNotContain(JARGON);
        }
      }
    }
    assertThat(refused).as("damaged registries refused").isGreaterThan(100);
  }
}
