package dev.cookiereg.render;

import dev.cookiereg.site.RenderException;
import dev.cookiereg.site.SiteFile;
import dev.cookiereg.site.SitePaths;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * {@code assets/policy-embed.css}: the templates' {@code assets/policy.css} with every rule scoped
 * under {@code .cookie-policy} ({@link ScopedStylesheet}), for the fragments under {@code embed/},
 * so the two stylesheets never differ but in scope. Nothing is derived when the templates have no
 * {@code policy.css}, or have a {@code policy-embed.css} of their own (copied as it is with the
 * other assets).
 */
final class EmbedStyleRenderer implements Renderer {
  private static final String SOURCE = fileName(SitePaths.STYLE);
  private static final String OWN = fileName(SitePaths.EMBED_STYLE);

  /** The last stylesheet scoped and its result: a preview's edits seldom change the stylesheet. */
  private volatile Scoped last;

  private record Scoped(String source, byte[] css, byte[] scoped) {}

  @Override
  public List<SiteFile> render(RenderContext context) throws RenderException {
    if (AssetsRenderer.read(context, OWN) != null) return List.of();
    AssetsRenderer.Asset style = AssetsRenderer.read(context, SOURCE);
    if (style == null) return List.of();
    Scoped done = last;
    if (done == null
        || !done.source().equals(style.source())
        || !Arrays.equals(done.css(), style.content())) {
      String css = new String(style.content(), StandardCharsets.UTF_8);
      String scoped = header() + ScopedStylesheet.scope(css, style.source());
      done = new Scoped(style.source(), style.content(), scoped.getBytes(StandardCharsets.UTF_8));
      last = done;
    }
    return List.of(new SiteFile(SitePaths.EMBED_STYLE, done.scoped()));
  }

  private static String header() {
    return "/* "
        + SitePaths.STYLE
        + " with every rule scoped under ."
        + ScopedStylesheet.CONTAINER
        + ", for the policy's fragments ("
        + SitePaths.EMBED_POLICY
        + ", "
        + SitePaths.EMBED_HISTORY
        + ").\n   Written by the build from the templates' "
        + SitePaths.STYLE
        + ": change that file, not this one. */\n";
  }

  private static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
