package dev.cookiereg.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cookiereg.diagnostic.Location;
import dev.cookiereg.diagnostic.RegistryException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The block-style reader is only a faster road to the full parser's result: whenever it reads a
 * text, the full parser must accept that text and build the same tree, with every element at the
 * same line and column; whatever it leaves alone, the full parser judges.
 */
class BlockStyleReaderTest {
  private static final YamlTreeReader FULL = new YamlTreeReader(64 << 20);
  private static final int DEPTH = YamlTreeReader.MAX_DEPTH - 2;

  /** What the full parser makes of the text, with the positions it records, or empty. */
  private static Optional<SourceTree> full(String text) {
    try {
      return Optional.of(
          FULL.readFullyWithPositions("t.yaml", text.getBytes(StandardCharsets.UTF_8)));
    } catch (RegistryException e) {
      return Optional.empty();
    }
  }

  private static void assertSameAsFullParser(String label, String text) {
    PositionLog log = PositionLog.offsets(text);
    Optional<JsonNode> fast = BlockStyleReader.read(text, DEPTH, log);
    Optional<SourceTree> reference = full(text);
    if (reference.isPresent()) assertPositionsAsTheParserReportsThem(label, text, reference.get());
    if (fast.isEmpty()) return;
    if (reference.isEmpty())
      fail(label + ": the block-style reader accepted what the full parser refuses:\n" + text);
    assertThat(fast.get()).as(label + "\n" + text).isEqualTo(reference.get().root());
    SourceTree read = new SourceTree(fast.get(), SourceMap.of("t.yaml", log));
    assertPositionsAsTheParserReportsThem(label, text, read);
    for (String pointer : pointers(fast.get())) {
      assertThat(read.sourceMap().writtenNumber(pointer))
          .as(label + ": the number written at " + pointer + "\n" + text)
          .isEqualTo(reference.get().sourceMap().writtenNumber(pointer));
    }
  }

  /**
   * Every element of the tree is where SnakeYAML, asked while it parses (the way positions were
   * found before readers recorded them), says it is: the key of a property, the start of an item.
   */
  private static void assertPositionsAsTheParserReportsThem(
      String label, String text, SourceTree tree) {
    Map<String, Location> reported;
    try {
      reported = FULL.positionsByPointer("t.yaml", text.getBytes(StandardCharsets.UTF_8));
    } catch (RegistryException e) {
      throw new AssertionError(label + ": the full parser refused a text it had read", e);
    }
    List<String> pointers = pointers(tree.root());
    assertThat(pointers).as(label + ": every element is positioned").hasSize(reported.size());
    for (String pointer : pointers) {
      assertThat(tree.sourceMap().position(pointer))
          .as(label + ": the position of " + pointer + "\n" + text)
          .contains(reported.get(pointer));
    }
  }

  /** The JSON Pointer of every element of the tree, the root's ("") included. */
  private static List<String> pointers(JsonNode root) {
    List<String> out = new ArrayList<>();
    addPointers("", root, out);
    return out;
  }

