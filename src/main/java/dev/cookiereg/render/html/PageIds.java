package dev.cookiereg.render.html;

import java.util.Map;

/**
 * The HTML ids of the pages that are not a registry id as written: those the templates give their
 * own elements, and those the policy page derives from registry ids. The {@code duplicate-id} lint
 * rule keeps the registry's ids clear of them; {@code TrackingPixelAndIdTest} fails when a template
 * writes an id this class does not know.
 */
public final class PageIds {
  /** Each id the page templates write themselves, with what carries it (for messages). */
  public static final Map<String, String> TEMPLATE =
      Map.of(
          "content", "the main content, which the skip link targets",
          "cookie-settings", "the Cookie settings button",
          "policy-changed", "the notice of a material change",
          "policy-changed-title", "the heading of the notice of a material change",
          "levels-title", "the history's heading of what the levels of change mean",
          "toc-heading", "the heading of the table of contents");

  private PageIds() {}

  /** A section's, category's or technology's heading: {@code <id>-heading}. */
  public static String heading(String sectionId) {
    return sectionId + "-heading";
  }

  /** A cookie's row in its category's table: {@code cookie-<id>}. */
  public static String cookieRow(String cookieId) {
    return "cookie-" + cookieId;
  }

  /** A provider's row in the third-party table: {@code third-party-<id>}. */
  public static String thirdPartyRow(String providerId) {
    return "third-party-" + providerId;
  }
}
