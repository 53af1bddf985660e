package dev.cookiereg.diff;

import static dev.cookiereg.diff.ConsentImpact.CATEGORY;
import static dev.cookiereg.diff.ConsentImpact.NONE;
import static dev.cookiereg.diff.Level.EDITORIAL;
import static dev.cookiereg.diff.Level.MATERIAL;
import static dev.cookiereg.diff.Level.NOTABLE;
import static dev.cookiereg.diff.Notice.BANNER;
import static dev.cookiereg.diff.Notice.LOG;

import java.util.Set;

/**
 * The change rules of cookies: added, removed, moved, renamed, matched differently, kept longer or
 * shorter. Rows of the change-rules table ({@link ChangeRules}).
 */
final class CookieRules {
  private CookieRules() {}

  public static final ChangeRule COOKIE_ADDED =
      ChangeRule.of(
          CookieComparison.class,
          "cookie-added",
          MATERIAL,
          CATEGORY,
          Set.of(BANNER),
          "cookie '{subject}' added to category '{category}'",
          "consent given to a category does not cover a tracker it did not list");
  public static final ChangeRule COOKIE_REMOVED =
      ChangeRule.of(
          CookieComparison.class,
          "cookie-removed",
          EDITORIAL,
          NONE,
          Set.of(LOG),
          "cookie '{subject}' removed from category '{category}'",
          "less storage on the device");
  public static final ChangeRule COOKIE_MOVED_CATEGORY =
      ChangeRule.of(
          CookieComparison.class,
          "cookie-moved-category",
          MATERIAL,
          CATEGORY,
          Set.of(BANNER),
          "cookie '{subject}' moved from category '{from}' to '{to}'",
          "consent to the target category did not cover this cookie");
  public static final ChangeRule COOKIE_RENAMED =
      ChangeRule.of(
          CookieComparison.class,
          "cookie-renamed",
          NOTABLE,
          NONE,
          Set.of(LOG),
          "cookie '{from}' renamed to '{subject}'",
          "the same storage under a new name; banners must clear the new name");
  public static final ChangeRule COOKIE_PATTERN_CHANGED =
      ChangeRule.of(
          CookieComparison.class,
          "cookie-pattern-changed",
          NOTABLE,
          NONE,
          Set.of(LOG),
          "cookie '{subject}' now matches '{to}' instead of '{from}'",
          "a wider pattern may cover more storage");
  public static final ChangeRule COOKIE_MATCHING_CHANGED =
      ChangeRule.of(
          CookieComparison.class,
          "cookie-matching-changed",
          NOTABLE,
          NONE,
          Set.of(LOG),
          "cookie '{subject}' is now recognised by '{to}' instead of '{from}'",
          "the name the policy prints stays, so consent covers the same cookie; banners, services"
              + " and audits recognise it by other names (wider clears more on Reject, narrower"
              + " may leave storage behind)");
  public static final ChangeRule RETENTION_INCREASED =
      ChangeRule.of(
          CookieComparison.class,
          "retention-increased",
          MATERIAL,
          CATEGORY,
          Set.of(BANNER),
          "cookie '{subject}' now lasts {to} instead of {from}",
          "duration is part of the information consent rests on (Planet49)");
  public static final ChangeRule RETENTION_DECREASED =
      ChangeRule.of(
          CookieComparison.class,
          "retention-decreased",
          EDITORIAL,
          NONE,
          Set.of(LOG),
          "cookie '{subject}' now lasts {to} instead of {from}",
          "shorter storage needs no new consent");
}
