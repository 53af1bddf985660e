package dev.cookiereg.render.html;

import java.util.List;

/**
 * What the history page template receives: the policy history (CHANGELOG.md) as commonmark HTML.
 *
 * @param title the history's first heading, for {@code <title>}
 * @param policyTitle the policy's title, to link back to it
 * @param levelsTitle the heading of the levels' explanation
 * @param levels what each level of change means for a visitor
 * @param head the page's address, description and icon for its {@code <head>}
 * @param fragment true for the history as a fragment for another site's page ({@code
 *     embed/history.html}), false for the site's own page
 * @param policyHref where the policy is linked from this page or fragment
 * @param versionsHref where the page of released versions is linked from this page or fragment
 */
public record HistoryPage(
    String lang,
    String title,
    String policyTitle,
    String html,
    String cookieSettingsLabel,
    String levelsTitle,
    List<LevelWords> levels,
    PageHead head,
    boolean fragment,
    String policyHref,
    String versionsHref) {
  public HistoryPage {
    levels = List.copyOf(levels);
  }

  /** A level of change ("Material") and what it means for a visitor. */
  public record LevelWords(String name, String meaning) {}
}
