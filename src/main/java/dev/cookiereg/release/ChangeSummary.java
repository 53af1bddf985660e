package dev.cookiereg.release;

import dev.cookiereg.diff.DiffReport;
import dev.cookiereg.diff.Notice;
import dev.cookiereg.model.Item;
import dev.cookiereg.model.Policy;
import dev.cookiereg.model.Version;
import java.util.List;
import java.util.Optional;

/**
 * What changed since the previous release, and since the release in force.
 *
 * <p>The policy has one effective date for its whole text: a release never takes effect before a
 * material change released earlier and still inside its notice period, so until that date the
 * release in force is an older one. The manifest, the banner revision and {@code notice.json} read
 * the changes since the previous release; the page's notice reads every change since the release in
 * force, so it keeps showing a pending material change through later releases.
 *
 * @param since the version compared with (absent for the first release)
 * @param report the changes since {@code since}
 * @param inForce the newest older release in force on this version's release date (absent when none
 *     is)
 * @param sinceInForce the changes since {@code inForce}
 */
public record ChangeSummary(
    Optional<Version> since,
    DiffReport report,
    Optional<Version> inForce,
    DiffReport sinceInForce) {
  public static final ChangeSummary FIRST = of(Optional.empty(), new DiffReport(List.of()));

  /** A summary whose previous release is the one in force. */
  public static ChangeSummary of(Optional<Version> since, DiffReport report) {
    return new ChangeSummary(since, report, since, report);
  }

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

  /**
   * The channels users are told through before the change takes effect: every notice method the
   * policy lists when {@link #priorNotice()}, none otherwise. This is the one decision the manifest
   * ({@code change.noticeMethods}) and {@code notice.json} ({@code send}, {@code methods}) publish:
   * {@code send} is true exactly when this is non-empty. A policy that lists no notice method has
   * no channel to send through, so nothing is sent.
   */
  public List<Item> noticeMethods(Policy policy) {
    return priorNotice() ? policy.noticeMethods() : List.of();
  }
}
