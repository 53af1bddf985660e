package dev.cookiereg.release;

import dev.cookiereg.diff.DiffReport;
import dev.cookiereg.diff.Notice;
import dev.cookiereg.model.Version;
import java.util.List;
import java.util.Optional;

/**
 * What changed since the previous release: the version compared with (absent for the first release)
 * and the classified changes. The manifest, the banner revision, the page's notice and {@code
 * notice.json} read it.
 */
public record ChangeSummary(Optional<Version> since, DiffReport report) {
  public static final ChangeSummary FIRST =
      new ChangeSummary(Optional.empty(), new DiffReport(List.of()));

  public boolean material() {
    return report.material();
  }

  /**
   * Whether users are told before the change takes effect, through the methods the policy promises
   * (7.2: email, in-app, website): for every material change, and for any change whose rule asks
   * for a prior notice.
   */
  public boolean priorNotice() {
    return report.material() || report.notices().contains(Notice.PRIOR);
  }
}
