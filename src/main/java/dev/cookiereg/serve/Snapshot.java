package dev.cookiereg.serve;

import dev.cookiereg.site.SiteFile;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The preview at one moment: the last site that rendered (empty before the first), what the
 * registry as it stands would release, and, when the latest render failed, why. Immutable; the
 * server serves one snapshot at a time.
 *
 * @param generation counts the snapshots that differ from the one before; pages reload when it
 *     moves
 * @param files the last good site by path, in render order
 * @param pending what the last good registry would release, absent before the first good render
 * @param warnings check's lines for the last good registry's warnings
 * @param failure why the latest render failed, absent when it did not
 * @param millis how long the latest render took
 */
public record Snapshot(
    long generation,
    Map<String, SiteFile> files,
    Optional<PendingRelease> pending,
    List<String> warnings,
    Optional<Failure> failure,
    long millis) {
  public Snapshot {
    files = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(files));
    warnings = List.copyOf(warnings);
    Objects.requireNonNull(pending, "pending");
    Objects.requireNonNull(failure, "failure");
  }

  /**
   * Why a render failed.
   *
   * @param lines every problem, one line each, as {@code check} (or {@code build}, for a template)
   *     prints it: {@code cookies.yaml:12:5: error: …}
   */
  public record Failure(List<String> lines) {
    public Failure {
      lines = List.copyOf(lines);
    }
  }

  /** True when there is a site to show. */
  public boolean rendered() {
    return !files.isEmpty();
  }

  /** True when {@code other} shows exactly what this does: no page needs to reload. */
  boolean sameAs(Snapshot other) {
    return files.equals(other.files)
        && pending.equals(other.pending)
        && warnings.equals(other.warnings)
        && failure.equals(other.failure);
  }

  /** This snapshot as the next generation. */
  Snapshot next() {
    return new Snapshot(generation + 1, files, pending, warnings, failure, millis);
  }
}
