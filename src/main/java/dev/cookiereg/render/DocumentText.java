package dev.cookiereg.render;

import dev.cookiereg.manifest.Manifest;
import dev.cookiereg.render.html.PolicyPage;
import dev.cookiereg.render.html.PolicyPage.BlockView;
import dev.cookiereg.render.html.PolicyPage.ClauseView;
import dev.cookiereg.render.html.PolicyPage.ContactView;
import dev.cookiereg.render.html.PolicyPage.CookieTable;
import dev.cookiereg.render.html.PolicyPage.ListView;
import dev.cookiereg.render.html.PolicyPage.SectionView;
import dev.cookiereg.render.html.PolicyPage.TextView;
import dev.cookiereg.render.html.PolicyPage.ThirdPartyRow;
import dev.cookiereg.render.html.PolicyPage.ThirdPartyTable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The manifest's {@code document}: the policy's words as its page reads them, section by section in
 * plain text, from the same view the page is rendered from. A change to how the registry's source
 * is written that changes no word on the page changes nothing here.
 */
final class DocumentText {
  private DocumentText() {}

  /** The sections of {@code context}'s policy page, each with its own paragraphs, in page order. */
  static List<Manifest.Section> of(RenderContext context) {
    PolicyPage page = new PolicyViewBuilder(context, false).build();
    List<Manifest.Section> out = new ArrayList<>();
    for (SectionView s : page.sections()) add(s, out);
    return out;
  }

  private static void add(SectionView s, List<Manifest.Section> out) {
    List<String> text = new ArrayList<>();
    List<SectionView> subsections = new ArrayList<>();
    for (BlockView b : s.blocks()) {
      if (b instanceof SectionView sub) {
        subsections.add(sub);
      } else if (b instanceof ClauseView c) {
        clause(c, text);
      } else if (b instanceof TextView t) {
        paragraphs(t.html(), text);
      } else if (b instanceof ThirdPartyTable t) {
        table(t, text);
      } else if (b instanceof ContactView c) {
        contact(c, text);
      } else if (!(b instanceof CookieTable)) { // a cookie table's rows are the manifest's cookies
        throw new IllegalStateException("no plain text for " + b.kind());
      }
    }
    out.add(new Manifest.Section(s.id(), s.number(), s.title(), s.level(), text));
    for (SectionView sub : subsections) add(sub, out);
  }

  private static void clause(ClauseView c, List<String> text) {
    List<String> own = new ArrayList<>();
    paragraphs(c.html(), own);
    if (own.isEmpty()) own.add("");
    own.set(0, (c.number() + " " + own.get(0)).strip());
    text.addAll(own);
    ListView list = c.list();
    if (list != null) {
      for (PolicyPage.ListItem item : list.items()) {
        String words = plain(item.html());
        text.add(item.marker() == null ? words : item.marker() + " " + words);
      }
    }
    if (c.table() != null) table(c.table(), text);
  }

  /** A third party's row as "name: purpose (privacy)", as the table reads across. */
  private static void table(ThirdPartyTable t, List<String> text) {
    for (ThirdPartyRow row : t.rows()) {
      String privacy = plain(row.privacyHtml());
      text.add(
          row.name()
              + ": "
              + plain(row.purposeHtml())
              + (privacy.isEmpty() ? "" : " (" + privacy + ")"));
    }
  }

  private static void contact(ContactView c, List<String> text) {
    text.add(c.name());
    text.addAll(c.address());
    if (c.email() != null) text.add(c.email());
  }

  /** Each paragraph of an HTML fragment, in plain text; a fragment without paragraphs is one. */
  private static void paragraphs(String html, List<String> text) {
    for (String p : BLOCK_END.split(html)) {
      String words = plain(p);
      if (!words.isEmpty()) text.add(words);
    }
  }

  private static final Pattern BLOCK_END = Pattern.compile("</p>|<br\\s*/?>|</li>");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt|quot|#39|#(\\d{1,7}));");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  /**
   * The text of commonmark's HTML: tags dropped (paragraph ends are split on before), the entities
   * it writes decoded, runs of white space made one space. Commonmark escapes every {@code <},
   * {@code >} and {@code "} of text and attributes, so a tag never holds a {@code >} and no text
   * looks like a tag.
   */
  static String plain(String html) {
    if (html == null) return "";
    String text = TAG.matcher(html).replaceAll("");
    Matcher m = ENTITY.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      String decoded =
          switch (m.group(1)) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "#39" -> "'";
            default -> {
              int code = Integer.parseInt(m.group(2));
              yield Character.isValidCodePoint(code) ? Character.toString(code) : "\uFFFD";
            }
          };
      m.appendReplacement(out, Matcher.quoteReplacement(decoded));
    }
    m.appendTail(out);
    return SPACE.matcher(out).replaceAll(" ").strip();
  }
}
