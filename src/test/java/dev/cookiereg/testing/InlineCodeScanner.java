package dev.cookiereg.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Finds everything a {@code default-src 'self'} policy would block in an HTML document: inline
 * {@code <script>} (any script without {@code src}, including JSON/importmap types), {@code
 * <style>} elements, {@code style=} attributes and {@code on…=} event-handler attributes. Each
 * finding is {@code line:col <tag>: what}.
 */
public final class InlineCodeScanner {

  private InlineCodeScanner() {}

  public static List<String> scan(Path file) {
    try {
      return scan(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<String> scan(String html) {
    Parser parser = Parser.htmlParser().setTrackPosition(true);
    Document doc = Jsoup.parse(html, "", parser);
    List<String> found = new ArrayList<>();
    for (Element e : doc.getAllElements()) {
      String tag = e.normalName();
      if (tag.equals("script") && !e.hasAttr("src")) {
        found.add(where(e) + " <script>: inline script " + snippet(e.data()));
      }
      if (tag.equals("style")) {
        found.add(where(e) + " <style>: inline style element " + snippet(e.data()));
      }
      for (Attribute a : e.attributes()) {
        String name = a.getKey().toLowerCase(Locale.ROOT);
        if (name.equals("style")) {
          found.add(where(e) + " <" + tag + ">: style attribute " + snippet(a.getValue()));
        } else if (name.startsWith("on") && name.length() > 2) {
          found.add(
              where(e) + " <" + tag + ">: event handler " + name + "=" + snippet(a.getValue()));
        }
      }
      if (tag.equals("a") || tag.equals("iframe") || tag.equals("form")) {
        for (String attr : List.of("href", "src", "action")) {
          String v = e.attr(attr).trim().toLowerCase(Locale.ROOT);
          if (v.startsWith("javascript:")) {
            found.add(where(e) + " <" + tag + ">: javascript: URL in " + attr);
          }
        }
      }
    }
    return found;
  }

  private static String where(Element e) {
    var r = e.sourceRange();
    return r.isTracked() ? r.start().lineNumber() + ":" + r.start().columnNumber() : "?:?";
  }

  private static String snippet(String s) {
    String one = s.strip().replaceAll("\\s+", " ");
    return "\"" + (one.length() <= 60 ? one : one.substring(0, 59) + "…") + "\"";
  }
}
