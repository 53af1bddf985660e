package dev.cookiereg.diff;

import static dev.cookiereg.diff.ConsentImpact.ALL;
import static dev.cookiereg.diff.ConsentImpact.ASK;
import static dev.cookiereg.diff.ConsentImpact.INVALID;
import static dev.cookiereg.diff.ConsentImpact.NONE;
import static dev.cookiereg.diff.Level.EDITORIAL;
import static dev.cookiereg.diff.Level.MATERIAL;
import static dev.cookiereg.diff.Level.NOTABLE;
import static dev.cookiereg.diff.Notice.BANNER;
import static dev.cookiereg.diff.Notice.LOG;
import static dev.cookiereg.diff.Notice.PRIOR;

import java.util.Set;

/**
 * The change rules of categories: added, removed, made necessary or optional, on or off by default,
 * and where consent is asked. Rows of the change-rules table ({@link ChangeRules}).
 */
final class CategoryRules {
  private CategoryRules() {}

  public static final ChangeRule CATEGORY_ADDED =
      ChangeRule.of(
          CategoryComparison.class,
          "category-added",
          MATERIAL,
          ALL,
          Set.of(PRIOR, BANNER),
          "category '{subject}' added",
          "a new purpose needs its own consent; the policy (7.2) names new categories as material");
  public static final ChangeRule CATEGORY_REMOVED =
      ChangeRule.of(
          CategoryComparison.class,
          "category-removed",
          NOTABLE,
          NONE,
          Set.of(LOG),
          "category '{subject}' removed",
          "less processing; consent given for it simply lapses");
  public static final ChangeRule CATEGORY_MADE_NECESSARY =
      ChangeRule.of(
          CategoryComparison.class,
          "category-made-necessary",
          MATERIAL,
          NONE,
          Set.of(PRIOR),
          "category '{subject}' is now always on",
          "removes a choice visitors had; the strictly-necessary claim needs review");
  public static final ChangeRule CATEGORY_MADE_OPTIONAL =
      ChangeRule.of(
          CategoryComparison.class,
          "category-made-optional",
          NOTABLE,
          ASK,
          Set.of(BANNER),
          "category '{subject}' can now be refused",
          "more choice; the category stays off until a visitor agrees");
  public static final ChangeRule CATEGORY_DEFAULT_ON =
      ChangeRule.of(
          CategoryComparison.class,
          "category-default-on",
          MATERIAL,
          INVALID,
          Set.of(),
          "category '{subject}' is now on by default",
          "pre-ticked boxes are not consent (Planet49, C-673/17); check also rejects it");
  public static final ChangeRule CONSENT_REGIONS_NARROWED =
      ChangeRule.of(
          CategoryComparison.class,
          "consent-regions-narrowed",
          MATERIAL,
          NONE,
          Set.of(PRIOR),
          "category '{subject}' no longer asks for consent in {regions}",
          "visitors there lose the choice they had");
  public static final ChangeRule CONSENT_REGIONS_WIDENED =
      ChangeRule.of(
          CategoryComparison.class,
          "consent-regions-widened",
          NOTABLE,
          ASK,
          Set.of(BANNER),
          "category '{subject}' now asks for consent in {regions}",
          "more choice; the category stays off there until a visitor agrees");
  public static final ChangeRule CATEGORY_DEFAULT_OFF =
      ChangeRule.of(
          CategoryComparison.class,
          "category-default-off",
          EDITORIAL,
          NONE,
          Set.of(LOG),
          "category '{subject}' is now off by default",
          "restores the lawful default");
}