  private static void addPointers(String pointer, JsonNode node, List<String> out) {
    out.add(pointer);
    if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              f -> addPointers(pointer + "/" + SourceMap.token(f.getKey()), f.getValue(), out));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) addPointers(pointer + "/" + i, node.get(i), out);
    }
  }

  static Stream<Path> registriesInTheProject() throws IOException {
    Stream<Path> resources =
        Files.walk(Path.of("src/test/resources")).filter(p -> p.toString().endsWith(".yaml"));
    return Stream.concat(
        Stream.of(Path.of("cookies.yaml"), Path.of("site/versions/1.0.0/cookies.yaml")),
        resources.sorted());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("registriesInTheProject")
  void every_registry_in_the_project_reads_as_the_full_parser_reads_it(Path file)
      throws IOException {
    assertSameAsFullParser(
        file.toString(), new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
  }

  @Test
  void the_seed_registry_takes_the_fast_road() throws IOException {
    String seed = Files.readString(Path.of("cookies.yaml"));
    assertThat(BlockStyleReader.read(seed, DEPTH))
        .as("cookies.yaml is plain block style")
        .isPresent();
  }

  /** Snippets of every form the reader takes; each must come out as the full parser reads it. */
  static Stream<Arguments> formsTaken() {
    return Stream.of(
        Arguments.of("nested mappings", "a:\n  b:\n    c: d\n  e: f\n"),
        Arguments.of("a list indented under its key", "list:\n  - a\n  - b\n"),
        Arguments.of("a list at its key's indent", "list:\n- a\n- b\nnext: c\n"),
        Arguments.of("mappings in a list", "l:\n  - name: a\n    x: 1a\n  - name: b\n"),
        Arguments.of(
            "a list under a key in a list item", "l:\n  - k:\n    - a\n    - b\n    m: n\n"),
        Arguments.of("a dash alone", "l:\n  -\n    a: b\n  -\n"),
        Arguments.of(
            "an empty value is empty text, ~ and null are null",
            "a:\nb: # note\nc: ~\nd: null\ne: Null\n"),
        Arguments.of(
            "booleans and the words that stay text",
            "a: true\nb: False\nc: yes\nd: on\ne: TRUE\nf: tRuE\n"),
        Arguments.of("small integers", "a: 30\nb: 0\nc: 123456789\nd: [1, 2]\n"),
        Arguments.of(
            "dates, versions and durations stay text",
            "a: 2026-01-01\nb: 1.0.0\nc: P13M\nd: PT24H\n"),
        Arguments.of(
            "comments everywhere", "# head\na: b # tail\n  # indented\nc: 'd' # x\n# end\n"),
        Arguments.of("single quotes", "a: 'it''s: #1'\nb: ''\n"),
        Arguments.of(
            "double quotes with escapes",
            "a: \"tab\\there \\\"q\\\" \\\\ \\u00e9 \\n\"\nb: \"\"\n"),
        Arguments.of("flow lists", "a: [EEA, UK]\nb: []\nc: [ x y , z ]\nd: [true, null, ~]\n"),
        Arguments.of("an empty flow mapping", "a: {}\n"),
        Arguments.of(
            "plain text with inner punctuation",
            "a: Terms & Conditions, [see] {x} \"y\" 'z' a:b a#b\n"),
        Arguments.of("unicode text", "a: Café — “quoted” 😀 字\n"),
        Arguments.of(
            "columns count code points, as the full parser does", "a: [😀😀, é, b]\nc: [字, d]\n"),
        Arguments.of(
            "keys that look like other things", "on: a\nyes: b\n2024: c\nnull: d\nx-y.z: e\n"),
        Arguments.of("literal block", "a: |\n  line one\n    indented\n\n  after blank\nb: c\n"),
        Arguments.of("literal strip and keep", "a: |-\n  x\n\nb: |+\n  y\n\n\nc: d\n"),
        Arguments.of(
            "folded block", "a: >\n  one\n  two\n\n  three\n\n\n  four\nb: >-\n  x\n  y\n"),
        Arguments.of("folded keep", "a: >+\n  x\n\nb: c\n"),
        Arguments.of("block with a leading empty line", "a: |\n\n  x\nb: >\n\n  y\n"),
        Arguments.of(
            "block in a list", "l:\n  - |\n    text\n  - text: >\n      folded\n      words\n"),
        Arguments.of(
            "hash lines inside a block are text",
            "a: |\n  # not a comment\n  x\n# a comment\nb: c\n"),
        Arguments.of("trailing spaces", "a: b   \nc:   \nd: 'e'  \n"),
        Arguments.of("no final line break", "a: b\nc: d"),
        Arguments.of("a deeper root", "  a: b\n  c: d\n"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formsTaken")
  void forms_the_reader_takes_come_out_as_the_full_parser_reads_them(String label, String text) {
    assertThat(BlockStyleReader.read(text, DEPTH))
        .as("taken by the block-style reader")
        .isPresent();
    assertSameAsFullParser(label, text);
  }

  /**
   * Texts the reader must leave to the full parser (which reads some of them and refuses the
   * others).
   */
  static Stream<Arguments> formsLeft() {
    return Stream.of(
        Arguments.of(
            "large, signed or octal-looking numbers", "a: 1234567890\nb: -1\nc: 012\nd: 1_000\n"),
        Arguments.of("floats", "a: 1.5\n"),
        Arguments.of("a multi-line plain scalar", "a: one\n  two\n"),
        Arguments.of("a multi-line quoted scalar", "a: \"one\n  two\"\n"),
        Arguments.of("a duplicate key", "a: b\na: c\n"),
        Arguments.of("an anchor and alias", "a: &x b\nc: *x\n"),
        Arguments.of("a tag", "a: !!str b\n"),
        Arguments.of("a merge key", "a:\n  <<: {}\n"),
        Arguments.of("a flow mapping", "a: {b: c}\n"),
        Arguments.of("a nested flow list", "a: [b, [c]]\n"),
        Arguments.of("a quoted key", "\"a\": b\n"),
        Arguments.of("a key with spaces", "a b: c\n"),
        Arguments.of("a value with a colon and space", "a: b: c\n"),
        Arguments.of("a tab", "a:\tb\n"),
        Arguments.of("a CR line end", "a: b\r\nc: d\r\n"),
        Arguments.of("two documents", "a: b\n---\nc: d\n"),
        Arguments.of("a document end", "a: b\n...\n"),
        Arguments.of("a directive", "%YAML 1.1\n---\na: b\n"),
        Arguments.of("a compact nested list", "a:\n  - - b\n"),
        Arguments.of("a more-indented folded line", "a: >\n  x\n    y\n"),
        Arguments.of("an explicit block indent", "a: |2\n   x\n"),
        Arguments.of("a block with no line break at the end", "a: |\n  x"),
        Arguments.of("an escape it does not know", "a: \"\\x41\"\n"),
        Arguments.of("a line separator", "a: b\u2028c\n"),
        Arguments.of("a bad indent", "a:\n    b: c\n  d: e\n"),
        Arguments.of("a scalar document", "just text\n"),
        Arguments.of("an empty file", "# only a comment\n"),
        Arguments.of("a value starting with an indicator", "a: -b\nc: @d\n"),
        Arguments.of("nesting deeper than the limit", "a:\n" + "  ".repeat(0) + deep(DEPTH + 2)));
  }

  private static String deep(int levels) {
    StringBuilder s = new StringBuilder();
    for (int i = 1; i <= levels; i++) s.append("  ".repeat(i)).append("k:\n");
    return s.append("  ".repeat(levels + 1)).append("k: v\n").toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formsLeft")
  void forms_beyond_plain_block_style_are_left_to_the_full_parser(String label, String text) {
    assertThat(BlockStyleReader.read(text, DEPTH)).as(label).isEmpty();
  }

  /** Every form above in one registry-like text, which random edits then damage. */
  private static final String SAMPLE =
      """
      # A registry-like sample
      policy:
        title: Cookie Policy
        version: 1.0.0
        effective: 2026-01-01
      categories:
        - id: essential
          title: 'Essential ''Cookies'''
          required: true
          consentRequiredIn: [EEA, UK]
          description: |
            Needed for the site.

            Always on.
        - id: analytics
          description: >-
            Help us
            understand use. # not a comment in a block
          note: "a \\"quoted\\" \\u00e9"
      providers:
      - id: p
        name: P Inc # comment
        privacyUrl: https://p.example/privacy
        empty:
        days: 30
        keep: |+
          kept

        hosts:
        - a.example
        -
          nested: ~
      """;

  /** The diagnostics a refusal gives, or empty when the text is read. */
  private static List<String> refusal(ThrowingRead read) {
    try {
      read.run();
      return List.of();
    } catch (RegistryException e) {
      return e.diagnostics().stream().map(Object::toString).toList();
    }
  }

  private interface ThrowingRead {
    void run() throws RegistryException;
  }

  /**
   * Whichever reader takes a text first, a refusal is the same located message: the block-style
   * reader gives up on every error, and the full parser words it.
   */
  private static void assertSameRefusal(String label, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    List<String> chosen = refusal(() -> FULL.read("t.yaml", bytes));
    List<String> full = refusal(() -> FULL.readFullyWithPositions("t.yaml", bytes));
    assertThat(chosen).as(label + "\n" + text).isEqualTo(full);
  }

  static Stream<Path> brokenRegistries() throws IOException {
    return Files.list(Path.of("src/test/resources/broken"))
        .filter(p -> p.toString().endsWith(".yaml"))
        .sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenRegistries")
  void a_broken_registry_gets_the_same_located_message_whichever_reader_takes_it(Path file)
      throws IOException {
    assertSameRefusal(
        file.toString(), new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
  }

  @Test
  void random_edits_get_the_same_located_message_whichever_reader_takes_them() {
    Random random = new Random(20261130);
    int refused = 0;
    for (int n = 0; n < 2000; n++) {
      String text = edit(SAMPLE, random);
      if (!refusal(
              () -> FULL.readFullyWithPositions("t.yaml", text.getBytes(StandardCharsets.UTF_8)))
          .isEmpty()) refused++;
      assertSameRefusal("edit " + n, text);
    }
    assertThat(refused).as("edited samples refused").isGreaterThan(300);
  }

  /** One to three random insertions, deletions or replacements of YAML's significant characters. */
  static String edit(String text, Random random) {
    String alphabet = " \n:-#'\"|>[]{},&*!?%@`~\\a1.+\t";
    StringBuilder s = new StringBuilder(text);
    for (int k = 1 + random.nextInt(3); k > 0; k--) {
      int at = random.nextInt(s.length());
      char c = alphabet.charAt(random.nextInt(alphabet.length()));
      switch (random.nextInt(3)) {
        case 0 -> s.insert(at, c);
        case 1 -> s.deleteCharAt(at);
        default -> s.setCharAt(at, c);
      }
    }
    return s.toString();
  }

  @Test
  void random_edits_never_make_it_read_what_the_full_parser_reads_differently_or_refuses() {
    assertThat(BlockStyleReader.read(SAMPLE, DEPTH)).isPresent();
    Random random = new Random(20261129);
    int taken = 0;
    for (int n = 0; n < 20000; n++) {
      String text = edit(SAMPLE, random);
      if (BlockStyleReader.read(text, DEPTH).isPresent()) taken++;
      assertSameAsFullParser("edit " + n, text);
    }
    assertThat(taken).as("edited samples the fast reader still took").isGreaterThan(300);
  }
}
