package dev.cookiereg.diff;

import static dev.cookiereg.diff.ConsentImpact.NONE;
import static dev.cookiereg.diff.Level.EDITORIAL;
import static dev.cookiereg.diff.Level.NOTABLE;
import static dev.cookiereg.diff.Notice.LOG;

import java.util.Set;

/**
 * The change rules of the policy's words: a purpose, a section's text, and editorial changes to
 * either, in English or in an edition's language (a translation reads as prose does). Rows of the
 * change-rules table ({@link ChangeRules}).
 */
final class ProseRules {
  private ProseRules() {}

  public static final ChangeRule PURPOSE_TEXT_CHANGED =
      ChangeRule.of(
          ProseComparison.class,
          "purpose-text-changed",
          NOTABLE,
          NONE,
          Set.of(LOG),
          "the {what} of {kind} '{subject}' changed",
          "a reworded purpose may change what visitors agreed to: a human must review it");
  public static final ChangeRule POLICY_TEXT_CHANGED =
      ChangeRule.of(
          ProseComparison.class,
          "policy-text-changed",
          NOTABLE,
          NONE,
          Set.of(LOG),
          "the wording of {kind} '{subject}' changed",
          "prose may change what visitors were told: a human must review");
  public static final ChangeRule TEXT_EDITORIAL =
      ChangeRule.of(
          ProseComparison.class,
          "text-editorial",
          EDITORIAL,
          NONE,
          Set.of(LOG),
          "{kind} '{subject}': punctuation, spacing or capitalisation changed",
          "no change of meaning");
  public static final ChangeRule TRANSLATION_TEXT_CHANGED =
      ChangeRule.of(
          ProseComparison.class,
          "translation-text-changed",
          NOTABLE,
          NONE,
          Set.of(LOG),
          "[{language}] the wording of {what} changed",
          "a reworded translation may change what visitors in that language were told: a human"
              + " must review it, as an English rewording");
  public static final ChangeRule TRANSLATION_EDITORIAL =
      ChangeRule.of(
          ProseComparison.class,
          "translation-editorial",
          EDITORIAL,
          NONE,
          Set.of(LOG),
          "[{language}] {what}: punctuation, spacing or capitalisation changed",
          "no change of meaning");
}
