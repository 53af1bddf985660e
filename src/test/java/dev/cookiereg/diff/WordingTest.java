package dev.cookiereg.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@link Wording}: a reworded text before and after, the changed words marked, long texts cut. */
class WordingTest {
  @Test
  void theChangedWordsAreTheEditsWithWhereTheyStandInEachText() {
    Wording w =
        Wording.of(
            "If you do not consent, no advertising tracking will occur.",
            "If you do not consent, no marketing tracking will occur.");
    assertThat(w.edits()).containsExactly(new Wording.Edit(26, "advertising", 26, "marketing"));
    assertThat(w.edits().get(0).type()).isEqualTo("change");
  }

  @Test
  void aCitationIsOneWordWithItsBrackets() {
    Wording w = Wording.of("(Article 6(1)(a) of the GDPR)", "(Article 61(a) of the GDPR)");
    assertThat(w.edits()).containsExactly(new Wording.Edit(9, "6(1)(a)", 9, "61(a)"));
  }

  @Test
  void anInsertionOrADeletionHasOneSideEmptyAndNoSpacesAround() {
    Wording inserted = Wording.of("Keeps you signed in", "Keeps you signed in on every device");
    assertThat(inserted.edits()).containsExactly(new Wording.Edit(19, "", 20, "on every device"));
    assertThat(inserted.edits().get(0).type()).isEqualTo("insert");
    Wording deleted = Wording.of("Keeps you signed in on every device", "Keeps you signed in");
    assertThat(deleted.edits().get(0).type()).isEqualTo("delete");
  }

  @Test
  void editsSeparatedOnlyBySpacesAreOne() {
    Wording w = Wording.of("no advertising tracking here", "some marketing cookies here");
    assertThat(w.edits())
        .containsExactly(
            new Wording.Edit(0, "no advertising tracking", 0, "some marketing cookies"));
  }

  @Test
  void runsOfWhitespaceReadAsOneSpaceSoSpacingAloneIsNoEdit() {
    Wording w = Wording.of("Write to\n  us by   post.", "Write to us by post.");
    assertThat(w.before()).isEqualTo("Write to us by post.");
    assertThat(w.edits()).isEmpty();
    assertThat(w.excerpts()).isEmpty();
  }

  @Test
  void aLongTextShowsOnlyTheChangedRegionWithSixWordsAroundIt() {
    String before = words(1, 100);
    String after = before.replace(" w50 ", " fifty ");
    List<Wording.Excerpt> excerpts = Wording.of(before, after).excerpts();
    assertThat(excerpts).hasSize(1);
    Wording.Excerpt e = excerpts.get(0);
    assertThat(e.cutStart()).isTrue();
    assertThat(e.cutEnd()).isTrue();
    assertThat(e.before())
        .containsExactly(
            new Wording.Span(words(44, 49) + " ", false),
            new Wording.Span("w50", true),
            new Wording.Span(" " + words(51, 56), false));
    assertThat(e.after())
        .containsExactly(
            new Wording.Span(words(44, 49) + " ", false),
            new Wording.Span("fifty", true),
            new Wording.Span(" " + words(51, 56), false));
  }

  @Test
  void editsCloseTogetherShareAnExcerptAndDistantOnesDoNot() {
    String before = words(1, 100);
    String near = before.replace(" w20 ", " x ").replace(" w30 ", " y ");
    assertThat(Wording.of(before, near).excerpts()).hasSize(1);
    String far = before.replace(" w20 ", " x ").replace(" w60 ", " y ");
    List<Wording.Excerpt> excerpts = Wording.of(before, far).excerpts();
    assertThat(excerpts).hasSize(2);
    assertThat(excerpts.get(0).after()).contains(new Wording.Span("x", true));
    assertThat(excerpts.get(1).after()).contains(new Wording.Span("y", true));
  }

  @Test
  void aChangeAtTheStartOrEndIsNotCut() {
    Wording.Excerpt e = Wording.of("Old start of it", "New start of it").excerpts().get(0);
    assertThat(e.cutStart()).isFalse();
    assertThat(e.cutEnd()).isFalse();
    assertThat(e.before())
        .containsExactly(new Wording.Span("Old", true), new Wording.Span(" start of it", false));
  }

  @Test
  void aTextRewrittenBeyondTheLimitIsOneEditAndQuick() {
    String before = words(1, Wording.MAX_DIFFERING_TOKENS);
    String after =
        IntStream.rangeClosed(1, Wording.MAX_DIFFERING_TOKENS)
            .mapToObj(i -> "v" + i)
            .collect(Collectors.joining(" "));
    Wording w =
        assertTimeoutPreemptively(
            Duration.ofSeconds(5), () -> Wording.of("Same " + before, "Same " + after));
    assertThat(w.edits()).hasSize(1);
    assertThat(w.edits().get(0).before()).isEqualTo(before);
    assertThat(w.edits().get(0).beforeAt()).isEqualTo(5);
  }

  /** A clause given an id reads the same to a visitor: its wording shows the fields compared. */
  @Test
  void aChangeNoVisitorCanReadShowsTheFieldsCompared() throws Exception {
    String base =
        java.nio.file.Files.readString(
            ChangeRulesTest.BASE, java.nio.charset.StandardCharsets.UTF_8);
    String head =
        base.replace(
            "      - clause: We use the cookies below.\n",
            "      - clause: We use the cookies below.\n        id: intro\n");
    dev.cookiereg.RegistryLoader loader = new dev.cookiereg.RegistryLoader();
    Change c =
        RegistryDiff.compare(
                loader.loadForComparison("base.yaml", base.getBytes()).registry(),
                loader.loadForComparison("new.yaml", head.getBytes()).registry())
            .changes()
            .get(0);
    assertThat(c.message()).isEqualTo("the wording of section 'cookies' changed");
    assertThat(c.wording().edits())
        .extracting(Wording.Edit::before, Wording.Edit::after)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Clause[id=null,", "Clause[id=intro,"));
  }

  /** {@code w<from> … w<to>}, space-separated. */
  private static String words(int from, int to) {
    return IntStream.rangeClosed(from, to).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
  }
}
