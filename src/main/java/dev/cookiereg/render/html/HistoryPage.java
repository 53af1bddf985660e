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
 * @param words the interface words of the page's language, by id
 * @param root the way up from the page's folder to the site's root ({@code ""}, {@code ../})
 * @param entries for an edition in another language, every released version from the history, whose
 *     details ({@code html}, then empty) stay in the policy's language; empty otherwise
 * @param sourceHref where the history in the policy's language is, for an edition's page
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
    String versionsHref,
    java.util.Map<String, String> words,
    String root,
    List<Entry> entries,
    String sourceHref) {
  public HistoryPage {
    levels = List.copyOf(levels);
    words = java.util.Map.copyOf(words);
    entries = List.copyOf(entries);
  }

  /**
   * One released version as an edition's history lists it.
   *
   * @param href its archived page
   * @param effective null when the history does not state it
   */
  public record Entry(
      String version,
      String href,
      PolicyPage.DateView released,
      PolicyPage.DateView effective,
      String level) {}

  /** A level of change ("Material") and what it means for a visitor. */
  public record LevelWords(String name, String meaning) {}
}
