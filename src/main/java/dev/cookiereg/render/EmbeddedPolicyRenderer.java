package dev.cookiereg.render;

import dev.cookiereg.site.RenderException;
import dev.cookiereg.site.SiteFile;
import dev.cookiereg.site.SitePaths;
import java.util.List;

/**
 * {@code embed/policy.html}: the Cookie Policy as a fragment for another site's page, rendered
 * through the page's own template ({@code policy.ftlh}), so the fragment and the page never differ
 * in content.
 */
final class EmbeddedPolicyRenderer implements Renderer {
  private final Templates templates;

  public EmbeddedPolicyRenderer(Templates templates) {
    this.templates = templates;
  }

  @Override
  public List<SiteFile> render(RenderContext context) throws RenderException {
    var page =
        Views.guard(
            SitePaths.EMBED_POLICY,
            () ->
                new PolicyViewBuilder(context)
                    .buildFragment(FragmentLinks.of(context.registry(), SitePaths.EMBED_POLICY)));
    return List.of(
        SiteFile.owning(
            SitePaths.EMBED_POLICY,
            templates.engine(context).render(PolicyPageRenderer.TEMPLATE, "page", page)));
  }
}
