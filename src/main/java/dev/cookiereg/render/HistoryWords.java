package dev.cookiereg.render;

import dev.cookiereg.model.Policy;
import dev.cookiereg.render.html.HistoryPage.LevelWords;
import java.util.List;

/**
 * What the history page tells a visitor about the levels its entries carry (English): what a
 * material, notable or editorial change means for them, with the policy's own notice period.
 */
final class HistoryWords {
  static final String LEVELS_TITLE = "What the levels mean";

  private HistoryWords() {}

  /** The history page's description, for search results and link previews. */
  static String description(Policy policy) {
    return "Every released version of the "
        + policy.title()
        + ": what changed, when it took effect, and what each change means for you.";
  }

  static List<LevelWords> levels(Policy policy) {
    int days = policy.noticePeriodDays();
    return List.of(
        new LevelWords(
            "Material",
            "A change to what we do with your data that you would want to know before it happens,"
                + " such as a new category of cookies, a new tracker or a longer retention. It"
                + " takes effect "
                + days
                + (days == 1 ? " day" : " days")
                + " after it is published, not before; we tell you in advance, and the consent"
                + " banner asks for your choice again, so nothing new runs until you agree."),
        new LevelWords(
            "Notable",
            "A change you may want to read, such as reworded purposes or a provider's new"
                + " details, that asks nothing new of you. It takes effect when it is published."),
        new LevelWords(
            "Editorial",
            "A correction of wording, punctuation or layout that changes nothing we do. It takes"
                + " effect when it is published."));
  }
}
