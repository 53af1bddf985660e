package dev.cookiereg.render.html;

import dev.cookiereg.prose.Nesting;
import dev.cookiereg.prose.SafeLinks;
import dev.cookiereg.site.SitePaths;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.commonmark.renderer.html.UrlSanitizer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Markdown to safe HTML: raw HTML is escaped, links may only be https, mailto or in-page ({@code
 * #id}), images are written as their text, and no {@code rel} attribute is added. Immutable and
 * thread-safe; use {@link #INSTANCE}.
 */
public final class Markdown {
  /** The one parser and renderers of the build. */
  public static final Markdown INSTANCE = new Markdown(null);

  /**
   * For the policy history: also links to the archived versions ({@code
   * versions/1.0.0/index.html}).
   */
  public static final Markdown HISTORY =
      new Markdown(
          java.util.regex.Pattern.compile(
              java.util.regex.Pattern.quote(SitePaths.VERSIONS)
                  + "\\d{1,9}\\.\\d{1,9}\\.\\d{1,9}/index\\.html(#[A-Za-z0-9_-]*)?"));

  private final Parser parser = Parser.builder().build();
  private final java.util.regex.Pattern siteLinks;
  private final HtmlRenderer blocks;
  private final HtmlRenderer inline;
  private final TextContentRenderer plain = TextContentRenderer.builder().build();

  private Markdown(java.util.regex.Pattern siteLinks) {
    this.siteLinks = siteLinks;
    blocks = renderer(false, siteLinks).build();
    inline = renderer(true, siteLinks).build();
  }

  private static HtmlRenderer.Builder renderer(
      boolean omitSingleParagraphP, java.util.regex.Pattern siteLinks) {
    return HtmlRenderer.builder()
        .escapeHtml(true)
        .sanitizeUrls(true)
        .urlSanitizer(new SafeUrls(siteLinks))
        // commonmark adds rel="nofollow" to sanitized links; the policy's own links need none
        .attributeProviderFactory(context -> (node, tag, attributes) -> attributes.remove("rel"))
        .nodeRendererFactory(ImageAsText::new)
        .omitSingleParagraphP(omitSingleParagraphP);
  }

  /** Block HTML: paragraphs, lists, headings. */
  public String html(String markdown) {
    return blocks.render(parse(markdown));
  }

  /**
   * Inline HTML for one paragraph of Markdown (a list item, a table cell): no surrounding {@code
   * <p>}.
   */
  public String inlineHtml(String markdown) {
    return inline.render(parse(markdown)).strip();
  }

  /** Plain text for machine outputs: the words without markup, whitespace collapsed. */
  public String text(String markdown) {
    return plain.render(parse(markdown)).replaceAll("\\s+", " ").strip();
  }

  /**
   * The parsed document, for callers that need to inspect it (the history page's title).
   *
   * @throws Nesting.TooDeep when it nests deeper than the parser and renderers can recurse
   */
  public Node parse(String markdown) {
    return parser.parse(Nesting.check(markdown));
  }

  /** Block HTML of a parsed document. */
  public String html(Node document) {
    return blocks.render(document);
  }

  /**
   * Block HTML of a parsed document whose links into the site (those this instance allows besides
   * {@link SafeLinks}'s) go where {@code siteLink} sends them: a fragment for another site's page
   * links them absolutely. Every other link is written as {@link #html(Node)} writes it.
   */
  public String html(Node document, java.util.function.UnaryOperator<String> siteLink) {
    if (siteLinks == null) return html(document);
    return renderer(false, siteLinks)
        .attributeProviderFactory(
            context ->
                (node, tag, attributes) -> {
                  String href = attributes.get("href");
                  if (tag.equals("a") && href != null && siteLinks.matcher(href).matches()) {
                    attributes.put("href", siteLink.apply(href));
                  }
                })
        .build()
        .render(document);
  }

  /**
   * Writes an image as its alt text, never as {@code <img>}: the pages publish no images, and one
   * from another site would be fetched as the page opens, before consent (a tracking pixel). The
   * {@code image-in-prose} lint rule refuses images; this keeps a text that got past it harmless.
   */
  static final class ImageAsText implements NodeRenderer {
    private final HtmlWriter html;

    ImageAsText(HtmlNodeRendererContext context) {
      this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
      return Set.of(Image.class);
    }

    @Override
    public void render(Node image) {
      StringBuilder alt = new StringBuilder();
      image.accept(
          new AbstractVisitor() {
            @Override
            public void visit(Text text) {
              alt.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
              alt.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
              alt.append(' ');
            }

            @Override
            public void visit(HardLineBreak lineBreak) {
              alt.append(' ');
            }
          });
      html.text(alt.toString());
    }
  }

  /**
   * Allows the links {@link SafeLinks} allows, and site paths matching {@code siteLinks} when
   * given; anything else becomes an empty link target. Allows no image source.
   */
  static final class SafeUrls implements UrlSanitizer {
    private final java.util.regex.Pattern siteLinks;

    SafeUrls(java.util.regex.Pattern siteLinks) {
      this.siteLinks = siteLinks;
    }

    @Override
    public String sanitizeLinkUrl(String url) {
      String u = url.strip();
      if (siteLinks != null && siteLinks.matcher(u).matches()) return u;
      return SafeLinks.isSafe(u) ? u : "";
    }

    /** No image source survives: images are written as text ({@link ImageAsText}). */
    @Override
    public String sanitizeImageUrl(String url) {
      return "";
    }
  }
}
