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

  public List<SiteFile> render(RenderContext context) throws RenderException {
    List<SiteFile> files = new ArrayList<>();
    Set<String> paths = new HashSet<>();
    for (Renderer r : renderers) {
      for (SiteFile f : r.render(context)) {
        if (!paths.add(f.path())) {
          throw new RenderException("two renderers write " + f.path());
        }
        files.add(f);
      }
    }
    return List.copyOf(files);
  }
}
