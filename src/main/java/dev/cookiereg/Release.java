package dev.cookiereg;

import dev.cookiereg.diagnostic.Diagnostic;
import dev.cookiereg.diagnostic.RegistryException;
import dev.cookiereg.diff.DiffReport;
import dev.cookiereg.diff.Level;
import dev.cookiereg.diff.RegistryDiff;
import dev.cookiereg.model.Policy;
import dev.cookiereg.model.Registry;
import dev.cookiereg.model.Version;
import dev.cookiereg.release.Bump;
import dev.cookiereg.release.ChangelogEntry;
import dev.cookiereg.release.RegistryEditor;
import dev.cookiereg.release.Releases;
import dev.cookiereg.site.RenderException;
import dev.cookiereg.write.SiteLock;
import dev.cookiereg.write.SiteWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Cuts a policy version: compares the registry with the latest release, bumps the version by the
 * verdict, sets "Last Updated" and the effective date (a material change takes effect after the
 * notice period, and no release before a pending one), writes the changelog entry, archives the
 * version and rebuilds the site.
 */
public final class Release {
  /** What a release did. */
  public record Outcome(
      Optional<Version> previous, Version version, LocalDate effective, DiffReport report) {}

  private Release() {}

  /**
   * Releases {@code build}'s registry on {@code date}; returns empty when there is nothing to
   * release. All of it (registry, changelog, archive, site) happens under the site's lock as one
   * transaction: a release that fails or is killed before its commit point changes nothing, one
   * killed after it is completed by the next run.
   */
  public static Optional<Outcome> run(RegistryLoader loader, Build build, LocalDate date)
      throws RegistryException, RenderException, IOException {
    try (SiteLock lock = SiteLock.acquire(build.site())) {
      SiteWriter.recover(build.site()); // finish a killed release first
      return runLocked(loader, build, date);
    }
  }

  private static Optional<Outcome> runLocked(RegistryLoader loader, Build build, LocalDate date)
      throws RegistryException, RenderException, IOException {
    Build.Sources sources = build.read(loader);
    LoadedRegistry loaded = loader.load(build.registryFile().toString(), sources.registry());
    build.requireValidHistory(sources.changelog()); // as it is, before the new entry
    Releases releases = Releases.in(build.site());
    Optional<Version> latest = releases.latest();
    String changelog = sources.changelog();
    Version declared = loaded.registry().policy().version();

    if (latest.isEmpty()) {
      // The first release: the registry as it stands is what users are shown.
      DiffReport none = new DiffReport(List.of());
      String text =
          ChangelogEntry.hasEntry(changelog, declared)
              ? changelog
              : ChangelogEntry.insert(
                  changelog,
                  ChangelogEntry.of(
                      declared,
                      loaded.registry().policy().lastUpdated(),
                      loaded.registry().policy().effective(),
                      none),
                  declared);
      commit(loader, build, sources, sources.registry(), text);
      return Optional.of(
          new Outcome(Optional.empty(), declared, loaded.registry().policy().effective(), none));
    }

    Registry latestRegistry = releases.registry(latest.get(), Build.archived(loader));
    DiffReport report = RegistryDiff.compare(latestRegistry, loaded.registry());
    // Nothing changed and no new version asked for: nothing to release. A version raised by hand is
    // released as
    // declared, even without other changes (check asks for exactly that).
    if (report.changes().isEmpty() && declared.equals(latest.get())) return Optional.empty();
    List<Diagnostic> voiding = ReleaseGate.consentInvalidated(report, loaded);
    if (!voiding.isEmpty()) throw new RegistryException(voiding);
    List<Diagnostic> untranslated =
        ReleaseGate.translationBehind(report, loaded, build.registryFile());
    if (!untranslated.isEmpty()) throw new RegistryException(untranslated);

    Version version = Bump.released(latest.get(), declared, report.verdict());
    LocalDate effective =
        effective(report, date, loaded.registry().policy(), latestRegistry.policy().effective());

    String yaml = new String(sources.registry(), StandardCharsets.UTF_8);
    try {
      yaml = RegistryEditor.set(yaml, loaded.sourceMap(), "/policy/version", version.toString());
      yaml = RegistryEditor.set(yaml, loaded.sourceMap(), "/policy/lastUpdated", date.toString());
      yaml =
          RegistryEditor.set(yaml, loaded.sourceMap(), "/policy/effective", effective.toString());
    } catch (IllegalArgumentException e) {
      throw new RegistryException(
          Diagnostic.error(
              loaded.sourceMap().file(),
              loaded.sourceMap().locate("/policy"),
              "release",
              "cannot set the version and dates: write "
                  + "version, effective and lastUpdated each on its own line under policy: ("
                  + e.getMessage()
                  + ")"));
    }
    byte[] released = yaml.getBytes(StandardCharsets.UTF_8);
    loader.load(build.registryFile().toString(), released); // still valid before writing

    String text =
        ChangelogEntry.insert(
            changelog, ChangelogEntry.of(version, date, effective, report), version);
    commit(loader, build, sources, released, text);
    return Optional.of(new Outcome(latest, version, effective, report));
  }

  /**
   * When a release on {@code date} takes effect: a material one after the notice period, others on
   * the day; never before {@code pending}, the date a material change released earlier takes
   * effect, so a later release cannot cut its notice period short. The policy has one effective
   * date for its whole text (see {@link dev.cookiereg.release.ChangeSummary}).
   */
  static LocalDate effective(DiffReport report, LocalDate date, Policy policy, LocalDate pending) {
    LocalDate own =
        report.verdict() == Level.MATERIAL ? date.plusDays(policy.noticePeriodDays()) : date;
    return pending.isAfter(own) ? pending : own;
  }

  /**
   * Builds the site from the new registry and changelog, archiving the version, and commits the
   * three together: the files on disk change only once the whole site is staged.
   */
  private static void commit(
      RegistryLoader loader, Build build, Build.Sources before, byte[] registry, String changelog)
      throws RegistryException, RenderException, IOException {
    List<SiteWriter.Replacement> replaced = new ArrayList<>();
    if (!Arrays.equals(registry, before.registry())) {
      replaced.add(new SiteWriter.Replacement(build.registryFile(), registry));
    }
    if (!changelog.equals(before.changelog()) || !Files.exists(build.changelog())) {
      replaced.add(
          new SiteWriter.Replacement(
              build.changelog(), changelog.getBytes(StandardCharsets.UTF_8)));
    }
    build.write(loader, new Build.Sources(registry, changelog), true, replaced);
  }
}
