package dev.cookiereg.render;

import dev.cookiereg.i18n.Words;
import dev.cookiereg.prose.Nesting;
import dev.cookiereg.render.html.HistoryPage;
import dev.cookiereg.render.html.Markdown;
import dev.cookiereg.site.RenderException;
import dev.cookiereg.site.SiteFile;
import dev.cookiereg.site.SitePaths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    List<SiteFile> out = new ArrayList<>();
    out.add(
        SiteFile.owning(
            SitePaths.HISTORY, templates.engine(context).render(TEMPLATE, "page", page)));
    for (RenderContext edition : context.editions()) out.add(edition(edition, doc));
    return List.copyOf(out);
  }

  /**
   * An edition's history: every released version with its dates and level in the edition's words,
   * linked to its archived page, and the details of each change in the policy's language, linked.
   */
  private SiteFile edition(RenderContext context, Node doc) throws RenderException {
    Edition e = context.edition();
    String root = e.root();
    var page =
        view(
            context,
            doc,
            false,
            SitePaths.POLICY,
            root + SitePaths.VERSIONS_PAGE,
            "",
            entries(context, root),
            root + SitePaths.HISTORY);
    String path = e.path(SitePaths.HISTORY);
    return SiteFile.owning(path, templates.engine(context).render(TEMPLATE, "page", page));
  }

  /** An entry heading as release writes it: {@code ## [2.1.0] - 2026-11-30 [notable]}. */
  private static final Pattern ENTRY =
      Pattern.compile(
          "(?m)^## \\[(\\d+\\.\\d+\\.\\d+)\\] - (\\d{4}-\\d{2}-\\d{2})"
              + " \\[(material|notable|editorial)\\][ \\t]*$");

  private static final Pattern EFFECTIVE =
      Pattern.compile("(?m)^Effective (\\d{4}-\\d{2}-\\d{2})\\.");

  /** The released versions the history lists, newest first, in the edition's words. */
  static List<HistoryPage.Entry> entries(RenderContext context, String root) {
    Words words = context.edition().words();
    String history = context.changelog();
    List<HistoryPage.Entry> out = new ArrayList<>();
    Matcher m = ENTRY.matcher(history);
    while (m.find()) {
      int next = history.indexOf("\n## ", m.end());
      String body = history.substring(m.end(), next < 0 ? history.length() : next);
      Matcher eff = EFFECTIVE.matcher(body);
      String version = m.group(1);
      out.add(
          new HistoryPage.Entry(
              version,
              root + SitePaths.version(version) + SitePaths.POLICY,
              PolicyViewBuilder.date(LocalDate.parse(m.group(2)), words),
              eff.find() ? PolicyViewBuilder.date(LocalDate.parse(eff.group(1)), words) : null,
              words.get("history." + m.group(3))));
    }
    return out;
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
    return view(context, doc, fragment, policyHref, versionsHref, html, List.of(), null);
  }

  private static HistoryPage view(
      RenderContext context,
      Node doc,
      boolean fragment,
      String policyHref,
      String versionsHref,
      String html,
      List<HistoryPage.Entry> entries,
      String sourceHref) {
    var registry = context.registry();
    Words words = context.edition().words();
    String title = context.edition().isSource() ? firstHeading(doc) : words.get("history.title");
    return new HistoryPage(
        registry.policy().language(),
        title == null ? registry.policy().title() : title,
        registry.policy().title(),
        html,
        registry.consentPlatform().cookieSettingsLabel(),
        words.get("history.levelsTitle"),
        HistoryWords.levels(registry.policy(), words),
        PageHeads.of(
            context, SitePaths.HISTORY, HistoryWords.description(registry.policy(), words)),
        fragment,
        policyHref,
        versionsHref,
        context.edition().isSource() ? java.util.Map.of() : words.all(),
        context.edition().root(),
        entries,
        sourceHref);
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
