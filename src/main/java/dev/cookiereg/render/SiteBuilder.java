package dev.cookiereg.render;

import dev.cookiereg.site.RenderException;
import dev.cookiereg.site.SiteFile;
import dev.cookiereg.site.SiteSink;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Renders every output of the site from a loaded registry. Renderers are independent, so a large
 * registry's run on all cores; their files are handed on in the list's fixed order, whatever
 * finishes first, so output stays deterministic.
 */
public final class SiteBuilder {
  private final Templates templates = new Templates();

  /** Every output of the site, one renderer each; the order is the order files are listed. */
  private final List<Renderer> renderers =
      List.of(
          new PolicyPageRenderer(templates),
          new HistoryPageRenderer(templates),
          new AssetsRenderer(),
          new EmbeddedPolicyRenderer(templates),
          new EmbeddedHistoryRenderer(templates),
          new EmbedStyleRenderer(),
          new RegistrySchemaRenderer(),
          new TranslationSchemaRenderer(),
          new ManifestRenderer(),
          new ManifestSchemaRenderer(),
          new BannerCategoriesRenderer(),
          new CookieConsentRenderer(),
          new KlaroRenderer(),
          new CookieConsentInitRenderer(),
          new KlaroInitRenderer(),
          new DeviceStorageRenderer(),
          new NoticeRenderer(),
          new GpcSupportRenderer());

  /** The page of the archive, rendered once the archive (with any new release) is known. */
  private final VersionsPageRenderer versionsPage = new VersionsPageRenderer(templates);

  /**
   * Starts preparing the page templates in {@code templatesFolder} (null for the jar's defaults),
   * and the manifest's format, on another core, while the registry loads.
   */
  public SiteBuilder prepare(Path templatesFolder) {
    templates.prepare(templatesFolder, PolicyPageRenderer.TEMPLATE, HistoryPageRenderer.TEMPLATE);
    CompletableFuture.runAsync(ManifestRenderer::prepare);
    return this;
  }

  /**
   * {@code versions/index.html}: the released versions that {@code index} ({@code
   * versions/index.json}, as built; null when nothing is released) lists.
   */
  public SiteFile renderVersionsPage(RenderContext context, SiteFile index) throws RenderException {
    return versionsPage.render(context, index);
  }

  /**
   * Below this many cookies a build is quicker on one thread: starting more costs more than it
   * saves.
   */
  static final int PARALLEL_FROM_COOKIES = 2_000;

  /** Renders every output into {@code sink}, one file at a time, in the renderers' order. */
  public void render(RenderContext context, SiteSink sink) throws RenderException, IOException {
    if (context.registry().cookies().size() < PARALLEL_FROM_COOKIES) {
      for (Renderer r : renderers) {
        for (SiteFile f : r.render(context)) sink.accept(f);
      }
      return;
    }
    int threads =
        Math.max(1, Math.min(renderers.size(), Runtime.getRuntime().availableProcessors()));
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "cookiereg-render");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<List<SiteFile>>> pending = new ArrayList<>();
      for (Renderer r : renderers) pending.add(pool.submit(() -> r.render(context)));
      for (Future<List<SiteFile>> f : pending) {
        for (SiteFile file : await(f)) sink.accept(file);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<SiteFile> await(Future<List<SiteFile>> future) throws RenderException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RenderException("interrupted while rendering", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RenderException re) throw re;
      if (cause instanceof RuntimeException re) throw re;
      if (cause instanceof Error err) throw err;
      throw new RenderException(String.valueOf(cause.getMessage()), cause);
    }
  }
}
