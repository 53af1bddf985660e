package dev.cookiereg.render;

import dev.cookiereg.site.RenderException;
import dev.cookiereg.site.SiteFile;
import dev.cookiereg.site.SitePaths;
import java.util.List;

/**
 * {@code index.html}: the complete Cookie Policy, from the registry through {@code policy.ftlh}.
 */
final class PolicyPageRenderer implements Renderer {
  public static final String TEMPLATE = "policy.ftlh";
  private final Templates templates;

  public PolicyPageRenderer(Templates templates) {
    this.templates = templates;
  }

  @Override
  public List<SiteFile> render(RenderContext context) throws RenderException {
    var page = Views.guard(SitePaths.POLICY, () -> new PolicyViewBuilder(context).build());
    return List.of(
        SiteFile.owning(
            SitePaths.POLICY, templates.engine(context).render(TEMPLATE, "page", page)));
  }
}
