package dev.cookiereg.release;

import dev.cookiereg.RegistryLoader;
import dev.cookiereg.diagnostic.RegistryException;
import dev.cookiereg.diff.DiffReport;
import dev.cookiereg.diff.RegistryDiff;
import dev.cookiereg.model.Registry;
import dev.cookiereg.model.Version;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The released versions archived under {@code site/versions/<version>/}, each with the registry as released
 * ({@code cookies.yaml}), its manifest and the policy page users saw.
 */
public record Releases(Path versionsDir, List<Version> versions) {
  /** Where a site keeps its released versions. */
  public static final String DIR = "versions";
  /** The archived registry of a release. */
  public static final String REGISTRY = "cookies.yaml";

  public Releases {
    versions = versions.stream().sorted().toList();
  }

  /** The releases archived in {@code site}; none when it has no versions folder. */
  public static Releases in(Path site) {
    Path dir = site.resolve(DIR);
    List<Version> found = new ArrayList<>();
    if (Files.isDirectory(dir)) {
      try (Stream<Path> children = Files.list(dir)) {
        children.filter(p -> Files.isRegularFile(p.resolve(REGISTRY))).forEach(p -> {
          try {
            found.add(Version.parse(p.getFileName().toString()));
          } catch (IllegalArgumentException notAVersion) {
            // another folder: not a release
          }
        });
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new Releases(dir, found);
  }


  public Optional<Version> latest() {
    return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
  }

  /** The newest release older than {@code version}: what a change summary of {@code version} compares with. */
  public Optional<Version> before(Version version) {
    return versions.stream().filter(v -> v.compareTo(version) < 0).reduce((a, b) -> b);
  }

  public Path registry(Version version) {
    return versionsDir.resolve(version.toString()).resolve(REGISTRY);
  }

  /** The classified changes from released {@code version} to {@code registry}. */
  public DiffReport changesSince(Version version, RegistryLoader loader, Registry registry)
      throws RegistryException {
    return RegistryDiff.compare(loader.loadForComparison(registry(version)).registry(), registry);
  }
}
