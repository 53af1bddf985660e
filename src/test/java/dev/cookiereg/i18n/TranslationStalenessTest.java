package dev.cookiereg.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cookiereg.cli.Cli;
import dev.cookiereg.cli.ExitCodes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed registry and its French texts, edited as an editor would: each translated text
 * records the English it was made from, so exactly the texts whose English changed turn stale, at
 * their line, and a reviewer's acknowledgement updates one fingerprint and nothing else.
 */
class TranslationStalenessTest {
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
  void theCommittedTranslationIsCompleteAndCurrent() {
    Cli status = Cli.run("i18n", "status", registry.toString());

    assertThat(status.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(status.out().lines().findFirst().orElseThrow())
        .endsWith(" current, 0 stale, 0 missing")
        .startsWith("fr-CA (required), " + french + ": ");
    assertThat(staleOrMissing(Cli.run("check", registry.toString()))).isEmpty();
  }

  @Test
  void changingAnEnglishClauseTurnsExactlyItsFrenchTextStaleAtItsLine() throws IOException {
    edit(registry, "We respect your privacy preferences.", "We respect your privacy choices.");

    List<String> found = staleOrMissing(Cli.run("check", registry.toString()));

    assertThat(found)
        .containsExactly(
            french
                + ":"
                + lineOf(french, "  sections.do-not-track.2:")
                + ":3: warning: stale: the English of clause 6.2 changed since this was"
                + " translated; translate it again, or run 'i18n ack sections.do-not-track.2' if"
                + " it needs no new fr-CA");
  }

  @Test
  void reflowingAParagraphTurnsNothingStale() throws IOException {
    edit(
        registry,
        "(computer, tablet, or mobile phone)\n          when you visit a website.",
        "(computer,\n          tablet, or mobile phone) when you visit a     website.");

    assertThat(staleOrMissing(Cli.run("check", registry.toString()))).isEmpty();
  }

  @Test
  void aReviewersAckUpdatesOneFingerprintInPlaceAndTheTextIsCurrentAgain() throws IOException {
    edit(registry, "We respect your privacy preferences.", "We respect your privacy choices.");
    List<String> before = Files.readAllLines(french, StandardCharsets.UTF_8);

    Cli ack = Cli.run("i18n", "ack", "sections.do-not-track.2", "--registry", registry.toString());

    assertThat(ack.exitCode()).as(ack.err()).isEqualTo(ExitCodes.OK);
    assertThat(ack.out())
        .contains(": acknowledged: the fr-CA of clause 6.2 stands for its English");
    List<String> after = Files.readAllLines(french, StandardCharsets.UTF_8);
    assertThat(after).hasSameSizeAs(before);
    List<Integer> changed = new ArrayList<>();
    for (int i = 0; i < before.size(); i++) if (!before.get(i).equals(after.get(i))) changed.add(i);
    int entry = lineOf(french, "  sections.do-not-track.2:");
    assertThat(changed).containsExactly(entry); // the source: line below the entry's key (0-based)
    assertThat(after.get(entry))
        .startsWith("    source: ")
        .doesNotContain(before.get(entry).substring(12));
    assertThat(staleOrMissing(Cli.run("check", registry.toString()))).isEmpty();
    assertThat(
            Cli.run("i18n", "ack", "sections.do-not-track.2", "--registry", registry.toString())
                .out())
        .endsWith("sections.do-not-track.2 is already current\n");
  }

  @Test
  void anAckOfAnUnknownTextIsALocatedErrorWithTheNearestIds() {
    Cli ack = Cli.run("i18n", "ack", "sections.do-not-trak.2", "--registry", registry.toString());

    assertThat(ack.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(ack.err())
        .isEqualTo(
            french
                + ":1:1: error: no text has the id 'sections.do-not-trak.2'; did you mean"
                + " 'sections.do-not-track.2'?\n");
  }

  @Test
  void aCookieAddedInEnglishIsMissingInFrenchUntilTranslated() throws IOException {
    edit(
        registry,
        "technologies:\n  - id: local-storage",
        "  - name: _new\n    provider: matomo\n    category: analytics\n"
            + "    purpose: Counts new things\n    duration: P1D\n\n"
            + "technologies:\n  - id: local-storage");

    assertThat(staleOrMissing(Cli.run("check", registry.toString())))
        .singleElement()
        .asString()
        .endsWith(
            ": warning: missing: the purpose of cookie _new has no fr-CA text; add"
                + " cookies._new.purpose under texts");
  }

  @Test
  void statusAsJsonGivesEachTextsStateAndTheFingerprintToWrite() throws IOException {
    edit(registry, "We respect your privacy preferences.", "We respect your privacy choices.");

    JsonNode json =
        new ObjectMapper()
            .readTree(Cli.run("i18n", "status", "--format", "json", registry.toString()).out());

    JsonNode fr = json.get("languages").get(0);
    assertThat(fr.get("code").asText()).isEqualTo("fr-CA");
    assertThat(fr.get("counts").get("stale").asInt()).isEqualTo(1);
    JsonNode text = null;
    for (JsonNode t : fr.get("texts"))
      if (t.get("id").asText().equals("sections.do-not-track.2")) text = t;
    assertThat(text).isNotNull();
    assertThat(text.get("state").asText()).isEqualTo("stale");
    assertThat(text.get("fingerprint").asText())
        .isEqualTo(Fingerprint.of(text.get("english").asText()))
        .isNotEqualTo(text.get("translatedFrom").asText());
  }

  @Test
  void aFingerprintIgnoresWhitespaceAndNothingElse() {
    assertThat(Fingerprint.of("We respect  your\n  privacy. "))
        .isEqualTo(Fingerprint.of("We respect your privacy."))
        .isNotEqualTo(Fingerprint.of("We respect your privacy!"))
        .matches("[0-9a-f]{12}");
  }

  private static List<String> staleOrMissing(Cli check) {
    return check
        .out()
        .lines()
        .filter(l -> l.contains(": stale: ") || l.contains(": missing: "))
        .toList();
  }

  private static void edit(Path file, String find, String replace) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).contains(find);
    Files.writeString(file, text.replace(find, replace), StandardCharsets.UTF_8);
  }

  /** The 1-based line of the line that is exactly {@code line}. */
  private static int lineOf(Path file, String line) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    int i = lines.indexOf(line);
    assertThat(i).as("line %s in %s", line, file).isNotNegative();
    return i + 1;
  }
}
