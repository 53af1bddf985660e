package dev.cookiereg;

import dev.cookiereg.render.AssetsRenderer;
import dev.cookiereg.render.BannerCategoriesRenderer;
import dev.cookiereg.render.CookieConsentRenderer;
import dev.cookiereg.render.DeviceStorageRenderer;
import dev.cookiereg.render.KlaroRenderer;
import dev.cookiereg.render.ManifestRenderer;
import dev.cookiereg.render.ManifestSchemaRenderer;
import dev.cookiereg.render.HistoryPageRenderer;
import dev.cookiereg.render.NoticeRenderer;
import dev.cookiereg.render.PolicyPageRenderer;
import dev.cookiereg.render.RegistrySchemaRenderer;
import dev.cookiereg.render.RenderContext;
import dev.cookiereg.render.RenderException;
import dev.cookiereg.render.Renderer;
import dev.cookiereg.render.SiteFile;
import dev.cookiereg.render.Templates;
import dev.cookiereg.write.SiteSink;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Renders every output of the site from a loaded registry, in memory, in a fixed order. */
public final class SiteBuilder {
  /** Every output of the site, one renderer each; the order is the order files are listed. */
  private final Templates templates = new Templates();
  private final List<Renderer> renderers = List.of(
      new PolicyPageRenderer(templates),
      new HistoryPageRenderer(templates),
      new AssetsRenderer(),
      new RegistrySchemaRenderer(),
      new ManifestRenderer(),
      new ManifestSchemaRenderer(),
      new BannerCategoriesRenderer(),
      new CookieConsentRenderer(),
      new KlaroRenderer(),
      new DeviceStorageRenderer(),
      new NoticeRenderer());

  /** Renders every output into {@code sink}, one file at a time, in a fixed order. */
  public void render(RenderContext context, SiteSink sink) throws RenderException, IOException {
    for (Renderer r : renderers) {
      for (SiteFile f : r.render(context)) sink.accept(f);
    }
  }

  /** Renders every output into a list (for tests and small sites); two outputs may not share a path. */
  public List<SiteFile> render(RenderContext context) throws RenderException {
    List<SiteFile> files = new ArrayList<>();
    Set<String> paths = new HashSet<>();
    try {
      render(context, f -> {
        if (!paths.add(f.path())) throw new IOException("two renderers write " + f.path());
        files.add(f);
      });
    } catch (IOException e) {
      throw new RenderException(e.getMessage(), e);
    }
    return List.copyOf(files);
  }
}
