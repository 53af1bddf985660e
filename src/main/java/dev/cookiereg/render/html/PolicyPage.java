package dev.cookiereg.render.html;

import java.util.List;

/**
 * What the policy page template receives: every word comes from the registry, every number is
 * computed, and every {@code …Html} field is commonmark output (the only values a template inserts
 * with {@code ?no_esc}).
 *
 * @param lang the page's language ({@code <html lang>})
 * @param toc the table of contents: sections and their numbered subsections
 * @param cookieSettingsLabel the text of the footer control the consent banner binds to
 * @param changeNotice the prominent notice of a material change (policy 7.2(c)), or null
 * @param head the page's address, description and icon for its {@code <head>}
 * @param fragment true for the policy as a fragment for another site's page ({@code
 *     embed/policy.html}), false for the site's own page
 * @param historyHref where the policy history is linked from this page or fragment
 * @param words the interface words of the page's language, by id ({@code page.contents})
 * @param root the way up from the page's folder to the site's root ({@code ""}, {@code ../})
 */
public record PolicyPage(
    String lang,
    String title,
    String subtitle,
    String version,
    DateView effective,
    DateView lastUpdated,
    List<TocEntry> toc,
    List<SectionView> sections,
    String cookieSettingsLabel,
    ChangeNotice changeNotice,
    PageHead head,
    boolean fragment,
    String historyHref,
    java.util.Map<String, String> words,
    String root) {

  public PolicyPage {
    words = java.util.Map.copyOf(words);
    toc = List.copyOf(toc);
    sections = List.copyOf(sections);
  }

  /**
   * The notice shown while the latest release is material: what changed since the version before.
   *
   * @param changes one plain sentence per material change
   * @param changesLang the language of the sentences when it is not the page's (the change
   *     classifier writes them in the policy's own language), else null
   */
  public record ChangeNotice(
      String version, String since, DateView effective, List<String> changes, String changesLang) {
    public ChangeNotice {
      changes = List.copyOf(changes);
    }
  }

  /** A date as {@code <time datetime="2026-04-03">April 3, 2026</time>}. */
  public record DateView(String iso, String text) {}

  /** A line of the table of contents, linking to {@code #id}. */
  public record TocEntry(String id, String number, String title, List<TocEntry> children) {
    public TocEntry {
      children = List.copyOf(children);
    }
  }

  /** One piece of a section, told apart in templates by {@link #kind()}. */
  public sealed interface BlockView extends Located
      permits ClauseView, TextView, SectionView, CookieTable, ThirdPartyTable, ContactView {
    /**
     * {@code clause}, {@code text}, {@code section}, {@code cookies}, {@code third-parties} or
     * {@code contact}.
     */
    String kind();
  }

  /**
   * A numbered section or subsection (a section, category or technology).
   *
   * @param id the anchor: the section's, category's or technology's id
   * @param number "1", "2.1"
   * @param level 1 for a top-level section, 2 for a subsection
   * @param source what the section is in the registry ({@code section}, {@code category}, {@code
   *     technology})
   */
  public record SectionView(
      String id, String number, String title, int level, String source, List<BlockView> blocks)
      implements BlockView {
    public SectionView {
      blocks = List.copyOf(blocks);
    }

    @Override
    public String kind() {
      return "section";
    }

    /** The id of the section's heading, which labels it. */
    public String headingId() {
      return PageIds.heading(id);
    }

    @Override
    public String element() {
      return source + " " + id;
    }

    @Override
    public int depth() {
      return level;
    }
  }

  /**
   * A numbered clause, optionally followed by a list or a table.
   *
   * @param id an anchor when the registry gives the clause an id, else null
   * @param html the clause's Markdown as HTML
   * @param list a list under the clause, or null
   * @param table a table under the clause, or null
   */
  public record ClauseView(
      String id, String number, String html, ListView list, ThirdPartyTable table, String element)
      implements BlockView {
    @Override
    public String kind() {
      return "clause";
    }

    @Override
    public int depth() {
      return 5;
    }
  }

  /** A list; lettered items carry a visible marker such as "(a)". */
  public record ListView(boolean lettered, List<ListItem> items) {
    public ListView {
      items = List.copyOf(items);
    }
  }

  /** A list item: an optional marker and inline HTML. */
  public record ListItem(String marker, String html) {}

  /** An unnumbered paragraph (or several). */
  public record TextView(String html, String element) implements BlockView {
    @Override
    public String kind() {
      return "text";
    }

    @Override
    public int depth() {
      return 5;
    }
  }

  /** A category's cookie table. */
  public record CookieTable(String label, String category, List<CookieRow> rows)
      implements BlockView {
    public CookieTable {
      rows = List.copyOf(rows);
    }

    @Override
    public String kind() {
      return "cookies";
    }

    @Override
    public String element() {
      return "cookie table of category " + category;
    }

    @Override
    public int depth() {
      return 5;
    }
  }

  /**
   * A cookie's row; {@code anchor} is {@code cookie-<id>}.
   *
   * @param purposeHtml the purpose as sanitised inline HTML (Markdown, placeholders and
   *     cross-references applied)
   * @param session the table's "Session" type, else "Persistent"
   */
  public record CookieRow(
      String id,
      String anchor,
      String name,
      String provider,
      String purposeHtml,
      boolean session,
      String duration)
      implements Located {
    @Override
    public String element() {
      return "cookie " + id;
    }

    @Override
    public int depth() {
      return 6;
    }
  }

  /** The table of third parties that may set cookies. */
  public record ThirdPartyTable(String label, List<ThirdPartyRow> rows) implements BlockView {
    public ThirdPartyTable {
      rows = List.copyOf(rows);
    }

    @Override
    public String kind() {
      return "third-parties";
    }

    @Override
    public String element() {
      return "third-party table";
    }

    @Override
    public int depth() {
      return 5;
    }
  }

  /**
   * A third party's row; {@code purposeHtml} is its purpose as sanitised inline HTML, {@code
   * privacyHtml} its privacy policy link or its privacy note.
   */
  public record ThirdPartyRow(String provider, String name, String purposeHtml, String privacyHtml)
      implements Located {
    /** The row's id. */
    public String anchor() {
      return PageIds.thirdPartyRow(provider);
    }

    @Override
    public String element() {
      return "provider " + provider;
    }

    @Override
    public int depth() {
      return 6;
    }
  }

  /** The controller's contact block: name and address lines, then an email link. */
  public record ContactView(String name, List<String> address, String email, String emailHref)
      implements BlockView {
    public ContactView {
      address = List.copyOf(address);
    }

    @Override
    public String kind() {
      return "contact";
    }

    @Override
    public String element() {
      return "controller";
    }

    @Override
    public int depth() {
      return 5;
    }
  }
}
