package dev.cookiereg.render;

import dev.cookiereg.site.SiteFile;
import dev.cookiereg.site.SitePaths;
import java.util.List;

/**
 * {@code banner/cookieconsent-init.js}: starts vanilla-cookieconsent with {@code
 * cookieconsent.json} beside it, region-aware (see {@link InitScript}); the categories keep their
 * registry ids.
 */
final class CookieConsentInitRenderer implements Renderer {
  @Override
  public List<SiteFile> render(RenderContext context) {
    return List.of(
        InitScript.file(SitePaths.COOKIECONSENT_INIT, "cookieconsent", context, id -> id));
  }
}
