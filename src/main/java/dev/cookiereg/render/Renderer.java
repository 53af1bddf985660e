package dev.cookiereg.render;

import dev.cookiereg.site.RenderException;
import dev.cookiereg.site.SiteFile;
import java.util.List;

/**
 * Renders one output of the site (or one family of files, such as the assets) from the build's
 * inputs.
 */
interface Renderer {
  /** The files this renderer produces, in a stable order. */
  List<SiteFile> render(RenderContext context) throws RenderException;
}
