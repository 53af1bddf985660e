package dev.cookiereg.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where the site's files are read by the public: the registry's {@code policy.url} is the address
 * of the published {@link SitePaths#POLICY}, and every other file of the site lies beside it, as a
 * browser resolves a relative link ({@code https://aktok.com/legal/cookies/} puts the history at
 * {@code https://aktok.com/legal/cookies/history.html}). Without that address the site can only
 * link its own files relatively, which holds inside the site and nowhere else.
 */
public final class PublicUrls {
  private PublicUrls() {}

  /**
   * The public address of the site file at {@code sitePath}: the policy's URL itself for the
   * policy, the others resolved against it; {@code sitePath} as it is when {@code policyUrl} is
   * null or cannot be resolved against.
   */
  public static String of(String policyUrl, String sitePath) {
    if (policyUrl == null || !isSafe(policyUrl)) return sitePath;
    if (sitePath.equals(SitePaths.POLICY)) return policyUrl;
    return resolve(policyUrl, sitePath);
  }

  /** True when the site's public address is known, so {@link #of} gives absolute addresses. */
  public static boolean known(String policyUrl) {
    return policyUrl != null && isSafe(policyUrl);
  }

  /**
   * {@code relative} (a site path, perhaps with an {@code #anchor}) resolved against {@code base}
   * as a browser would; an address without a path ({@code https://aktok.com}) counts as its root.
   */
  public static String resolve(String base, String relative) {
    try {
      URI b = new URI(base);
      if (b.getRawPath() == null || b.getRawPath().isEmpty()) b = b.resolve("/");
      URI r;
      try {
        r = new URI(relative);
      } catch (URISyntaxException e) {
        r = new URI(null, null, relative, null);
      }
      return b.resolve(r).toString();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return relative;
    }
  }

  /** An https: address that {@link URI} reads, with a host, and no fragment. */
  public static boolean isSafe(String url) {
    try {
      URI u = new URI(url);
      return "https".equals(u.getScheme().toLowerCase(Locale.ROOT))
          && u.getHost() != null
          && u.getRawFragment() == null;
    } catch (URISyntaxException | NullPointerException e) {
      return false;
    }
  }

  /**
   * True when the address's last segment says what it is — a folder ({@code …/}) or a file ({@code
   * …/cookies.html}) — so the site's other files resolve beside the policy; false for {@code
   * https://aktok.com/legal/cookies}, where a browser would put them in {@code /legal/}.
   */
  public static boolean isUnambiguous(String url) {
    String path = URI.create(url).getRawPath();
    if (path == null || path.isEmpty() || path.endsWith("/")) return true;
    String last = path.substring(path.lastIndexOf('/') + 1);
    return last.contains(".");
  }
}
