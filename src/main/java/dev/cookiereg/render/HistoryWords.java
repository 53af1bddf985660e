package dev.cookiereg.render;

import dev.cookiereg.i18n.Words;
import dev.cookiereg.model.Policy;
import dev.cookiereg.render.html.HistoryPage.LevelWords;
import java.util.List;
import java.util.Map;

/**
 * What the history page tells a visitor about the levels its entries carry (English): what a
 * material, notable or editorial change means for them, with the policy's own notice period.
 */
final class HistoryWords {
  private HistoryWords() {}

  /** The history page's description, for search results and link previews. */
  static String description(Policy policy, Words words) {
    return words.format("history.description", Map.of("title", policy.title()));
  }

  static List<LevelWords> levels(Policy policy, Words words) {
    int days = policy.noticePeriodDays();
    return List.of(
        new LevelWords(
            words.get("history.material"),
            words.format("history.materialMeaning", Map.of("days", words.count(days, "day")))),
        new LevelWords(words.get("history.notable"), words.get("history.notableMeaning")),
        new LevelWords(words.get("history.editorial"), words.get("history.editorialMeaning")));
  }
}
