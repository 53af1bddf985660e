package dev.cookiereg.render.html;

/**
 * What the history page template receives: the policy history (CHANGELOG.md) as commonmark HTML.
 *
 * @param title the history's first heading, for {@code <title>}
 * @param policyTitle the policy's title, to link back to it
 */
public record HistoryPage(
    String lang, String title, String policyTitle, String html, String cookieSettingsLabel) {}
