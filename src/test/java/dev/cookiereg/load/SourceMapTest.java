package dev.cookiereg.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cookiereg.diagnostic.Location;
import dev.cookiereg.diagnostic.RegistryException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Diagnostics cost no second parse: every position a diagnostic can ask for (through {@link
 * SourceMap}, the only way to one) comes from what the reader recorded while it read.
 */
class SourceMapTest {
  /** A registry with a warning at line 44, column 5 ({@code broken/lint-unknown-duration}). */
  private static String withWarning() throws IOException {
    return Files.readString(Path.of("src/test/resources/broken/lint-unknown-duration.yaml"));
  }

  /** Asks for the position and written number of every element, as diagnostics would. */
  private static void askForEveryPosition(SourceTree tree) {
    askFor("", tree.root(), tree.sourceMap());
  }

  private static void askFor(String pointer, JsonNode node, SourceMap map) {
    assertThat(map.position(pointer)).as(pointer).isPresent();
    map.locate(pointer + "/not-written");
    map.writtenNumber(pointer);
    if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              f -> askFor(pointer + "/" + SourceMap.token(f.getKey()), f.getValue(), map));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) askFor(pointer + "/" + i, node.get(i), map);
    }
  }

  @Test
  void a_block_style_registry_with_warnings_is_never_parsed_by_snakeyaml()
      throws IOException, RegistryException {
    YamlTreeReader reader = new YamlTreeReader();
    SourceTree tree = reader.read("w.yaml", withWarning().getBytes(StandardCharsets.UTF_8));
    askForEveryPosition(tree);
    assertThat(tree.sourceMap().locate("/cookies/1/duration")).isEqualTo(new Location(44, 5));
    assertThat(reader.fullParses()).as("SnakeYAML parses").isZero();
  }

  @Test
  void a_registry_the_fast_reader_leaves_to_snakeyaml_is_parsed_once_whatever_diagnostics_ask()
      throws IOException, RegistryException {
    String flow =
        withWarning()
            .replace(
                "controller:\n  name: Example Ltd\n  email: privacy@example.com\n",
                "controller: {name: Example Ltd, email: privacy@example.com}\n");
    assertThat(BlockStyleReader.read(flow, YamlTreeReader.MAX_DEPTH)).as("fast road").isEmpty();
    YamlTreeReader reader = new YamlTreeReader();
    SourceTree tree = reader.read("w.yaml", flow.getBytes(StandardCharsets.UTF_8));
    assertThat(reader.fullParses()).as("SnakeYAML parses to read it").isEqualTo(1);
    askForEveryPosition(tree);
    assertThat(tree.sourceMap().locate("/cookies/1/duration")).isEqualTo(new Location(42, 5));
    assertThat(tree.sourceMap().locate("/controller/email")).isEqualTo(new Location(8, 33));
    assertThat(reader.fullParses()).as("SnakeYAML parses in all").isEqualTo(1);
  }

  @Test
  void a_number_is_quoted_as_it_was_written() throws RegistryException {
    YamlTreeReader reader = new YamlTreeReader();
    SourceMap fast =
        reader.read("n.yaml", "a: 30\nb: [7]\n".getBytes(StandardCharsets.UTF_8)).sourceMap();
    assertThat(fast.writtenNumber("/a")).contains("30");
    assertThat(fast.writtenNumber("/b/0")).contains("7");
    SourceMap full =
        reader
            .read("n.yaml", "a: 1e309\nb: {c: 30.50}\n".getBytes(StandardCharsets.UTF_8))
            .sourceMap();
    assertThat(full.writtenNumber("/a")).contains("1e309");
    assertThat(full.writtenNumber("/b/c")).contains("30.50");
    assertThat(full.writtenNumber("/b")).isEmpty();
  }

  /** The ancestor walk over a map of every pointer, as positions were found before. */
  private static Location nearestInMap(Map<String, Location> all, String pointer) {
    String p = pointer;
    while (true) {
      Location at = all.get(p);
      if (at != null) return at;
      if (p.isEmpty()) return Location.START;
      p = p.substring(0, Math.max(0, p.lastIndexOf('/')));
    }
  }

  private static final String FLOW =
      "# comment\na: {\"b/c\": 1, \"d~e\": [x, {y: 2.50}]}\nl:\n  - k: v\n  -\n    - 7\n";
  private static final String BLOCK =
      "# comment\na:\n  b-c: 1\n  d.e:\n    - x\n    - y: 2\nl:\n  - k: v\n  -\n    - 7\n  - [p, 3]\n";

  static Stream<Arguments> pointers() {
    Stream<String> flow =
        Stream.of(
            "/a/b~1c",
            "/a/b~1c/x",
            "/a/d~0e",
            "/a/d~0e/0",
            "/a/d~0e/1/y",
            "/a/d~0e/1/x",
            "/a/d~0e/2",
            "/a/d~0e/01",
            "/a/d~0e/-1",
            "/a/d~0e/+1",
            "/a/d~0e/",
            "/a/d~e",
            "/a/d~2e",
            "/a/~");
    Stream<String> block =
        Stream.of(
            "/a/b-c",
            "/a/b",
            "/a/b-",
            "/a/b-c:",
            "/a/b-c: 1",
            "/a/b-c/0",
            "/a/d.e/0",
            "/a/d.e/0/x",
            "/a/d.e/1/y",
            "/a/d.e/1/y:",
            "/a/d.e/2",
            "/l/2/1",
            "/l/2/2",
            "/l/3");
    List<String> both =
        List.of(
            "",
            "/a",
            "/l/0/k",
            "/l/1",
            "/l/1/0",
            "/l/1/1",
            "/l/99999999999",
            "/nowhere/deeper",
            "a",
            "a/b",
            "/",
            "//");
    return Stream.concat(
        Stream.concat(flow, both.stream()).map(p -> Arguments.of("flow", FLOW, p)),
        Stream.concat(block, both.stream()).map(p -> Arguments.of("block", BLOCK, p)));
  }

  @ParameterizedTest(name = "{0} style, pointer \"{2}\"")
  @MethodSource("pointers")
  void a_pointer_is_located_at_its_element_or_nearest_written_ancestor(
      String style, String registry, String pointer) throws RegistryException {
    byte[] text = registry.getBytes(StandardCharsets.UTF_8);
    assertThat(BlockStyleReader.read(registry, YamlTreeReader.MAX_DEPTH).isPresent())
        .as("read by the block-style reader")
        .isEqualTo(style.equals("block"));
    YamlTreeReader reader = new YamlTreeReader();
    Map<String, Location> all = reader.positionsByPointer("p.yaml", text);
    SourceMap map = reader.read("p.yaml", text).sourceMap();
    assertThat(map.locate(pointer)).isEqualTo(nearestInMap(all, pointer));
    assertThat(map.position(pointer)).isEqualTo(Optional.ofNullable(all.get(pointer)));
  }
}
