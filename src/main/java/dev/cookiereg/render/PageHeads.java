package dev.cookiereg.render;

import dev.cookiereg.model.Language;
import dev.cookiereg.model.Registry;
import dev.cookiereg.render.html.PageHead;
import dev.cookiereg.site.PublicUrls;
import dev.cookiereg.site.SitePaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The head of each page, from the registry: its public address, description and icon. */
final class PageHeads {
  private PageHeads() {}

  /** The head of the page at {@code sitePath}, described by {@code description}. */
  static PageHead of(RenderContext context, String sitePath, String description) {
    Registry r = context.registry();
    String url = r.policy().url();
    String favicon = r.policy().favicon();
    Edition edition = context.edition();
    String path = edition.path(sitePath);
    return new PageHead(
        PublicUrls.known(url) ? PublicUrls.of(url, path) : null,
        description,
        r.controller().shortName(),
        favicon,
        favicon == null ? null : mediaType(favicon),
        alternates(context, sitePath));
  }

  /**
   * The page ({@code sitePath} of the source edition) in every language, the policy's own first,
   * then {@code x-default} (the policy's own); none when the registry has no other language.
   */
  static List<PageHead.Alternate> alternates(RenderContext context, String sitePath) {
    Registry r = context.registry();
    // only the policy and its history have editions in other languages
    boolean edited = sitePath.equals(SitePaths.POLICY) || sitePath.equals(SitePaths.HISTORY);
    if (r.languages().isEmpty() || !edited) return List.of();
    Edition here = context.edition();
    String url = r.policy().url();
    String source = here.isSource() ? r.policy().language() : null;
    List<PageHead.Alternate> out = new ArrayList<>();
    // the policy's own language: the registry's, which a translated registry no longer states
    String own = source != null ? source : SOURCE_LANGUAGE;
    String ownHref = href(url, here, "", sitePath);
    out.add(new PageHead.Alternate(own, ownHref, name(own), here.isSource()));
    for (Language l : r.languages()) {
      String folder = SitePaths.edition(l.primary());
      out.add(
          new PageHead.Alternate(
              l.code(),
              href(url, here, folder, sitePath),
              name(l.code()),
              !here.isSource() && here.language().code().equals(l.code())));
    }
    out.add(new PageHead.Alternate("x-default", ownHref, null, false));
    return List.copyOf(out);
  }

  /** The language the registry is written in; the translated registry states its edition's. */
  static final String SOURCE_LANGUAGE = "en";

  /** The public address of the page in {@code folder}, else its path from {@code here}. */
  private static String href(String url, Edition here, String folder, String sitePath) {
    if (PublicUrls.known(url)) return PublicUrls.of(url, folder + sitePath);
    return here.root() + folder + sitePath;
  }

  /** A language's name in itself, capitalised as a label: English, Français. */
  static String name(String code) {
    Locale locale = Locale.forLanguageTag(code);
    String name = locale.getDisplayLanguage(locale);
    return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
  }

  /** The media type of an icon by its extension: PNG, SVG or ICO (the schema allows no other). */
  static String mediaType(String path) {
    String p = path.toLowerCase(Locale.ROOT);
    if (p.endsWith(".svg")) return "image/svg+xml";
    if (p.endsWith(".ico")) return "image/x-icon";
    return "image/png";
  }
}
