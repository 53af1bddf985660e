package dev.cookiereg.release;

import dev.cookiereg.Build;
import dev.cookiereg.LoadedRegistry;
import dev.cookiereg.RegistryLoader;
import dev.cookiereg.diagnostic.Diagnostic;
import dev.cookiereg.diagnostic.RegistryException;
import dev.cookiereg.diff.DiffReport;
import dev.cookiereg.diff.Level;
import dev.cookiereg.model.Version;
import dev.cookiereg.render.RenderException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Cuts a policy version: compares the registry with the latest release, bumps the version by the verdict, sets
 * "Last Updated" and the effective date (a material change takes effect after the notice period), writes the
 * changelog entry, archives the version and rebuilds the site.
 */
public final class Release {
  /** What a release did. */
  public record Outcome(Optional<Version> previous, Version version, LocalDate effective, DiffReport report) {}

  private Release() {}

  /** Releases {@code build}'s registry on {@code date}; returns empty when there is nothing to release. */
  public static Optional<Outcome> run(RegistryLoader loader, Build build, LocalDate date)
      throws RegistryException, RenderException, IOException {
    Path registryFile = build.registryFile();
    LoadedRegistry loaded = loader.load(registryFile);
    Releases releases = Releases.in(build.site());
    Optional<Version> latest = releases.latest();
    String changelog = Files.isRegularFile(build.changelog())
        ? Files.readString(build.changelog(), StandardCharsets.UTF_8) : "";
    Version declared = loaded.registry().policy().version();

    if (latest.isEmpty()) {
      // The first release: the registry as it stands is what users are shown.
      DiffReport none = new DiffReport(List.of());
      String text = changelog.contains("## [" + declared + "]") ? changelog
          : ChangelogEntry.insert(changelog, ChangelogEntry.of(declared, loaded.registry().policy().lastUpdated(),
              loaded.registry().policy().effective(), none), declared);
      writeAndBuild(loader, build, Files.readString(registryFile, StandardCharsets.UTF_8), text);
      return Optional.of(new Outcome(Optional.empty(), declared, loaded.registry().policy().effective(), none));
    }

    DiffReport report = releases.changesSince(latest.get(), loader, loaded.registry());
    // Nothing changed and no new version asked for: nothing to release. A version raised by hand is released as
    // declared, even without other changes (check asks for exactly that).
    if (report.changes().isEmpty() && declared.equals(latest.get())) return Optional.empty();
    List<Diagnostic> voiding = ReleaseGate.consentInvalidated(report, loaded);
    if (!voiding.isEmpty()) throw new RegistryException(voiding);

    Version bumped = Bump.next(latest.get(), report.verdict());
    Version version = declared.compareTo(bumped) > 0 ? declared : bumped;
    LocalDate effective = report.verdict() == Level.MATERIAL
        ? date.plusDays(loaded.registry().policy().noticePeriodDays()) : date;

    String yaml = Files.readString(registryFile, StandardCharsets.UTF_8);
    try {
      yaml = RegistryEditor.set(yaml, loaded.sourceMap(), "/policy/version", version.toString());
      yaml = RegistryEditor.set(yaml, loaded.sourceMap(), "/policy/lastUpdated", date.toString());
      yaml = RegistryEditor.set(yaml, loaded.sourceMap(), "/policy/effective", effective.toString());
    } catch (IllegalArgumentException e) {
      throw new RegistryException(Diagnostic.error(loaded.sourceMap().file(),
          loaded.sourceMap().locate("/policy"), "release", "cannot set the version and dates: write "
              + "version, effective and lastUpdated each on its own line under policy: (" + e.getMessage() + ")"));
    }
    loader.load(registryFile.toString(), yaml.getBytes(StandardCharsets.UTF_8)); // still valid before writing

    String text = ChangelogEntry.insert(changelog, ChangelogEntry.of(version, date, effective, report), version);
    writeAndBuild(loader, build, yaml, text);
    return Optional.of(new Outcome(latest, version, effective, report));
  }

  /** Writes the registry and changelog, then builds with the archive; restores both if the build fails. */
  private static void writeAndBuild(RegistryLoader loader, Build build, String yaml, String changelog)
      throws RegistryException, RenderException, IOException {
    byte[] oldYaml = Files.readAllBytes(build.registryFile());
    byte[] oldChangelog = Files.isRegularFile(build.changelog()) ? Files.readAllBytes(build.changelog()) : null;
    replace(build.registryFile(), yaml.getBytes(StandardCharsets.UTF_8));
    replace(build.changelog(), changelog.getBytes(StandardCharsets.UTF_8));
    try {
      build.write(loader, true);
    } catch (RegistryException | RenderException | IOException | RuntimeException e) {
      replace(build.registryFile(), oldYaml);
      if (oldChangelog != null) {
        replace(build.changelog(), oldChangelog);
      } else {
        Files.deleteIfExists(build.changelog());
      }
      throw e;
    }
  }

  private static void replace(Path file, byte[] content) throws IOException {
    Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".tmp");
    Files.write(tmp, content);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
