package dev.cookiereg.render;

import dev.cookiereg.site.SiteFile;
import dev.cookiereg.site.SitePaths;
import java.util.List;

/**
 * {@code banner/klaro-init.js}: starts Klaro with {@code klaro.json} beside it, region-aware (see
 * {@link InitScript}); categories are named by their Klaro purpose ids.
 */
final class KlaroInitRenderer implements Renderer {
  @Override
  public List<SiteFile> render(RenderContext context) {
    return List.of(InitScript.file(SitePaths.KLARO_INIT, "klaro", context, KlaroRenderer::purpose));
  }
}
