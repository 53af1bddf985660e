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
 *
 * <p>An edition's archived pages ({@code versions/2.2.0/fr/index.html}) carry the notice in their
 * language, naming the policy by their own title and linking the edition's current page; a language
 * without archive words here gets the English notice.
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
      Pattern.compile(" — version \\d+\\.\\d+\\.\\d+ \\((?:archived|archivée)\\)</title>");

  private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");
  private static final Pattern EDITION_FOLDER = Pattern.compile("[a-z]{2,3}");

  /**
   * The notice's words in each language that has them: the title's suffix, the aside's label, its
   * two sentences for a policy page and a history, and its link; {@code {version}}, {@code
   * {title}}, {@code {released}} and {@code {effective}} are filled in.
   */
  private record Words(
      DateTimeFormatter date,
      String suffix,
      String label,
      String page,
      String history,
      String current) {}

  private static final Words ENGLISH =
      new Words(
          DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
          " (archived)",
          "Archived version",
          "<strong>Archived version.</strong> This is version {version} of the {title}, released"
              + " on {released} with the effective date {effective}. It is kept in the archive as"
              + " it was published; a later version may have replaced it.",
          "<strong>Archived version.</strong> This is the policy history as it was published with"
              + " version {version} of the {title}, released on {released} with the effective date"
              + " {effective}. It is kept in the archive as it was published; later versions may"
              + " have been released since.",
          "Read the current {title}");

  private static final Map<String, Words> EDITIONS =
      Map.of(
          "fr",
          new Words(
              DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.CANADA_FRENCH),
              " (archivée)",
              "Version archivée",
              "<strong>Version archivée.</strong> Voici la version {version} de la {title},"
                  + " publiée le {released} avec la date d'entrée en vigueur du {effective}. Elle"
                  + " est conservée dans les archives telle qu'elle a été publiée ; une version plus"
                  + " récente peut l'avoir remplacée.",
              "<strong>Version archivée.</strong> Voici l'historique de la politique tel qu'il a"
                  + " été publié avec la version {version} de la {title}, publiée le {released}"
                  + " avec la date d'entrée en vigueur du {effective}. Il est conservé dans les"
                  + " archives tel qu'il a été publié ; d'autres versions peuvent avoir été publiées"
                  + " depuis.",
              "Lire la version actuelle de la {title}"));

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * The archived pages of a version, relative to its folder; an edition's are the same pages in its
   * folder ({@code fr/index.html}).
   */
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
      String edition = edition(f.path());
      if (edition != null) stated = inEdition(stated, edition, editionTitle(archived, f, version));
      out.add(new SiteFile(f.path(), add(f.path(), f.content(), stated)));
    }
    return out;
  }

  /**
   * The version of an archived page ({@code versions/2.1.0/index.html}, {@code
   * versions/2.2.0/fr/history.html}), or null for any other.
   */
  static Version pageVersion(String path) {
    String[] parts = path.split("/", -1);
    if (parts.length != 3 && parts.length != 4) return null;
    if (!parts[0].equals(SitePaths.VERSIONS_FOLDER)) return null;
    if (parts.length == 4 && !EDITION_FOLDER.matcher(parts[2]).matches()) return null;
    if (!PAGES.contains(parts[parts.length - 1])) return null;
    try {
      Version v = Version.parse(parts[1]);
      return v.toString().equals(parts[1]) ? v : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The edition folder of an archived page ({@code fr}), or null for the policy's own pages. */
  static String edition(String path) {
    String[] parts = path.split("/", -1);
    return parts.length == 4 ? parts[2] : null;
  }

  /**
   * The facts as an edition states them: the policy by the edition's title, the current page the
   * edition's (beside the published URL, or in the site's edition folder).
   */
  static Facts inEdition(Facts facts, String edition, String title) {
    String folder = SitePaths.edition(edition);
    String current =
        facts.current().equals(CURRENT_PAGE)
            ? "../../../" + folder + SitePaths.POLICY
            : facts.current()
                + (facts.current().endsWith("/") ? "" : "/")
                + folder
                + SitePaths.POLICY;
    return new Facts(facts.version(), title, facts.released(), facts.effective(), current);
  }

  /** The policy's title in an edition: its archived policy page's title (without any suffix). */
  private static String editionTitle(List<SiteFile> archived, SiteFile page, Version version)
      throws RenderException {
    String policyPage =
        SitePaths.VERSIONS_FOLDER
            + "/"
            + version
            + "/"
            + SitePaths.edition(edition(page.path()))
            + SitePaths.POLICY;
    for (SiteFile f : archived) {
      if (!f.path().equals(policyPage)) continue;
      String html = new String(remove(f.content()), StandardCharsets.UTF_8);
      Matcher m = TITLE.matcher(html);
      if (m.find()) return unescape(m.group(1));
    }
    throw new RenderException(
        page.path() + ": error: its edition has no archived " + policyPage + " to name the policy");
  }

  private static String unescape(String html) {
    return html.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
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
    Words words = words(edition(path));
    StringBuilder out = new StringBuilder(html.length() + 1024);
    out.append(html, 0, title)
        .append(" — version ")
        .append(facts.version())
        .append(words.suffix())
        .append(html, title, head)
        .append(ROBOTS)
        .append(html, head, at)
        .append(notice(facts, history, words))
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

  private static Words words(String edition) {
    return edition == null ? ENGLISH : EDITIONS.getOrDefault(edition, ENGLISH);
  }

  /** The aside in English: words that stay true whatever is released later. */
  static String notice(Facts facts, boolean history) {
    return notice(facts, history, ENGLISH);
  }

  private static String notice(Facts facts, boolean history, Words words) {
    String title = escape(facts.policyTitle());
    String what =
        (history ? words.history() : words.page())
            .replace("{version}", facts.version().toString())
            .replace("{title}", title)
            .replace("{released}", time(facts.released(), words.date()))
            .replace("{effective}", time(facts.effective(), words.date()));
    return OPEN
        + " aria-label=\""
        + words.label()
        + "\">\n"
        + "<div class=\"wrap\">\n"
        + "<p>"
        + what
        + "</p>\n"
        + "<p><a href=\""
        + escape(facts.current())
        + "\">"
        + words.current().replace("{title}", title)
        + "</a></p>\n"
        + "</div>\n"
        + CLOSE;
  }

  private static String time(LocalDate date, DateTimeFormatter format) {
    return "<time datetime=\"" + date + "\">" + format.format(date) + "</time>";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
