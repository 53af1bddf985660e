package dev.cookiereg;

import dev.cookiereg.diagnostic.RegistryException;
import dev.cookiereg.diff.RegistryDiff;
import dev.cookiereg.model.Version;
import dev.cookiereg.release.Archive;
import dev.cookiereg.release.ChangeSummary;
import dev.cookiereg.release.Releases;
import dev.cookiereg.render.RenderContext;
import dev.cookiereg.render.RenderException;
import dev.cookiereg.render.SiteFile;
import dev.cookiereg.write.SiteWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The pipeline, top to bottom: load and validate the registry, compare it with the previous release, render
 * every output in memory, carry the release archive over, and write it all atomically (or compare it with the
 * site on disk).
 *
 * @param registryFile the registry, usually {@code cookies.yaml}
 * @param templates a folder of templates and assets, or null for {@code templates/} beside the registry (if
 *     present) or else the defaults in the jar
 * @param changelog the policy history, usually {@code CHANGELOG.md} beside the registry; may be absent
 * @param site the site folder, which also holds the archive of released versions
 */
public record Build(Path registryFile, Path templates, Path changelog, Path site) {

  /** A build of {@code cookies.yaml} with the templates and CHANGELOG.md that sit beside it. */
  public static Build of(Path registryFile, Path templates, Path site) {
    Path dir = registryFile.toAbsolutePath().getParent();
    Path t = templates != null ? templates : Files.isDirectory(dir.resolve("templates")) ? dir.resolve("templates") : null;
    return new Build(registryFile, t, dir.resolve("CHANGELOG.md"), site);
  }

  /** Loads, validates and renders the whole site, archive included; nothing is written. */
  public List<SiteFile> render(RegistryLoader loader) throws RegistryException, RenderException, IOException {
    return render(loader, false);
  }

  /**
   * Renders the whole site; with {@code archiveCurrent}, also archives the registry's version as released.
   */
  public List<SiteFile> render(RegistryLoader loader, boolean archiveCurrent)
      throws RegistryException, RenderException, IOException {
    LoadedRegistry loaded = loader.load(registryFile);                          // load + validate
    SiteWriter.recover(site);                                                   // finish a killed write first
    ChangeSummary change = changeSinceLastRelease(loader, loaded);              // diff with the previous release
    String history = Files.isRegularFile(changelog) ? Files.readString(changelog, StandardCharsets.UTF_8) : "";
    RenderContext context = RenderContext.of(loaded.registry(), templates, history, loader.schema().schemaJson(),
        change, loaded.digest());
    List<SiteFile> files = new ArrayList<>(new SiteBuilder().render(context));  // render every output
    List<SiteFile> archive = Archive.read(site);                                // carry the archive over
    if (archiveCurrent) {
      Version v = loaded.registry().policy().version();
      String prefix = Releases.DIR + "/" + v + "/";
      archive.removeIf(f -> f.path().startsWith(prefix));
      archive.addAll(Archive.of(v, files, Files.readAllBytes(registryFile)));
    }
    Set<String> generated = new HashSet<>();
    files.forEach(f -> generated.add(f.path()));
    archive.stream().filter(f -> !generated.contains(f.path())).forEach(files::add);
    return List.copyOf(files);
  }

  /** The change summary against the newest release older than the registry's version. */
  public ChangeSummary changeSinceLastRelease(RegistryLoader loader, LoadedRegistry loaded)
      throws RegistryException {
    Releases releases = Releases.in(site);
    Optional<Version> previous = releases.before(loaded.registry().policy().version());
    if (previous.isEmpty()) return ChangeSummary.FIRST;
    LoadedRegistry base = loader.loadForComparison(releases.registry(previous.get()));
    return new ChangeSummary(previous, RegistryDiff.compare(base.registry(), loaded.registry()));
  }

  /** Renders and replaces the site atomically; returns the files written. */
  public List<SiteFile> write(RegistryLoader loader) throws RegistryException, RenderException, IOException {
    return write(loader, false);
  }

  /** Renders (archiving the current version when asked) and replaces the site atomically. */
  public List<SiteFile> write(RegistryLoader loader, boolean archiveCurrent)
      throws RegistryException, RenderException, IOException {
    List<SiteFile> files = render(loader, archiveCurrent);
    SiteWriter.write(site, files);                                              // write (atomic swap)
    return files;
  }

  /** Renders and lists where the site differs from what would be written; empty when current. */
  public List<String> check(RegistryLoader loader) throws RegistryException, RenderException, IOException {
    return SiteWriter.differences(site, render(loader));
  }
}
