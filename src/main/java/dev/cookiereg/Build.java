package dev.cookiereg;

import dev.cookiereg.diagnostic.Diagnostic;
import dev.cookiereg.diagnostic.Location;
import dev.cookiereg.diagnostic.RegistryException;
import dev.cookiereg.i18n.Translations;
import dev.cookiereg.load.Inputs;
import dev.cookiereg.model.Version;
import dev.cookiereg.release.Archive;
import dev.cookiereg.release.ArchiveNotice;
import dev.cookiereg.release.ChangeSummary;
import dev.cookiereg.release.ConsentRevisions;
import dev.cookiereg.release.JsonDifference;
import dev.cookiereg.release.Releases;
import dev.cookiereg.render.ManifestRenderer;
import dev.cookiereg.render.RenderContext;
import dev.cookiereg.render.SiteBuilder;
import dev.cookiereg.render.VersionIndex;
import dev.cookiereg.site.RenderException;
import dev.cookiereg.site.SiteFile;
import dev.cookiereg.site.SitePaths;
import dev.cookiereg.site.SiteSink;
import dev.cookiereg.validate.ChangelogLint;
import dev.cookiereg.write.SiteLock;
import dev.cookiereg.write.SiteWriter;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The pipeline, top to bottom: load and validate the registry, verify the release archive, compare
 * the registry with the previous release, render every output, carry the archive over, and write it
 * all atomically under the site's lock (or compare it with the site on disk).
 *
 * @param registryFile the registry, usually {@code cookies.yaml}
 * @param templates a folder of templates and assets, or null for {@code templates/} beside the
 *     registry (if present) or else the defaults in the jar
 * @param changelog the policy history, usually {@code CHANGELOG.md} beside the registry; may be
 *     absent
 * @param site the site folder, which also holds the archive of released versions
 */
public record Build(Path registryFile, Path templates, Path changelog, Path site) {

  /**
   * What a build renders from, read once: the registry's bytes and the policy history (empty when
   * absent).
   */
  public record Sources(byte[] registry, String changelog) {
    public Sources {
      registry = registry.clone();
    }

    @Override
    public byte[] registry() {
      return registry.clone();
    }
  }

  /**
   * A build of {@code cookies.yaml} with the templates, CHANGELOG.md and site that sit beside it; a
   * templates folder or site given (not null) is used instead.
   */
  public static Build of(Path registryFile, Path templates, Path site) {
    Path dir = registryFile.toAbsolutePath().getParent();
    Path t =
        templates != null
            ? templates
            : Files.isDirectory(dir.resolve("templates")) ? dir.resolve("templates") : null;
    Path s = site != null ? site : registryFile.resolveSibling("site");
    return new Build(registryFile, t, dir.resolve("CHANGELOG.md"), s);
  }

  /** The largest policy history read: years of entries fit many times over. */
  static final long MAX_HISTORY_BYTES = 16L << 20;

  /** Reads the registry and the policy history (when there is one) as they are on disk now. */
  public Sources read(RegistryLoader loader) throws RegistryException, IOException {
    byte[] registry = loader.read(registryFile);
    if (!Files.exists(changelog, LinkOption.NOFOLLOW_LINKS)) return new Sources(registry, "");
    try {
      return new Sources(registry, Inputs.readUtf8(changelog, MAX_HISTORY_BYTES));
    } catch (Inputs.NotARegularFile | Inputs.TooLarge e) {
      throw new RegistryException(
          Diagnostic.error(changelogName(), Location.START, "io", e.getReason()));
    } catch (CharacterCodingException e) {
      throw new RegistryException(
          Diagnostic.error(changelogName(), Location.START, "io", "not valid UTF-8"));
    }
  }

  /**
   * Loads, validates and renders the whole site, archive included. Nothing new is written; only a
   * write that was killed earlier is completed first (see {@link SiteWriter#recover}).
   */
  public List<SiteFile> render(RegistryLoader loader)
      throws RegistryException, RenderException, IOException {
    List<SiteFile> files = new ArrayList<>();
    try (SiteLock lock = SiteLock.acquire(site)) {
      SiteWriter.recover(site);
      render(loader, read(loader), false, files::add);
    }
    return List.copyOf(files);
  }

  /**
   * What renders in one JVM keep between runs (a preview): the loader with its compiled schema, the
   * builder with its parsed templates, and the reader of released registries (which may keep what
   * it read).
   */
  public record Tools(
      RegistryLoader loader,
      SiteBuilder builder,
      Releases.RegistryReader released,
      ArchiveOutputs archiveOutputs) {
    /** Fresh tools for one build: the templates start parsing on another core at once. */
    static Tools fresh(RegistryLoader loader, Path templates) {
      return new Tools(
          loader, new SiteBuilder().prepare(templates), archived(loader), ArchiveOutputs.MADE);
    }
  }

