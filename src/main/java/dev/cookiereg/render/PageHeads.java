package dev.cookiereg.render;

import dev.cookiereg.model.Registry;
import dev.cookiereg.render.html.PageHead;
import dev.cookiereg.site.PublicUrls;
import java.util.Locale;

/** The head of each page, from the registry: its public address, description and icon. */
final class PageHeads {
  private PageHeads() {}

  /** The head of the page at {@code sitePath}, described by {@code description}. */
  static PageHead of(RenderContext context, String sitePath, String description) {
    Registry r = context.registry();
    String url = r.policy().url();
    String favicon = r.policy().favicon();
    return new PageHead(
        PublicUrls.known(url) ? PublicUrls.of(url, sitePath) : null,
        description,
        r.controller().shortName(),
        favicon,
        favicon == null ? null : mediaType(favicon));
  }

  /** The media type of an icon by its extension: PNG, SVG or ICO (the schema allows no other). */
  static String mediaType(String path) {
    String p = path.toLowerCase(Locale.ROOT);
    if (p.endsWith(".svg")) return "image/svg+xml";
    if (p.endsWith(".ico")) return "image/x-icon";
    return "image/png";
  }
}
