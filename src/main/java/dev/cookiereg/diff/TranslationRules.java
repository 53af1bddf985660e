package dev.cookiereg.diff;

import static dev.cookiereg.diff.ConsentImpact.NONE;
import static dev.cookiereg.diff.Level.NOTABLE;
import static dev.cookiereg.diff.Notice.LOG;

import java.util.Set;

/**
 * The change rules of the editions in other languages: an edition added or removed, a text
 * translated or no longer translated. A translation's wording is prose ({@code
 * ProseRules.TRANSLATION_TEXT_CHANGED}, {@code TRANSLATION_EDITORIAL}): its changes are notable or
 * editorial, never a change of facts, which come from the registry in every language and are
 * compared there. Rows of the change-rules table ({@link ChangeRules}).
 */
final class TranslationRules {
  private TranslationRules() {}

  public static final ChangeRule LANGUAGE_ADDED =
      ChangeRule.of(
          TranslationComparison.class,
          "language-added",
          NOTABLE,
          NONE,
          Set.of(LOG),
          "[{language}] an edition of the policy in {language} was added",
          "visitors in that language can read the policy in it; nothing they agreed to changes");
  public static final ChangeRule LANGUAGE_REMOVED =
      ChangeRule.of(
          TranslationComparison.class,
          "language-removed",
          NOTABLE,
          NONE,
          Set.of(LOG),
          "[{language}] the edition of the policy in {language} was removed",
          "visitors in that language now read the policy in another; where the law requires the"
              + " language (Québec, Charter of the French Language s. 52) that needs review");
  public static final ChangeRule TRANSLATION_ADDED =
      ChangeRule.of(
          TranslationComparison.class,
          "translation-added",
          NOTABLE,
          NONE,
          Set.of(LOG),
          "[{language}] {what} is now translated",
          "visitors in that language read in it what they read in English before");
  public static final ChangeRule TRANSLATION_REMOVED =
      ChangeRule.of(
          TranslationComparison.class,
          "translation-removed",
          NOTABLE,
          NONE,
          Set.of(LOG),
          "[{language}] {what} is no longer translated: its English is shown",
          "visitors in that language read the English instead: a human must review");
}
