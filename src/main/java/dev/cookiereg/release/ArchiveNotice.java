package dev.cookiereg.release;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cookiereg.model.Version;
import dev.cookiereg.site.RenderException;
import dev.cookiereg.site.SiteFile;
import dev.cookiereg.site.SitePaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What makes an archived page say what it is: a {@code noindex} robots line, "— version X
 * (archived)" in its title, and an {@code <aside class="archive-notice">} at the top of the body
 * stating the version, its release and effective dates, that it is kept in the archive and that a
 * later version may have replaced it, with a link to the current policy. Its words stay true for
 * every later version, so the notice is written once, when the page is archived, and never again.
 *
 * <p>The notice only adds: {@link #remove} gives back the page's bytes as they were before it,
 * exactly. Versions released before archived pages carried a notice get it from the first build
 * that knows it ({@link #addTo}); {@code SHA256SUMS} records each page's SHA-256 without the notice
 * as well, which for those versions is the one recorded at their release.
 */
public final class ArchiveNotice {
  /** The robots line, the last of the head. */
  static final String ROBOTS = "<meta name=\"robots\" content=\"noindex\">\n";

  /**
   * How the notice starts; it ends with the first {@code </aside>} line after. It has no id, so it
   * can never collide with an id the registry gives a section.
   */
  static final String OPEN = "<aside class=\"archive-notice\"";

  private static final String CLOSE = "</aside>\n";
  private static final String SKIP_LINK = "<a class=\"skip-link\"";
  private static final Pattern BODY = Pattern.compile("<body\\b[^>]*>\n?");
  private static final Pattern TITLE_SUFFIX =
      Pattern.compile(" — version \\d+\\.\\d+\\.\\d+ \\(archived\\)</title>");

  /** Dates as the policy page writes them. */
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The archived pages of a version, relative to its folder. */
  static final List<String> PAGES = List.of(SitePaths.POLICY, SitePaths.HISTORY);

  private ArchiveNotice() {}

  /**
   * What a version's notice states, as its archived manifest records it.
   *
   * @param policyTitle the policy's title ("Cookie Policy")
   * @param current where the current policy is: its published URL, or the site's page
   */
  public record Facts(
      Version version,
      String policyTitle,
      LocalDate released,
      LocalDate effective,
      String current) {}

  /** Where an archived page links the current policy when the registry names no public URL. */
  static final String CURRENT_PAGE = "../../" + SitePaths.POLICY;

  /**
   * The archive with every page of every version carrying its notice: pages that lack one (the
   * version was just released, or released before notices existed) get it, from the version's
   * archived manifest; the other files, and pages that have one, are returned as they are.
   */
  public static List<SiteFile> addTo(List<SiteFile> archived) throws RenderException {
    Map<Version, SiteFile> manifests = Archive.byVersion(archived, SitePaths.MANIFEST);
    Map<Version, Facts> facts = new TreeMap<>();
    List<SiteFile> out = new ArrayList<>(archived.size());
    for (SiteFile f : archived) {
      Version version = pageVersion(f.path());
      if (version == null || carries(f.content())) {
        out.add(f);
        continue;
      }
      SiteFile manifest = manifests.get(version);
      if (manifest == null) {
        throw new RenderException(
            f.path() + ": error: its version has no manifest.json to date its archive notice");
      }
      Facts stated = facts.get(version);
      if (stated == null) {
        stated = facts(version, manifest);
        facts.put(version, stated);
      }
      out.add(new SiteFile(f.path(), add(f.path(), f.content(), stated)));
    }
    return out;
  }

  /** The version of an archived page ({@code versions/2.1.0/index.html}), or null for any other. */
  static Version pageVersion(String path) {
    String[] parts = path.split("/", -1);
    if (parts.length != 3 || !parts[0].equals(SitePaths.VERSIONS_FOLDER)) return null;
    if (!PAGES.contains(parts[2])) return null;
    try {
      Version v = Version.parse(parts[1]);
      return v.toString().equals(parts[1]) ? v : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The notice's facts from a version's archived manifest. */
  static Facts facts(Version version, SiteFile manifest) throws RenderException {
    JsonNode policy;
    try {
      policy = JSON.readTree(manifest.content()).path("policy");
    } catch (IOException e) {
      throw new RenderException(manifest.path() + ": error: not JSON: " + e.getMessage(), e);
    }
    String url = policy.path("url").isTextual() ? policy.get("url").asText() : null;
    return new Facts(
        version,
        policy.path("title").asText("Cookie Policy"),
        date(manifest, policy, "lastUpdated"),
        date(manifest, policy, "effective"),
        url == null || url.isBlank() ? CURRENT_PAGE : url);
  }

  private static LocalDate date(SiteFile manifest, JsonNode policy, String field)
      throws RenderException {
    try {
      return LocalDate.parse(policy.path(field).asText());
    } catch (DateTimeParseException e) {
      throw new RenderException(
          manifest.path() + ": error: policy." + field + " is not a date (YYYY-MM-DD)", e);
    }
  }

  /** True when the page carries its archive notice. */
  public static boolean carries(byte[] page) {
    String html = new String(page, StandardCharsets.UTF_8);
    int at = noticeAt(html);
    return at >= 0 && html.startsWith(OPEN, at);
  }

  /**
   * {@code page} (archived at {@code path}, a policy page or a history) with its notice: the robots
   * line before {@code </head>}, the title's suffix, and the aside after the skip link.
   */
  public static byte[] add(String path, byte[] page, Facts facts) throws RenderException {
    String html = new String(page, StandardCharsets.UTF_8);
    int head = html.indexOf("</head>");
    int title = html.indexOf("</title>");
    int at = noticeAt(html);
    if (head < 0 || title < 0 || title > head || at < 0 || at < head) {
      throw new RenderException(
          path
              + ": error: cannot add the archive notice: the page needs a <title>, a </head> and"
              + " a <body> (check the templates)");
    }
    boolean history = path.endsWith("/" + SitePaths.HISTORY);
    StringBuilder out = new StringBuilder(html.length() + 1024);
    out.append(html, 0, title)
        .append(" — version ")
        .append(facts.version())
        .append(" (archived)")
        .append(html, title, head)
        .append(ROBOTS)
        .append(html, head, at)
        .append(notice(facts, history))
        .append(html, at, html.length());
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * {@code page} without its notice: the bytes it had before {@link #add}, exactly; a page without
   * one is returned as it is.
   */
  public static byte[] remove(byte[] page) {
    String html = new String(page, StandardCharsets.UTF_8);
    int at = noticeAt(html);
    if (at < 0 || !html.startsWith(OPEN, at)) return page;
    int end = html.indexOf(CLOSE, at);
    String out = html.substring(0, at) + html.substring(end + CLOSE.length());
    int head = out.indexOf(ROBOTS + "</head>");
    if (head >= 0) out = out.substring(0, head) + out.substring(head + ROBOTS.length());
    Matcher m = TITLE_SUFFIX.matcher(out);
    if (m.find()) out = out.substring(0, m.start()) + "</title>" + out.substring(m.end());
    return out.getBytes(StandardCharsets.UTF_8);
  }

  /** Where the notice goes: after {@code <body>} and, when there is one, the skip link's line. */
  private static int noticeAt(String html) {
    Matcher body = BODY.matcher(html);
    if (!body.find()) return -1;
    int at = body.end();
    if (html.startsWith(SKIP_LINK, at)) {
      int eol = html.indexOf('\n', at);
      if (eol >= 0) at = eol + 1;
    }
    return at;
  }

  /** The aside: words that stay true whatever is released later. */
  static String notice(Facts facts, boolean history) {
    String title = escape(facts.policyTitle());
    String released = time(facts.released());
    String effective = time(facts.effective());
    String what =
        history
            ? "This is the policy history as it was published with version "
                + facts.version()
                + " of the "
                + title
                + ", released on "
                + released
                + " with the effective date "
                + effective
                + ". It is kept in the archive as it was published; later versions may have been"
                + " released since."
            : "This is version "
                + facts.version()
                + " of the "
                + title
                + ", released on "
                + released
                + " with the effective date "
                + effective
                + ". It is kept in the archive as it was published; a later version may have"
                + " replaced it.";
    return OPEN
        + " aria-label=\"Archived version\">\n"
        + "<div class=\"wrap\">\n"
        + "<p><strong>Archived version.</strong> "
        + what
        + "</p>\n"
        + "<p><a href=\""
        + escape(facts.current())
        + "\">Read the current "
        + title
        + "</a></p>\n"
        + "</div>\n"
        + CLOSE;
  }

  private static String time(LocalDate date) {
    return "<time datetime=\"" + date + "\">" + DATE.format(date) + "</time>";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
