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
    List<SiteFile> out = new java.util.ArrayList<>();
    out.add(page(context));
    for (RenderContext edition : context.editions()) out.add(page(edition)); // fr/index.html
    return List.copyOf(out);
  }

  private SiteFile page(RenderContext context) throws RenderException {
    String path = context.edition().path(SitePaths.POLICY);
    var page = Views.guard(path, () -> new PolicyViewBuilder(context).build());
    return SiteFile.owning(path, templates.engine(context).render(TEMPLATE, "page", page));
  }
}
