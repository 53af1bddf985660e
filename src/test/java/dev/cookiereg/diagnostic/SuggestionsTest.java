package dev.cookiereg.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What messages suggest instead of a wrong word or a wrongly written id. */
class SuggestionsTest {
  private static final List<String> PROVIDERS =
      List.of("google-ads", "google-analytics", "hotjar", "matomo", "stats");

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "Hotjar, hotjar",
    "Google Analytics, google-analytics",
    "  Stats  Inc. , stats-inc",
    "Café Crème, cafe-creme",
    "analy\u202Etics, analytics",
    "post\u200Bhog, posthog",
    "ÉTÉ_2026, ete-2026",
    "'--', ''"
  })
  void an_id_is_written_in_lowercase_words_joined_by_hyphens(String text, String id) {
    assertThat(Suggestions.kebab(text)).isEqualTo(id);
  }

  @Test
  void the_nearest_ids_are_those_fewest_edits_away() {
    assertThat(Suggestions.nearest("hotjr", PROVIDERS)).containsExactly("hotjar");
    assertThat(Suggestions.nearest("stat", PROVIDERS)).containsExactly("stats");
  }

  @Test
  void ids_as_near_as_each_other_are_all_suggested_in_order() {
    assertThat(Suggestions.nearest("cat", List.of("car", "bat", "cut", "dog")))
        .containsExactly("bat", "car", "cut");
    assertThat(Suggestions.nearest("a", List.of("b", "c", "d", "e"))).hasSize(3);
  }

  @Test
  void a_word_of_an_id_suggests_the_ids_that_hold_it_and_an_id_the_words_that_hold_one() {
    assertThat(Suggestions.nearest("google", PROVIDERS))
        .containsExactly("google-ads", "google-analytics");
    assertThat(Suggestions.nearest("stats-inc", PROVIDERS)).containsExactly("stats");
  }

  @Test
  void nothing_is_suggested_when_no_id_is_near() {
    assertThat(Suggestions.nearest("facebook", PROVIDERS)).isEmpty();
    assertThat(Suggestions.didYouMean("facebook", PROVIDERS)).isEmpty();
  }

  @Test
  void longer_words_may_be_three_edits_away_shorter_ones_two() {
    assertThat(Suggestions.nearest("cnsnt-mechansm", List.of("consent-mechanism")))
        .containsExactly("consent-mechanism");
    assertThat(Suggestions.nearest("hjtr", List.of("hotjar"))).isEmpty();
  }

  @Test
  void suggestions_read_as_one_or_several_choices() {
    assertThat(Suggestions.didYouMean("statz", PROVIDERS)).isEqualTo("; did you mean 'stats'?");
    assertThat(Suggestions.either(List.of("a", "b"))).isEqualTo("'a' or 'b'");
    assertThat(Suggestions.either(List.of("a", "b", "c"))).isEqualTo("'a', 'b' or 'c'");
  }
}
