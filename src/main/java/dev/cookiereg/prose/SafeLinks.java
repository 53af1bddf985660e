package dev.cookiereg.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one safe-link policy: a published page links only with https:, mailto: or to an anchor in the
 * page. The lint rules refuse other links, the importer breaks them up, and the Markdown renderer
 * drops them.
 */
public final class SafeLinks {
  /** An inline Markdown link's target: {@code ](url} or {@code ](<url>}. */
  public static final Pattern INLINE = Pattern.compile("\\]\\(\\s*<?([^)\\s>]*)");

  private static final Pattern AUTOLINK =
      Pattern.compile("<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^>\\s]*)>");
  private static final Pattern REFERENCE_DEFINITION =
      Pattern.compile("(?m)^ {0,3}\\[[^\\]]+]:\\s*<?(\\S+?)>?(\\s|$)");

  private SafeLinks() {}

  /** https:, mailto: or an anchor in the page ({@code #id}), whatever the case and spacing. */
  public static boolean isSafe(String url) {
    String u = url.strip().toLowerCase(Locale.ROOT);
    return u.startsWith("https://") || u.startsWith("mailto:") || u.startsWith("#");
  }

  /**
   * As {@link #isSafe}, in a text not yet filled in: a placeholder ({@code {link:optOut.url}}) is
   * safe too, as the URL it stands for is checked where it is declared.
   */
  public static boolean isSafeInProse(String url) {
    return isSafe(url) || Prose.PLACEHOLDER.matcher(url).matches();
  }

  /**
   * The link targets in a Markdown text, as written, that {@link #isSafeInProse} refuses: inline
   * links, autolinks and reference definitions, in that order.
   */
  public static List<String> unsafeIn(String markdown) {
    List<String> found = new ArrayList<>();
    for (Pattern p : List.of(INLINE, AUTOLINK, REFERENCE_DEFINITION)) {
      Matcher m = p.matcher(markdown);
      while (m.find()) {
        String url = m.group(1);
        if (!url.isEmpty() && !isSafeInProse(url)) found.add(url);
      }
    }
    return found;
  }
}
