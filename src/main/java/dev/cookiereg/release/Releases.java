package dev.cookiereg.release;

import dev.cookiereg.diagnostic.RegistryException;
import dev.cookiereg.diff.DiffReport;
import dev.cookiereg.diff.RegistryDiff;
import dev.cookiereg.model.Registry;
import dev.cookiereg.model.Version;
import dev.cookiereg.site.SiteFile;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The released versions archived under {@code site/versions/<version>/}, each with the registry as
 * released ({@code cookies.yaml}), its manifest and the policy page users saw; read from a verified
 * archive.
 */
public final class Releases {
  /** The archived registry of a release. */
  public static final String REGISTRY = "cookies.yaml";

  /** The archived translation file of a language: {@code cookies.fr.yaml} beside the registry. */
  public static String translationName(String primaryLanguage) {
    return "cookies." + primaryLanguage + ".yaml";
  }

  private final java.nio.file.Path site;
  private final TreeMap<Version, SiteFile> registries = new TreeMap<>();

  private Releases(java.nio.file.Path site, List<SiteFile> archive) {
    this.site = site;
    registries.putAll(Archive.byVersion(archive, REGISTRY));
  }

  /** The releases of {@code site}'s verified archive (see {@link Archive#read}). */
  public static Releases of(java.nio.file.Path site, List<SiteFile> archive) {
    return new Releases(site, archive);
  }

  /**
   * The releases archived in {@code site}, after verifying the archive; none when it has no
   * versions folder.
   */
  public static Releases in(java.nio.file.Path site) throws IOException {
    return new Releases(site, Archive.read(site));
  }

  /** Every released version, oldest first. */
  public List<Version> versions() {
    return List.copyOf(registries.keySet());
  }

  public Optional<Version> latest() {
    return registries.isEmpty() ? Optional.empty() : Optional.of(registries.lastKey());
  }

  /**
   * The newest release older than {@code version}: what a change summary of {@code version}
   * compares with.
   */
  public Optional<Version> before(Version version) {
    return Optional.ofNullable(registries.lowerKey(version));
  }

  /**
   * Reads an archived registry for comparison ({@code name} is its path, for diagnostics), and
   * compares registries; a preview, which reads and compares the same releases on every render,
   * remembers both.
   */
  @FunctionalInterface
  public interface RegistryReader {
    Registry read(String name, byte[] content) throws RegistryException;

    /** The classified changes from {@code base} to {@code head}. */
    default DiffReport compare(Registry base, Registry head) {
      return RegistryDiff.compare(base, head);
    }
  }

  /** The classified changes from released {@code version} to {@code registry}. */
  public DiffReport changesSince(Version version, RegistryReader reader, Registry registry)
      throws RegistryException {
    return reader.compare(registry(version, reader), registry);
  }

  /** The registry released as {@code version}. */
  public Registry registry(Version version, RegistryReader reader) throws RegistryException {
    SiteFile released = registries.get(version);
    if (released == null) throw new IllegalArgumentException("no release " + version);
    return reader.read(site.resolve(released.path()).toString(), released.content());
  }

  /**
   * What changed since the newest release older than {@code registry}'s version, and since the
   * newest older release in force on its release date ({@code lastUpdated}): the first whose
   * effective date is not after it. Older releases are read only while a material change is
   * pending.
   */
  public ChangeSummary summary(RegistryReader reader, Registry registry) throws RegistryException {
    Optional<Version> previous = before(registry.policy().version());
    if (previous.isEmpty()) return ChangeSummary.FIRST;
    Registry released = registry(previous.get(), reader);
    DiffReport report = reader.compare(released, registry);
    Optional<Version> inForce = previous;
    LocalDate day = registry.policy().lastUpdated();
    while (inForce.isPresent() && released.policy().effective().isAfter(day)) {
      inForce = before(inForce.get());
      if (inForce.isPresent()) released = registry(inForce.get(), reader);
    }
    if (inForce.equals(previous)) return ChangeSummary.of(previous, report);
    return new ChangeSummary(
        previous,
        report,
        inForce,
        inForce.isPresent() ? reader.compare(released, registry) : report);
  }

  /**
   * Each category's consent revision over every release older than {@code registry}'s version and
   * {@code registry} itself.
   */
  public ConsentRevisions consentRevisions(RegistryReader reader, Registry registry)
      throws RegistryException {
    List<Registry> history = new java.util.ArrayList<>();
    for (Version v : registries.headMap(registry.policy().version(), false).keySet()) {
      history.add(registry(v, reader));
    }
    history.add(registry);
    return ConsentRevisions.over(history, reader::compare);
  }

  /** Released versions and their registries, for tests and tools. */
  Map<Version, SiteFile> registries() {
    return Map.copyOf(registries);
  }
}