  /**
   * The archive as it is written: its files, each page with its archive notice (added once, to a
   * page archived without one), then its record ({@code versions/SHA256SUMS}) and index ({@code
   * versions/index.json}); a preview remembers them while the archive stays the same.
   */
  @FunctionalInterface
  public interface ArchiveOutputs {
    List<SiteFile> of(List<SiteFile> archived) throws RenderException;

    /** Made from the files every time. */
    ArchiveOutputs MADE =
        a -> {
          List<SiteFile> files = ArchiveNotice.addTo(a);
          List<SiteFile> out = new ArrayList<>(files);
          out.add(Archive.record(files));
          out.add(VersionIndex.of(files));
          return List.copyOf(out);
        };
  }

  /** Reads the verified archive of released versions, when the pipeline gets to it. */
  @FunctionalInterface
  public interface ArchiveSource {
    List<SiteFile> read() throws IOException;
  }

  /** What a render made besides its files: the registry as loaded, and what it rendered from. */
  public record Rendered(LoadedRegistry loaded, RenderContext context, List<SiteFile> archive) {
    public Rendered {
      archive = List.copyOf(archive);
    }
  }

  /**
   * Renders {@code sources} into {@code sink} and nothing else: the site on disk is neither locked
   * nor recovered nor written, only its archive is read, through {@code archive}. For a preview,
   * which keeps its {@code tools} between renders.
   */
  public Rendered renderInMemory(Tools tools, Sources sources, ArchiveSource archive, SiteSink sink)
      throws RegistryException, RenderException, IOException {
    return render(tools, sources, archive, false, sink);
  }

  /**
   * The pipeline: each output goes to {@code sink} as soon as it is rendered, so memory holds one
   * at a time; two outputs of one path are refused whatever the sink. With {@code archiveCurrent},
   * the registry's version is archived as released.
   */
  private void render(RegistryLoader loader, Sources sources, boolean archiveCurrent, SiteSink to)
      throws RegistryException, RenderException, IOException {
    Tools tools = Tools.fresh(loader, templates); // templates parse meanwhile
    render(tools, sources, () -> Archive.read(site), archiveCurrent, to);
  }

  private Rendered render(
      Tools tools,
      Sources sources,
      ArchiveSource archiveSource,
      boolean archiveCurrent,
      SiteSink to)
      throws RegistryException, RenderException, IOException {
    Set<String> paths = new HashSet<>();
    SiteSink sink =
        f -> {
          if (!paths.add(f.path())) throw new IOException("two outputs write " + f.path());
          to.accept(f);
        };
    LoadedRegistry loaded =
        tools.loader().load(registryFile.toString(), sources.registry()); // load + validate
    requireValidHistory(sources.changelog()); // and the history it publishes
    List<SiteFile> archive = archiveSource.read(); // the archive, verified
    RenderContext context =
        context(
            tools.loader(), tools.released(), loaded, sources.changelog(), archive); // diff with it
    Version version = loaded.registry().policy().version();
    List<SiteFile> released = new ArrayList<>();
    tools
        .builder()
        .render(
            context,
            f -> { // render every output
              if (archiveCurrent && Archive.isReleased(f)) released.add(f);
              sink.accept(f);
            });
    List<SiteFile> archived = archive; // the archive, carried over
    if (archiveCurrent) { // with this release
      String current = SitePaths.version(version.toString());
      archived = new ArrayList<>(archive);
      archived.removeIf(f -> f.path().startsWith(current));
      archived.addAll(Archive.of(version, released, sources.registry(), translations(loaded)));
    }
    SiteFile index = null;
    if (!archived.isEmpty()) {
      for (SiteFile f : tools.archiveOutputs().of(archived)) { // with notices, record, index
        sink.accept(f);
        if (f.path().equals(SitePaths.VERSIONS_INDEX)) index = f;
      }
    }
    sink.accept(tools.builder().renderVersionsPage(context, index)); // and its page
    return new Rendered(loaded, context, archive);
  }

