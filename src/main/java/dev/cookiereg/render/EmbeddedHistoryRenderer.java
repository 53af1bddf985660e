package dev.cookiereg.render;

import dev.cookiereg.render.html.Markdown;
import dev.cookiereg.site.RenderException;
import dev.cookiereg.site.SiteFile;
import dev.cookiereg.site.SitePaths;
import java.util.List;
import org.commonmark.node.Node;

/**
 * {@code embed/history.html}: the policy history as a fragment for another site's page, rendered
 * through the page's own template ({@code history.ftlh}); its links to the policy and to archived
 * versions leave the fragment through {@link FragmentLinks}.
 */
final class EmbeddedHistoryRenderer implements Renderer {
  private final Templates templates;

  public EmbeddedHistoryRenderer(Templates templates) {
    this.templates = templates;
  }

  @Override
  public List<SiteFile> render(RenderContext context) throws RenderException {
    Node doc = HistoryPageRenderer.parse(context);
    FragmentLinks links =
        Views.guard(
            SitePaths.EMBED_HISTORY,
            () -> FragmentLinks.of(context.registry(), SitePaths.EMBED_HISTORY));
    var page =
        HistoryPageRenderer.view(
            context,
            doc,
            true,
            links.policy(),
            links.to(SitePaths.VERSIONS_PAGE),
            Markdown.HISTORY.html(doc, links::to));
    return List.of(
        SiteFile.owning(
            SitePaths.EMBED_HISTORY,
            templates.engine(context).render(HistoryPageRenderer.TEMPLATE, "page", page)));
  }
}
