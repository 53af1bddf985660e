package dev.cookiereg.diff;

import static dev.cookiereg.diff.ConsentImpact.CATEGORY;
import static dev.cookiereg.diff.ConsentImpact.NONE;
import static dev.cookiereg.diff.Level.EDITORIAL;
import static dev.cookiereg.diff.Level.MATERIAL;
import static dev.cookiereg.diff.Level.NOTABLE;
import static dev.cookiereg.diff.Notice.BANNER;
import static dev.cookiereg.diff.Notice.LOG;
import static dev.cookiereg.diff.Notice.PRIOR;

import java.util.Set;

/**
 * The change rules of other tracking technologies: added, removed, switched on or off, on by
 * default, moved. Rows of the change-rules table ({@link ChangeRules}).
 */
final class TechnologyRules {
  private TechnologyRules() {}

  public static final ChangeRule TECHNOLOGY_ADDED_ACTIVE =
      ChangeRule.of(
          TechnologyComparison.class,
          "technology-added-active",
          MATERIAL,
          CATEGORY,
          Set.of(PRIOR, BANNER),
          "technology '{subject}' added, active",
          "a new tracker running now; the policy (7.2) names new tracking as material");
  public static final ChangeRule TECHNOLOGY_ADDED_INACTIVE =
      ChangeRule.of(
          TechnologyComparison.class,
          "technology-added-inactive",
          NOTABLE,
          NONE,
          Set.of(LOG),
          "technology '{subject}' declared ({status}), not yet active",
          "announced before it runs; activating it later is material");
  public static final ChangeRule TECHNOLOGY_REMOVED =
      ChangeRule.of(
          TechnologyComparison.class,
          "technology-removed",
          NOTABLE,
          NONE,
          Set.of(LOG),
          "technology '{subject}' removed",
          "less tracking");
  public static final ChangeRule TECHNOLOGY_ACTIVATED =
      ChangeRule.of(
          TechnologyComparison.class,
          "technology-activated",
          MATERIAL,
          CATEGORY,
          Set.of(PRIOR, BANNER),
          "technology '{subject}' activated (was {from})",
          "the policy (7.2) names activating previously inactive tracking as material");
  public static final ChangeRule TECHNOLOGY_DEACTIVATED =
      ChangeRule.of(
          TechnologyComparison.class,
          "technology-deactivated",
          NOTABLE,
          NONE,
          Set.of(LOG),
          "technology '{subject}' is now {to} (was active)",
          "the tracker stops running");
  public static final ChangeRule TECHNOLOGY_ENABLED_BY_DEFAULT =
      ChangeRule.of(
          TechnologyComparison.class,
          "technology-enabled-by-default",
          MATERIAL,
          NONE,
          Set.of(PRIOR),
          "technology '{subject}' is now enabled by default",
          "on unless someone switches it off");
  public static final ChangeRule TECHNOLOGY_DISABLED_BY_DEFAULT =
      ChangeRule.of(
          TechnologyComparison.class,
          "technology-disabled-by-default",
          EDITORIAL,
          NONE,
          Set.of(LOG),
          "technology '{subject}' is now disabled by default",
          "off unless someone switches it on");
  public static final ChangeRule TECHNOLOGY_MOVED_CATEGORY =
      ChangeRule.of(
          TechnologyComparison.class,
          "technology-moved-category",
          MATERIAL,
          CATEGORY,
          Set.of(BANNER),
          "technology '{subject}' moved from category '{from}' to '{to}'",
          "consent to the target category did not cover it");
}
