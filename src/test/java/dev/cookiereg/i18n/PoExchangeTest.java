package dev.cookiereg.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cookiereg.cli.Cli;
import dev.cookiereg.cli.ExitCodes;
import dev.cookiereg.diagnostic.RegistryException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The texts to translate go to translators' tools as PO and come back: PO as a real tool writes it
 * is read (Weblate's own test files), an export marks stale texts fuzzy, and an import takes only
 * reviewed translations of the English as it is, in place.
 */
class PoExchangeTest {
  static final Path SAMPLES = Path.of("src/test/resources/po");
  @TempDir Path dir;
  Path registry;
  Path french;

  @BeforeEach
  void copyTheProject() throws IOException {
    registry = dir.resolve("cookies.yaml");
    french = dir.resolve("cookies.fr.yaml");
    Files.copy(Path.of("cookies.yaml"), registry);
    Files.copy(Path.of("cookies.fr.yaml"), french);
  }

  @Test
  void aTranslatorToolsPoFilesAreReadWithTheirHeaderPluralsFlagsAndEscapes() throws Exception {
    List<Po.Entry> cs = Po.read("cs.po", Files.readString(SAMPLES.resolve("cs.po")));

    assertThat(Po.headerField(cs, "Language")).isEqualTo("cs");
    assertThat(cs).hasSize(5);
    assertThat(cs.get(1).id()).isEqualTo("Hello, world!\n");
    assertThat(cs.get(1).string()).isEqualTo("Ahoj světe!\n");
    assertThat(cs.get(1).flags()).containsExactly("c-format");
    assertThat(cs.get(1).references()).containsExactly("main.c:11");
    assertThat(cs.get(2).idPlural()).isEqualTo("Orangutan has %d bananas.\n");
    assertThat(cs.get(2).strings()).hasSize(3);
    List<Po.Entry> fuzzy = Po.read("cs-fuzzy.po", Files.readString(SAMPLES.resolve("cs-fuzzy.po")));
    assertThat(fuzzy.get(1).fuzzy()).isTrue();
    assertThat(fuzzy.get(1).string()).isEqualTo("Diky za pouziti Weblate.");
  }

  @Test
  void aMalformedPoFileIsOneLocatedError() {
    assertThatThrownBy(() -> Po.read("x.po", "msgid \"a\"\nmsgstr \"unclosed\n"))
        .isInstanceOf(RegistryException.class)
        .hasMessage("x.po:2:1: error: a string is written in double quotes: \"unclosed");
  }

  @Test
  void anExportHasEveryTextWithItsIdAndEnglishAndMarksTheStaleOnesFuzzy() throws Exception {
    edit(registry, "We respect your privacy preferences.", "We respect your privacy choices.");

    Cli export = Cli.run("i18n", "export", registry.toString());

    assertThat(export.exitCode()).isEqualTo(ExitCodes.OK);
    List<Po.Entry> entries = Po.read("fr.po", export.out());
    assertThat(Po.headerField(entries, "Language")).isEqualTo("fr_CA");
    assertThat(entries.stream().filter(Po.Entry::fuzzy).map(Po.Entry::context))
        .containsExactly("sections.do-not-track.2");
    Po.Entry title =
        entries.stream().filter(e -> "policy.title".equals(e.context())).findFirst().orElseThrow();
    assertThat(title.id()).isEqualTo("Cookie Policy");
    assertThat(title.string()).isEqualTo("Politique relative aux témoins");
    assertThat(title.extracted()).containsExactly("the policy's title");
  }

  @Test
  void exportingAndImportingAgainChangesNothing() throws Exception {
    byte[] before = Files.readAllBytes(french);
    Path po = dir.resolve("fr.po");
    assertThat(Cli.run("i18n", "export", registry.toString(), "--out", po.toString()).exitCode())
        .isZero();

    Cli imported = Cli.run("i18n", "import", po.toString(), "--registry", registry.toString());

    assertThat(imported.out()).endsWith(": 0 texts replaced, 0 added, 0 left out\n");
    assertThat(Files.readAllBytes(french)).isEqualTo(before);
  }

  @Test
  void aReviewedTranslationOfTheEnglishAsItIsComesBackCurrentInPlace() throws Exception {
    edit(registry, "We respect your privacy preferences.", "We respect your privacy choices.");
    Path po = dir.resolve("fr.po");
    Cli.run("i18n", "export", registry.toString(), "--out", po.toString());
    // the translator's tool: the fuzzy entry reviewed and retranslated, another left fuzzy
    String text = Files.readString(po, StandardCharsets.UTF_8);
    text =
        text.replace(
                "#, fuzzy\nmsgctxt \"sections.do-not-track.2\"",
                "msgctxt \"sections.do-not-track.2\"")
            .replace(
                "msgstr \"Nous respectons vos préférences en matière de vie privée.",
                "msgstr \"Nous respectons vos choix en matière de vie privée.")
            .replace("msgctxt \"policy.subtitle\"", "#, fuzzy\nmsgctxt \"policy.subtitle\"")
            .replace(
                "msgstr \"Les témoins et technologies de suivi que nous utilisons, et vos choix.\"",
                "msgstr \"Brouillon\"");
    Files.writeString(po, text, StandardCharsets.UTF_8);
    List<String> before = Files.readAllLines(french);

    Cli imported = Cli.run("i18n", "import", po.toString(), "--registry", registry.toString());

    assertThat(imported.exitCode()).as(imported.err()).isEqualTo(ExitCodes.OK);
    assertThat(imported.out())
        .contains("left out: policy.subtitle: fuzzy (not reviewed)")
        .endsWith(": 1 texts replaced, 0 added, 1 left out\n");
    List<String> after = Files.readAllLines(french);
    assertThat(after.subList(0, 20)).isEqualTo(before.subList(0, 20)); // the header comment stays
    assertThat(String.join("\n", after))
        .contains("Nous respectons vos choix en matière de vie privée.")
        .contains("Les témoins et technologies de suivi que nous utilisons, et vos choix.");
    Cli check = Cli.run("check", registry.toString());
    assertThat(check.out()).doesNotContain(": stale: ").doesNotContain(": missing: ");
  }

  @Test
  void aPoFileInAnotherLanguageIsRefused() {
    Cli imported =
        Cli.run(
            "i18n",
            "import",
            SAMPLES.resolve("cs.po").toString(),
            "--registry",
            registry.toString());

    assertThat(imported.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(imported.err()).endsWith("cs.po:1:1: error: the PO file is in cs, not fr-CA\n");
  }

  private static void edit(Path file, String find, String replace) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).contains(find);
    Files.writeString(file, text.replace(find, replace), StandardCharsets.UTF_8);
  }
}
