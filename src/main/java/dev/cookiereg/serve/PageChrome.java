package dev.cookiereg.serve;

import static dev.cookiereg.text.English.plural;

import dev.cookiereg.diff.Level;
import dev.cookiereg.site.SitePaths;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the preview adds to a page as it is served, never to the site's files: the preview's
 * stylesheet and script and the banner library in the head, and at the top of the body the bar
 * (what releasing the edit would do) and, while the latest edit does not render, the overlay that
 * lists why. Everything is markup with classes, styled by {@code preview.css}: no inline script or
 * style, so the site's Content-Security-Policy holds. Registry text is escaped.
 */
final class PageChrome {
  /** Where the preview's own files are served; no site path starts so. */
  static final String PREFIX = "/__preview/";

  /** The server-sent events that tell open pages a new generation is ready. */
  static final String EVENTS = PREFIX + "events";

  /** At most this many changes are listed in the bar; the rest are counted. */
  static final int MAX_LISTED = 200;

  private static final Pattern HEAD_END = Pattern.compile("</head\\s*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern BODY_START =
      Pattern.compile("<body\\b[^>]*>", Pattern.CASE_INSENSITIVE);

  private final String registryName;

  PageChrome(String registryName) {
    this.registryName = registryName;
  }

  /**
   * The page at {@code path} with the preview's head tags, bar and overlay; {@code token} names the
   * snapshot's generation, which the script compares with the server's.
   */
  byte[] decorate(String path, byte[] page, Snapshot snapshot, String token) {
    String html = new String(page, StandardCharsets.UTF_8);
    String head = headTags(token, bannerConfig(path, snapshot));
    Matcher h = HEAD_END.matcher(html);
    if (h.find()) html = html.substring(0, h.start()) + head + html.substring(h.start());
    String top = bar(snapshot) + overlay(snapshot);
    Matcher b = BODY_START.matcher(html);
    html = b.find() ? html.substring(0, b.end()) + top + html.substring(b.end()) : top + html;
    return html.getBytes(StandardCharsets.UTF_8);
  }

  /** The page served while nothing has rendered yet: why, in check's words. */
  byte[] nothingYet(Snapshot snapshot, String token) {
    StringBuilder out = new StringBuilder(1024);
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Preview of ")
        .append(escape(registryName))
        .append(": nothing to show yet</title>\n")
        .append(headTags(token, null))
        .append("</head>\n<body>\n<main class=\"cookiereg-preview-empty\">\n")
        .append("<h1>Nothing to show yet</h1>\n<p>")
        .append(escape(registryName))
        .append(
            " does not render. Fix what is listed below and save: this page updates by itself.</p>\n");
    problems(out, snapshot);
    out.append("</main>\n</body>\n</html>\n");
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The preview's tags for the head; the banner only where there is a config to run. */
  private static String headTags(String token, String bannerConfig) {
    StringBuilder out = new StringBuilder(512);
    out.append("<link rel=\"stylesheet\" href=\"").append(PREFIX).append("preview.css\">\n");
    if (bannerConfig != null) {
      out.append("<link rel=\"stylesheet\" href=\"")
          .append(PREFIX)
          .append("vendor/cookieconsent.css\">\n")
          .append("<script src=\"")
          .append(PREFIX)
          .append("vendor/cookieconsent.umd.js\" defer></script>\n");
    }
    out.append("<script src=\"")
        .append(PREFIX)
        .append("preview.js\" defer data-generation=\"")
        .append(escape(token))
        .append('"');
    if (bannerConfig != null) {
      out.append(" data-banner=\"").append(escape(bannerConfig)).append('"');
    }
    return out.append("></script>\n").toString();
  }

  /**
   * The vanilla-cookieconsent config a page runs: the nearest one up its folders, so an archived
   * version's page runs that version's config and an edition in a folder of its own ({@code fr/})
   * its own, if it has one; else the site's. The script picks the page's language among the
   * config's translations.
   */
  static String bannerConfig(String path, Snapshot snapshot) {
    for (int slash = path.lastIndexOf('/'); ; slash = path.lastIndexOf('/', slash - 1)) {
      String config = path.substring(0, slash + 1) + SitePaths.COOKIECONSENT;
      if (snapshot.files().containsKey(config)) return "/" + config;
      if (slash < 0) return null;
    }
  }

  /** The bar: the verdict, the changes in public words, whether visitors are asked again. */
  String bar(Snapshot snapshot) {
    if (snapshot.pending().isEmpty()) return "";
    PendingRelease p = snapshot.pending().get();
    StringBuilder out = new StringBuilder(2048);
    out.append(
            "<aside class=\"cookiereg-preview\" id=\"cookiereg-preview\" aria-label=\"Preview\">\n")
        .append("<p class=\"cookiereg-preview__head\"><strong>Preview</strong> of ")
        .append(escape(registryName))
        .append(", not published. ");
    if (p.latest().isEmpty()) {
      out.append("Nothing is released yet: <code>release</code> publishes this as version ")
          .append(p.releaseAs())
          .append(", the first.</p>\n");
    } else if (p.changes().isEmpty()) {
      out.append("No changes since release ")
          .append(p.latest().get())
          .append(": this is what visitors see now.</p>\n");
    } else {
      out.append(verdict(p.verdict()))
          .append(' ')
          .append(plural(p.changes().size(), "change"))
          .append(" since release ")
          .append(p.latest().get())
          .append("; <code>release</code> publishes ")
          .append(p.changes().size() == 1 ? "it" : "them")
          .append(" as ")
          .append(p.releaseAs())
          .append(".</p>\n");
    }
    out.append("<p class=\"cookiereg-preview__consent\" data-asks-again=\"")
        .append(p.asksAgain())
        .append("\">");
    if (p.latest().isEmpty()) {
      out.append("Visitors are asked for consent when they first come (banner revision ")
          .append(p.revisionAfter())
          .append(").");
    } else if (p.asksAgain()) {
      out.append("Visitors will be asked for consent again: the banner’s revision goes from ")
          .append(p.revisionNow())
          .append(" to ")
          .append(p.revisionAfter())
          .append('.');
    } else {
      out.append("Visitors will not be asked again: the banner’s revision stays ")
          .append(p.revisionNow())
          .append('.');
    }
    out.append("</p>\n");
    if (!p.blocked().isEmpty()) {
      out.append("<div class=\"cookiereg-preview__blocked\"><p>This cannot be released:</p>\n");
      lines(out, p.blocked());
      out.append("</div>\n");
    }
    if (!p.changes().isEmpty()) {
      out.append("<details class=\"cookiereg-preview__changes\"")
          .append(p.changes().size() <= 12 ? " open" : "")
          .append(
              ">\n<summary>The changes, as the policy history will list them</summary>\n<ul>\n");
      p.changes().stream()
          .limit(MAX_LISTED)
          .forEach(
              c ->
                  out.append("<li>")
                      .append(c.level() == Level.MATERIAL ? "<strong>Material:</strong> " : "")
                      .append(escape(c.words()))
                      .append("</li>\n"));
      if (p.changes().size() > MAX_LISTED) {
        out.append("<li>… and ").append(p.changes().size() - MAX_LISTED).append(" more</li>\n");
      }
      out.append("</ul>\n<p>For visitors: ").append(escape(p.consequences())).append("</p>\n");
      out.append("</details>\n");
    }
    if (!snapshot.warnings().isEmpty()) {
      out.append("<details class=\"cookiereg-preview__warnings\">\n<summary>")
          .append(plural(snapshot.warnings().size(), "warning"))
          .append(" from <code>check</code></summary>\n");
      lines(out, snapshot.warnings());
      out.append("</details>\n");
    }
    return out.append("</aside>\n").toString();
  }

  /** The overlay over the last good page while the latest edit does not render. */
  String overlay(Snapshot snapshot) {
    if (snapshot.failure().isEmpty()) return "";
    StringBuilder out = new StringBuilder(1024);
    out.append(
            "<div class=\"cookiereg-preview-overlay\" id=\"cookiereg-preview-overlay\" role=\"alert\">\n")
        .append("<div class=\"cookiereg-preview-overlay__panel\">\n")
        .append("<h2>The latest edit does not render</h2>\n")
        .append("<p>Below is the last version that did. Fix what is listed and save:")
        .append(" this page updates by itself.</p>\n");
    problems(out, snapshot);
    return out.append("</div>\n</div>\n").toString();
  }

  private static void problems(StringBuilder out, Snapshot snapshot) {
    snapshot.failure().ifPresent(f -> lines(out, f.lines()));
  }

  /** Lines as check prints them, one list item each. */
  private static void lines(StringBuilder out, List<String> lines) {
    out.append("<ul class=\"cookiereg-preview__lines\">\n");
    for (String l : lines) out.append("<li><code>").append(escape(l)).append("</code></li>\n");
    out.append("</ul>\n");
  }

  private static String verdict(Level level) {
    String label = level.label();
    return "<span class=\"cookiereg-preview__verdict cookiereg-preview__verdict--"
        + label
        + "\" data-verdict=\""
        + label
        + "\">"
        + label.substring(0, 1).toUpperCase(Locale.ROOT)
        + label.substring(1)
        + ":</span>";
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
