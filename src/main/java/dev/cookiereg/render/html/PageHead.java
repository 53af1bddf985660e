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
    String canonical, String description, String siteName, String favicon, String faviconType) {}
