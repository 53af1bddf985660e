package dev.cookiereg.serve;

import dev.cookiereg.Build;
import dev.cookiereg.RegistryLoader;
import dev.cookiereg.diagnostic.Diagnostic;
import dev.cookiereg.diagnostic.RegistryException;
import dev.cookiereg.render.SiteBuilder;
import dev.cookiereg.site.RenderException;
import dev.cookiereg.site.SiteFile;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The site rendered in memory, again on every change, by a generator that stays warm: one loader
 * (its JSON Schema compiled once), one site builder (its templates parsed once, again only when a
 * template changes), the released registries loaded once, the archive verified once. Nothing is
 * written: the site folder is only read, for its archive of releases. A render that fails keeps the
 * last good site and says why in {@code check}'s words.
 *
 * <pre>{@code
 * Preview preview = new Preview(Build.of(registry, null, null), new RegistryLoader(), DiagnosticFormat.TEXT::format);
 * Snapshot s = preview.render(false); // s.files().get("index.html"), s.pending(), s.failure()
 * }</pre>
 *
 * Not thread-safe: one thread renders, others read the {@link Snapshot}s it returns.
 */
public final class Preview {
  private final Build build;
  private final RegistryLoader loader;
  private final Function<List<Diagnostic>, String> checkWords;
  private final ReleasedRegistries released;
  private final ArchiveCache archive;
  private final ArchiveOutputsMemory archiveOutputs = new ArchiveOutputsMemory();
  private SiteBuilder builder;
  private Snapshot last =
      new Snapshot(0, Map.of(), Optional.empty(), List.of(), Optional.empty(), 0);
  private Build.Sources lastSources;
  private Consumer<Throwable> internalErrors = t -> {};

  /**
   * A preview of {@code build}'s registry, history and templates, its site only read; problems are
   * written by {@code checkWords}, the formatter {@code check} prints with.
   */
  public Preview(
      Build build, RegistryLoader loader, Function<List<Diagnostic>, String> checkWords) {
    this.build = build;
    this.loader = loader;
    this.checkWords = checkWords;
    this.released = new ReleasedRegistries(loader);
    this.archive = new ArchiveCache(build.site());
    this.builder = new SiteBuilder().prepare(build.templates());
  }

  /**
   * Hands every internal error (a bug, not a fault of the files) to {@code listener} too, such as
   * {@code --verbose}'s stack trace; the failure shown names it in one line either way.
   */
  public Preview onInternalError(Consumer<Throwable> listener) {
    this.internalErrors = listener;
    return this;
  }

  public Build build() {
    return build;
  }

  /** The latest snapshot. */
  public Snapshot last() {
    return last;
  }

  /**
   * Renders the site as the files are now and returns the snapshot to serve: a new generation when
   * anything shown changed, else the same one. {@code templatesChanged} parses the templates again.
   * The registry and history are read again every time; when neither changed (a save without an
   * edit) and no template did, nothing is rendered.
   */
  public Snapshot render(boolean templatesChanged) {
    long start = System.nanoTime();
    if (templatesChanged) builder = new SiteBuilder().prepare(build.templates());
    Snapshot next;
    try {
      Build.Sources sources = build.read(loader);
      if (!templatesChanged && same(sources, lastSources) && last.generation() > 0) return last;
      Map<String, SiteFile> files = new LinkedHashMap<>();
      Build.Rendered rendered =
          build.renderInMemory(
              new Build.Tools(loader, builder, released, archiveOutputs),
              sources,
              archive::read,
              f -> files.put(f.path(), f));
      lastSources = sources;
      next =
          new Snapshot(
              last.generation(),
              files,
              Optional.of(PendingRelease.of(rendered, build.site(), released, checkWords)),
              lines(rendered.loaded().warnings()),
              Optional.empty(),
              millis(start));
    } catch (RegistryException e) {
      next = failed(lines(e.diagnostics()), start);
    } catch (RenderException e) {
      String m = e.getMessage(); // located when it is: templates/policy.ftlh:12:3: error: …
      next = failed(List.of(m.contains(": error: ") ? m : "error: " + m), start);
    } catch (IOException e) { // an archive not as released names its file
      String m = String.valueOf(e.getMessage());
      next = failed(List.of(m.contains(": error: ") ? m : "error: " + m), start);
    } catch (RuntimeException | StackOverflowError e) { // a bug: said, and the preview goes on
      internalErrors.accept(e);
      next = failed(List.of("error: internal error: " + e), start);
    }
    if (last.generation() > 0 && next.sameAs(last)) {
      last =
          new Snapshot(
              last.generation(),
              last.files(),
              last.pending(),
              last.warnings(),
              last.failure(),
              next.millis());
      return last;
    }
    last = next.next();
    return last;
  }

  /** The last good site and what it would release, under the failure. */
  private Snapshot failed(List<String> lines, long start) {
    lastSources = null; // whatever comes next is rendered
    return new Snapshot(
        last.generation(),
        last.files(),
        last.pending(),
        last.warnings(),
        Optional.of(new Snapshot.Failure(lines)),
        millis(start));
  }

  private List<String> lines(List<Diagnostic> diagnostics) {
    if (diagnostics.isEmpty()) return List.of();
    return checkWords.apply(diagnostics).lines().toList();
  }

  private static boolean same(Build.Sources a, Build.Sources b) {
    return b != null
        && a.changelog().equals(b.changelog())
        && Arrays.equals(a.registry(), b.registry());
  }

  private static long millis(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
