package dev.cookiereg.render;

import dev.cookiereg.prose.Nesting;
import dev.cookiereg.render.html.HistoryPage;
import dev.cookiereg.render.html.Markdown;
import dev.cookiereg.site.RenderException;
import dev.cookiereg.site.SiteFile;
import dev.cookiereg.site.SitePaths;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/** {@code history.html}: the policy history, CHANGELOG.md rendered through {@code history.ftlh}. */
final class HistoryPageRenderer implements Renderer {
  public static final String TEMPLATE = "history.ftlh";
  private final Templates templates;

  public HistoryPageRenderer(Templates templates) {
    this.templates = templates;
  }

  @Override
  public List<SiteFile> render(RenderContext context) throws RenderException {
    Node doc = parse(context);
    var page =
        view(
            context,
            doc,
            false,
            SitePaths.POLICY,
            SitePaths.VERSIONS_PAGE,
            Markdown.HISTORY.html(doc));
    return List.of(
        SiteFile.owning(
            SitePaths.HISTORY, templates.engine(context).render(TEMPLATE, "page", page)));
  }

  /** The policy history, CHANGELOG.md parsed. */
  static Node parse(RenderContext context) throws RenderException {
    try {
      return Markdown.HISTORY.parse(context.changelog());
    } catch (Nesting.TooDeep e) {
      throw new RenderException("CHANGELOG.md: error: " + e.getMessage(), e);
    }
  }

  /**
   * The view of the history {@code doc}, as the site's page or as a fragment, linking the policy at
   * {@code policyHref} and the released versions at {@code versionsHref}, with the history itself
   * as {@code html}.
   */
  static HistoryPage view(
      RenderContext context,
      Node doc,
      boolean fragment,
      String policyHref,
      String versionsHref,
      String html) {
    var registry = context.registry();
    String title = firstHeading(doc);
    return new HistoryPage(
        registry.policy().language(),
        title == null ? registry.policy().title() : title,
        registry.policy().title(),
        html,
        registry.consentPlatform().cookieSettingsLabel(),
        HistoryWords.LEVELS_TITLE,
        HistoryWords.levels(registry.policy()),
        PageHeads.of(context, SitePaths.HISTORY, HistoryWords.description(registry.policy())),
        fragment,
        policyHref,
        versionsHref);
  }

  /** The plain text of the first level-1 heading, or null. */
  private static String firstHeading(Node doc) {
    StringBuilder title = new StringBuilder();
    doc.accept(
        new AbstractVisitor() {
          private boolean done;

          @Override
          public void visit(Heading heading) {
            if (done || heading.getLevel() != 1) return;
            done = true;
            heading.accept(
                new AbstractVisitor() {
                  @Override
                  public void visit(Text text) {
                    title.append(text.getLiteral());
                  }
                });
          }
        });
    return title.length() == 0 ? null : title.toString();
  }
}
