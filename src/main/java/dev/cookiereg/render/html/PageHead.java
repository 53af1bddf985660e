package dev.cookiereg.render.html;

/**
 * What a page's {@code <head>} tells search engines, link previews and browsers beyond its title.
 *
 * @param canonical the page's public address (canonical link and {@code og:url}), or null when the
 *     registry has no {@code policy.url}
 * @param description one sentence on what the page is ({@code description}, {@code og:description})
 * @param siteName the service the policy covers ({@code og:site_name})
 * @param favicon the site path of the icon the registry names, or null
 * @param faviconType its media type ({@code image/png}, {@code image/svg+xml}, {@code
 *     image/x-icon})
 */
public record PageHead(
    String canonical,
    String description,
    String siteName,
    String favicon,
    String faviconType,
    java.util.List<Alternate> alternates) {
  public PageHead {
    alternates = alternates == null ? java.util.List.of() : java.util.List.copyOf(alternates);
  }

  /** A page without editions in other languages. */
  public PageHead(
      String canonical, String description, String siteName, String favicon, String faviconType) {
    this(canonical, description, siteName, favicon, faviconType, java.util.List.of());
  }

  /**
   * The same page in one language, for {@code <link rel="alternate" hreflang>} and the visible
   * language switch.
   *
   * @param hreflang the BCP 47 tag, or {@code x-default} for the page shown to any other language
   * @param href the page's public address, or its path from this page when the policy has none
   * @param label the language's name in itself ({@code English}, {@code Français})
   * @param current true for the page's own language
   */
  public record Alternate(String hreflang, String href, String label, boolean current) {}
}
