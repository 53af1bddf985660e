package dev.cookiereg.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The images in a Markdown text, found by the parser the pages use (so every form counts: inline,
 * reference-style, angle-bracketed, inside a link), each with where it starts; and what the {@code
 * image-in-prose} rule says of one.
 */
final class MarkdownImages {
  private static final Parser PARSER =
      Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

  /**
   * A URL a browser resolves against another host: a scheme, or {@code //} (browsers read {@code \}
   * as {@code /}).
   */
  private static final Pattern REMOTE =
      Pattern.compile("(?s)([A-Za-z][A-Za-z0-9+.-]*:|[/\\\\]{2}).*");

  private MarkdownImages() {}

  /**
   * An image.
   *
   * @param source its destination, with any reference resolved
   * @param line 1-based line of its {@code !} in the text
   * @param column 1-based column of its {@code !}
   */
  record Found(String source, int line, int column) {}

  /** Every image in the text, in order; nested ones ({@code ![![a](b)](c)}) included. */
  static List<Found> in(String markdown) {
    if (markdown.indexOf('!') < 0) return List.of(); // every image starts with one
    List<Found> found = new ArrayList<>();
    PARSER
        .parse(markdown)
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(Image image) {
                List<SourceSpan> spans = image.getSourceSpans();
                SourceSpan at = spans.isEmpty() ? null : spans.get(0);
                found.add(
                    new Found(
                        image.getDestination(),
                        at == null ? 1 : at.getLineIndex() + 1,
                        at == null ? 1 : at.getColumnIndex() + 1));
                visitChildren(image);
              }
            });
    return found;
  }

  /** The rule's message for an image with this source. */
  static String message(String source) {
    String shown = "image '" + Lints.abbreviate(source) + "'";
    // browsers drop tabs and line breaks from URLs and leading spaces and controls
    String url = source.replaceAll("[\\t\\n\\r]", "").replaceFirst("^[\\x00-\\x20]+", "");
    return REMOTE.matcher(url).matches()
        ? shown
            + " would be loaded from another site before consent, as a tracking pixel is; remove it or make it a "
            + "link"
        : shown + " cannot be shown: the site publishes no images; remove it";
  }
}