  /**
   * The translation files of {@code loaded}'s languages as they are beside the registry, named as a
   * release archives them ({@code cookies.fr.yaml}); a language without a file has none.
   */
  private List<SiteFile> translations(LoadedRegistry loaded) throws IOException {
    List<SiteFile> out = new ArrayList<>();
    for (var language : loaded.registry().languages()) {
      Path file = Translations.fileOf(registryFile, language);
      if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) continue;
      out.add(
          new SiteFile(
              Releases.translationName(language.primary()),
              Inputs.read(file, dev.cookiereg.load.YamlTreeReader.MAX_BYTES)));
    }
    return out;
  }

  /**
   * What the manifest and the banner configs of {@code loaded} render from, against the verified
   * archive on disk (the pages' history is not read).
   */
  public RenderContext context(RegistryLoader loader, LoadedRegistry loaded)
      throws RegistryException, IOException {
    return context(loader, archived(loader), loaded, "", Archive.read(site));
  }

  /**
   * What every output renders from: the registry, compared with the newest older release and, per
   * category, with every release (consent revisions).
   */
  private RenderContext context(
      RegistryLoader loader,
      Releases.RegistryReader released,
      LoadedRegistry loaded,
      String changelog,
      List<SiteFile> archive)
      throws RegistryException {
    Releases releases = Releases.of(site, archive);
    ChangeSummary change = releases.summary(released, loaded.registry());
    ConsentRevisions revisions = releases.consentRevisions(released, loaded.registry());
    return RenderContext.of(
        loaded.registry(), templates, changelog, loader.schema().schemaJson(), change, revisions);
  }

  /**
   * Refuses a policy history the history page must not publish (an image, two entries of one
   * version).
   */
  public void requireValidHistory(String history) throws RegistryException {
    List<Diagnostic> found = ChangelogLint.check(history, changelogName());
    if (found.stream().anyMatch(Diagnostic::isError)) throw new RegistryException(found);
  }

  /** The history's name in diagnostics: beside the registry, as the registry was named. */
  public String changelogName() {
    return registryFile.resolveSibling(changelog.getFileName()).toString();
  }

  /** The change summary against the newest release older than the registry's version. */
  public ChangeSummary changeSinceLastRelease(RegistryLoader loader, LoadedRegistry loaded)
      throws RegistryException, IOException {
    return changeSinceLastRelease(Releases.in(site), loader, loaded);
  }

  private static ChangeSummary changeSinceLastRelease(
      Releases releases, RegistryLoader loader, LoadedRegistry loaded) throws RegistryException {
    return releases.summary(archived(loader), loaded.registry());
  }

  /** Reads an archived registry with {@code loader}, for comparison only. */
  static Releases.RegistryReader archived(RegistryLoader loader) {
    return (name, content) -> loader.loadForComparison(name, content).registry();
  }

  /** Renders and replaces the site atomically; returns how many files were written. */
  public int write(RegistryLoader loader) throws RegistryException, RenderException, IOException {
    try (SiteLock lock = SiteLock.acquire(site)) {
      return write(loader, read(loader), false, List.of());
    }
  }

  /**
   * Renders {@code sources} (archiving their version when asked) straight into a staged site and
   * swaps it in, together with {@code replaced} source files when given (a release): all of it, or
   * nothing. The caller holds the site's lock. Returns how many files were written.
   */
  public int write(
      RegistryLoader loader,
      Sources sources,
      boolean archiveCurrent,
      List<SiteWriter.Replacement> replaced)
      throws RegistryException, RenderException, IOException {
    SiteWriter.requireOutside(site, registryFile, changelog, templates);
    int[] count = {0};
    try (SiteWriter.Staging staging = SiteWriter.begin(site)) { // recover, then stage
      render(
          loader,
          sources,
          archiveCurrent,
          f -> {
            staging.accept(f);
            count[0]++;
          });
      staging.commit(replaced); // write (atomic swap)
    }
    return count[0];
  }

  /**
   * Where the manifest this build writes for {@code loaded}'s version differs from the copy
   * archived when that version was released: the JSON pointer of the first difference, or empty
   * when they are the same bytes or the version is not released.
   */
  public Optional<String> releasedManifestDifference(RegistryLoader loader, LoadedRegistry loaded)
      throws RegistryException, RenderException, IOException {
    String archived =
        SitePaths.version(loaded.registry().policy().version().toString()) + SitePaths.MANIFEST;
    List<SiteFile> archive = Archive.read(site);
    Optional<SiteFile> released = archive.stream().filter(f -> f.path().equals(archived)).findAny();
    if (released.isEmpty()) return Optional.empty();
    RenderContext context = context(loader, archived(loader), loaded, "", archive);
    byte[] live = new ManifestRenderer().render(context).get(0).content();
    if (Arrays.equals(live, released.get().content())) return Optional.empty();
    return Optional.of(JsonDifference.first(released.get().content(), live));
  }

  /** Renders and lists where the site differs from what would be written; empty when current. */
  public List<String> check(RegistryLoader loader)
      throws RegistryException, RenderException, IOException {
    try (SiteLock lock = SiteLock.acquire(site)) {
      SiteWriter.Comparison comparison = SiteWriter.compare(site);
      render(loader, read(loader), false, comparison);
      return comparison.differences();
    }
  }
}
