package dev.cookiereg;

import dev.cookiereg.diagnostic.RegistryException;
import dev.cookiereg.model.Version;
import dev.cookiereg.release.Archive;
import dev.cookiereg.release.ChangeSummary;
import dev.cookiereg.release.Releases;
import dev.cookiereg.render.RenderContext;
import dev.cookiereg.render.RenderException;
import dev.cookiereg.render.SiteFile;
import dev.cookiereg.write.SiteSink;
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

  /**
   * A build of {@code cookies.yaml} with the templates, CHANGELOG.md and site that sit beside it; a templates
   * folder or site given (not null) is used instead.
   */
  public static Build of(Path registryFile, Path templates, Path site) {
    Path dir = registryFile.toAbsolutePath().getParent();
    Path t = templates != null ? templates : Files.isDirectory(dir.resolve("templates")) ? dir.resolve("templates") : null;
    Path s = site != null ? site : registryFile.resolveSibling("site");
    return new Build(registryFile, t, dir.resolve("CHANGELOG.md"), s);
  }

  /**
   * Loads, validates and renders the whole site, archive included. Nothing new is written; only a write that was
   * killed earlier is completed first (see {@link SiteWriter#recover}).
   */
  public List<SiteFile> render(RegistryLoader loader) throws RegistryException, RenderException, IOException {
    return render(loader, false);
  }

  /**
   * Renders the whole site into a list; with {@code archiveCurrent}, also archives the registry's version as
   * released.
   */
  public List<SiteFile> render(RegistryLoader loader, boolean archiveCurrent)
      throws RegistryException, RenderException, IOException {
    List<SiteFile> files = new ArrayList<>();
    render(loader, archiveCurrent, files::add);
    return List.copyOf(files);
  }

  /**
   * The pipeline: each output goes to {@code sink} as soon as it is rendered, so memory holds one at a time; two
   * outputs of one path are refused whatever the sink.
   */
  private void render(RegistryLoader loader, boolean archiveCurrent, SiteSink to)
      throws RegistryException, RenderException, IOException {
    Set<String> paths = new HashSet<>();
    SiteSink sink = f -> {
      if (!paths.add(f.path())) throw new IOException("two outputs write " + f.path());
      to.accept(f);
    };
    SiteBuilder builder = new SiteBuilder().prepare(templates);                // templates parse meanwhile
    LoadedRegistry loaded = loader.load(registryFile);                          // load + validate
    SiteWriter.recover(site);                                                   // finish a killed write first
    ChangeSummary change = changeSinceLastRelease(loader, loaded);              // diff with the previous release
    String history = Files.isRegularFile(changelog) ? Files.readString(changelog, StandardCharsets.UTF_8) : "";
    RenderContext context = RenderContext.of(loaded.registry(), templates, history, loader.schema().schemaJson(),
        change, loaded.digest());
    Version version = loaded.registry().policy().version();
    String current = Releases.DIR + "/" + version + "/";
    List<SiteFile> archive = Archive.read(site);                                // the archive, carried over
    if (archiveCurrent) archive.removeIf(f -> f.path().startsWith(current));
    List<SiteFile> released = new ArrayList<>();
    builder.render(context, f -> {                                              // render every output
      if (archiveCurrent && Archive.isReleased(f)) released.add(f);
      sink.accept(f);
    });
    for (SiteFile f : archive) sink.accept(f);
    if (archiveCurrent) {                                                       // archive this release
      for (SiteFile f : Archive.of(version, released, Files.readAllBytes(registryFile))) sink.accept(f);
    }
  }

  /** The change summary against the newest release older than the registry's version. */
  public ChangeSummary changeSinceLastRelease(RegistryLoader loader, LoadedRegistry loaded)
      throws RegistryException {
    Releases releases = Releases.in(site);
    Optional<Version> previous = releases.before(loaded.registry().policy().version());
    if (previous.isEmpty()) return ChangeSummary.FIRST;
    return new ChangeSummary(previous, releases.changesSince(previous.get(), loader, loaded.registry()));
  }

  /** Renders and replaces the site atomically; returns how many files were written. */
  public int write(RegistryLoader loader) throws RegistryException, RenderException, IOException {
    return write(loader, false);
  }

  /**
   * Renders (archiving the current version when asked) straight into a staged site and swaps it in; returns how
   * many files were written.
   */
  public int write(RegistryLoader loader, boolean archiveCurrent)
      throws RegistryException, RenderException, IOException {
    int[] count = {0};
    try (SiteWriter.Staging staging = SiteWriter.begin(site)) {
      render(loader, archiveCurrent, f -> {
        staging.accept(f);
        count[0]++;
      });
      staging.commit();                                                         // write (atomic swap)
    }
    return count[0];
  }

  /** Renders and lists where the site differs from what would be written; empty when current. */
  public List<String> check(RegistryLoader loader) throws RegistryException, RenderException, IOException {
    SiteWriter.Comparison comparison = SiteWriter.compare(site);
    render(loader, false, comparison);
    return comparison.differences();
  }
}
