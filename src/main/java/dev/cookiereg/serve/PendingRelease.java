package dev.cookiereg.serve;

import dev.cookiereg.Build;
import dev.cookiereg.ReleaseGate;
import dev.cookiereg.diagnostic.Diagnostic;
import dev.cookiereg.diagnostic.RegistryException;
import dev.cookiereg.diff.Change;
import dev.cookiereg.diff.DiffReport;
import dev.cookiereg.diff.Level;
import dev.cookiereg.model.Version;
import dev.cookiereg.release.Bump;
import dev.cookiereg.release.Releases;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What releasing the registry as it stands would do, compared with the last release: the verdict,
 * each change in the public words the policy history will use, and whether visitors are asked for
 * consent again (the banner's revision, the policy's major version, moves). Computed by the diff
 * and release code {@code release} itself uses.
 *
 * @param latest the last release, absent when nothing is released yet
 * @param releaseAs the version {@code release} would publish
 * @param changes each change, most important first, in public words
 * @param consequences what the changes mean for visitors, as the history entry will say it
 * @param blocked check's lines for changes that can never be released (consent voided)
 */
public record PendingRelease(
    Optional<Version> latest,
    Level verdict,
    Version releaseAs,
    List<ChangeLine> changes,
    String consequences,
    List<String> blocked) {
  public PendingRelease {
    changes = List.copyOf(changes);
    blocked = List.copyOf(blocked);
  }

  /**
   * One change: its level and its sentence ("The cookie “_new” was added to Analytics Cookies.").
   */
  public record ChangeLine(Level level, String words) {}

  /** The banner's revision visitors' consent was given under: the last release's major version. */
  public int revisionNow() {
    return latest.orElse(releaseAs).major();
  }

  /** The banner's revision once released. */
  public int revisionAfter() {
    return releaseAs.major();
  }

  /** True when releasing this asks every visitor for consent again. */
  public boolean asksAgain() {
    return latest.isPresent() && revisionAfter() != revisionNow();
  }

  /** The pending release of {@code rendered}, against the verified archive it rendered with. */
  static PendingRelease of(
      Build.Rendered rendered,
      Path site,
      Releases.RegistryReader released,
      Function<List<Diagnostic>, String> checkWords)
      throws RegistryException {
    Releases releases = Releases.of(site, rendered.archive());
    Version declared = rendered.loaded().registry().policy().version();
    Optional<Version> latest = releases.latest();
    if (latest.isEmpty()) {
      return new PendingRelease(latest, Level.NONE, declared, List.of(), "", List.of());
    }
    DiffReport report = releases.changesSince(latest.get(), released, rendered.loaded().registry());
    List<Diagnostic> voiding = ReleaseGate.consentInvalidated(report, rendered.loaded());
    return new PendingRelease(
        latest,
        report.verdict(),
        Bump.released(latest.get(), declared, report.verdict()),
        report.changes().stream().map(PendingRelease::line).toList(),
        report.changes().isEmpty() ? "" : report.consequences(),
        voiding.isEmpty() ? List.of() : checkWords.apply(voiding).lines().toList());
  }

  private static ChangeLine line(Change c) {
    return new ChangeLine(c.level(), c.words());
  }
}
