package dev.cookiereg.render.html;

import dev.cookiereg.render.html.PolicyPage.DateView;
import java.util.List;

/**
 * What the versions page template receives: every released version, newest first, and which one is
 * in force on the day of the latest release.
 *
 * @param title the page's heading
 * @param policyTitle the policy's title, to link the current policy
 * @param asOf the latest release's date, the day the statuses are stated for
 */
public record VersionsPage(
    String lang,
    String title,
    String policyTitle,
    String cookieSettingsLabel,
    DateView asOf,
    List<Row> rows,
    PageHead head) {
  public VersionsPage {
    rows = List.copyOf(rows);
  }

  /**
   * One released version.
   *
   * @param change its verdict in words ("Material"), or "First release"
   * @param status where it stands on {@code asOf}, in words
   * @param state the same as a stable token for styling: {@code in-force}, {@code pending}, {@code
   *     replaced} (never in force) or {@code superseded}
   * @param policyHref its archived page, relative to {@code versions/}
   */
  public record Row(
      String version,
      DateView released,
      DateView effective,
      String change,
      String status,
      String state,
      String policyHref,
      String historyHref,
      String manifestHref) {}
}
