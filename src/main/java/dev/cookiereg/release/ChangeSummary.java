package dev.cookiereg.release;

import dev.cookiereg.diff.DiffReport;
import dev.cookiereg.model.Version;
import java.util.List;
import java.util.Optional;

/**
 * What changed since the previous release: the version compared with (absent for the first release) and the
 * classified changes. The manifest, the banner revision, the page's notice and {@code notice.json} read it.
 */
public record ChangeSummary(Optional<Version> since, DiffReport report) {
  public static final ChangeSummary FIRST = new ChangeSummary(Optional.empty(), new DiffReport(List.of()));

  public boolean material() {
    return report.material();
  }
}
