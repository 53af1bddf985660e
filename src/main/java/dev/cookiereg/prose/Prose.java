package dev.cookiereg.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands a registry text into plain Markdown: placeholders become their (escaped) values and
 * cross-references become links such as {@code [Section 5.1](#consent-mechanism)}.
 */
public final class Prose {
  /**
   * {@code [[id]]}: a cross-reference to a section, category, technology, clause or related
   * document.
   */
  public static final Pattern XREF = Pattern.compile("\\[\\[([A-Za-z0-9_.-]{1,128})]]");

  /** {@code {controller.name}} or {@code {link:optOut.url}}. */
  public static final Pattern PLACEHOLDER =
      Pattern.compile(
          "\\{(link:)?([a-zA-Z][a-zA-Z0-9]{0,40}(?:\\.[a-zA-Z][a-zA-Z0-9]{0,40}){0,3})}");

  private Prose() {}

  /** A placeholder found in a text. */
  public record Use(String name, boolean link) {}

  public static List<String> references(String text) {
    List<String> ids = new ArrayList<>();
    Matcher m = XREF.matcher(text);
    while (m.find()) ids.add(m.group(1));
    return ids;
  }

  public static List<Use> placeholders(String text) {
    List<Use> uses = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) uses.add(new Use(m.group(2), m.group(1) != null));
    return uses;
  }

  /**
   * Expands placeholders and cross-references. Unknown placeholders are left as written (validation
   * reports them); {@code xref} gives the Markdown for a reference id.
   */
  public static String expand(String text, Placeholders values, Function<String, String> xref) {
    if (text == null) return null;
    if (text.indexOf('{') < 0 && text.indexOf("[[") < 0) return text;
    StringBuilder out = new StringBuilder();
    Matcher m = PLACEHOLDER.matcher(text);
    int last = 0;
    while (m.find()) {
      out.append(text, last, m.start());
      String name = m.group(2);
      boolean link = m.group(1) != null;
      String value = values.value(name).orElse(null);
      if (value == null) {
        out.append(m.group());
      } else if (link) {
        out.append('[')
            .append(escape(linkText(value)))
            .append("](")
            .append(destination(value))
            .append(')');
      } else if (Placeholders.isUrl(name)) {
        out.append(destination(value));
      } else {
        out.append(escape(value));
      }
      last = m.end();
    }
    out.append(text.substring(last));
    String expanded = out.toString();
    Matcher x = XREF.matcher(expanded);
    StringBuilder result = new StringBuilder();
    while (x.find()) {
      x.appendReplacement(result, Matcher.quoteReplacement(xref.apply(x.group(1))));
    }
    x.appendTail(result);
    return result.toString();
  }

  /** A link's visible text: the address without its scheme or trailing slash. */
  public static String linkText(String url) {
    String t = url.replaceFirst("^(https?://|mailto:)", "");
    return t.endsWith("/") ? t.substring(0, t.length() - 1) : t;
  }

  /** A URL made safe as a Markdown link destination. */
  public static String destination(String url) {
    StringBuilder out = new StringBuilder();
    for (char ch : url.toCharArray()) {
      switch (ch) {
        case '(' -> out.append("%28");
        case ')' -> out.append("%29");
        case ' ' -> out.append("%20");
        case '<' -> out.append("%3C");
        case '>' -> out.append("%3E");
        case '\\' -> out.append("%5C");
        default -> out.append(ch);
      }
    }
    return out.toString();
  }

  /**
   * Escapes every ASCII punctuation character, so registry values are always literal text in
   * Markdown.
   */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (char ch : text.toCharArray()) {
      if ("\\`*_{}[]()<>#+-.!|&~\"'$%^=:;,?@/".indexOf(ch) >= 0) out.append('\\');
      out.append(ch);
    }
    return out.toString();
  }
}
