package dev.cookiereg.render;

import dev.cookiereg.diff.DiffReport;
import dev.cookiereg.diff.Level;
import dev.cookiereg.i18n.Words;
import dev.cookiereg.model.Block;
import dev.cookiereg.model.Category;
import dev.cookiereg.model.Cookie;
import dev.cookiereg.model.Provider;
import dev.cookiereg.model.Registry;
import dev.cookiereg.model.Section;
import dev.cookiereg.model.Technology;
import dev.cookiereg.prose.Outline;
import dev.cookiereg.prose.Placeholders;
import dev.cookiereg.prose.Prose;
import dev.cookiereg.release.ChangeSummary;
import dev.cookiereg.render.html.Markdown;
import dev.cookiereg.render.html.PageIds;
import dev.cookiereg.render.html.PolicyPage;
import dev.cookiereg.render.html.PolicyPage.BlockView;
import dev.cookiereg.render.html.PolicyPage.ClauseView;
import dev.cookiereg.render.html.PolicyPage.ContactView;
import dev.cookiereg.render.html.PolicyPage.CookieRow;
import dev.cookiereg.render.html.PolicyPage.CookieTable;
import dev.cookiereg.render.html.PolicyPage.DateView;
import dev.cookiereg.render.html.PolicyPage.ListItem;
import dev.cookiereg.render.html.PolicyPage.ListView;
import dev.cookiereg.render.html.PolicyPage.SectionView;
import dev.cookiereg.render.html.PolicyPage.TextView;
import dev.cookiereg.render.html.PolicyPage.ThirdPartyTable;
import dev.cookiereg.render.html.PolicyPage.TocEntry;
import dev.cookiereg.site.SitePaths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the {@link PolicyPage} view from the registry's {@link Outline}, whose numbers it shows as
 * they are, and turns every text into HTML through {@link Markdown}.
 */
final class PolicyViewBuilder {
  private final Registry registry;
  private final Outline outline;
  private final ChangeSummary change;
  private final Placeholders global;
  private final Markdown md = Markdown.INSTANCE;
  private final GeneratedContent generated;
  private final boolean cookieRows;
  private final RenderContext context;
  private final Words words;

  PolicyViewBuilder(RenderContext context) {
    this(context, true);
  }

  /**
   * A builder of the page's view, without the rows of the cookie tables when {@code cookieRows} is
   * false (for the manifest's document, whose cookies are listed elsewhere).
   */
  PolicyViewBuilder(RenderContext context, boolean cookieRows) {
    this.cookieRows = cookieRows;
    this.context = context;
    this.words = context.edition().words();
    this.registry = context.registry();
    this.outline = context.outline();
    this.change = context.change();
    this.global = Placeholders.global(registry);
    this.generated = new GeneratedContent(registry, this::expand);
  }

  /** The view of the site's own page. */
  PolicyPage build() {
    return build(false, SitePaths.HISTORY);
  }

  /**
   * The view of the policy as a fragment for another site's page, whose links leave it through
   * {@code links}.
   */
  PolicyPage buildFragment(FragmentLinks links) {
    return build(true, links.to(SitePaths.HISTORY));
  }

  private PolicyPage build(boolean fragment, String historyHref) {
    var policy = registry.policy();
    List<SectionView> sections = new ArrayList<>();
    for (Outline.SectionPart s : outline.sections()) sections.add(section(s, 1, global));
    return new PolicyPage(
        policy.language(),
        policy.title(),
        policy.subtitle(),
        policy.version().toString(),
        dated(policy.effective()),
        dated(policy.lastUpdated()),
        toc(sections),
        sections,
        registry.consentPlatform().cookieSettingsLabel(),
        changeNotice(),
        PageHeads.of(context, SitePaths.POLICY, description(policy)),
        fragment,
        historyHref,
        context.edition().isSource() ? java.util.Map.of() : words.all(),
        context.edition().root());
  }

  /**
   * The page's description for search results and link previews: the subtitle, or what the page is
   * when there is none.
   */
  private String description(dev.cookiereg.model.Policy policy) {
    if (policy.subtitle() != null) return policy.subtitle();
    return words.format(
        "page.description",
        java.util.Map.of("title", policy.title(), "controller", registry.controller().name()));
  }

  /**
   * While the changes since the release in force are material (a material release, or later ones
   * while its notice period runs), the page says so prominently, lists them and links the history
   * (7.2(c)).
   */
  private PolicyPage.ChangeNotice changeNotice() {
    DiffReport pending = change.sinceInForce();
    if (change.inForce().isEmpty() || !pending.material()) return null;
    EditionChangeWords words = new EditionChangeWords(context);
    List<String> changes =
        pending.changes().stream()
            .filter(c -> c.level() != Level.EDITORIAL)
            .map(words::of)
            .toList();
    return new PolicyPage.ChangeNotice(
        registry.policy().version().toString(),
        change.inForce().get().toString(),
        dated(registry.policy().effective()),
        changes,
        words.inEditionLanguage() ? null : PageHeads.SOURCE_LANGUAGE);
  }

  static DateView date(LocalDate d) {
    return date(d, Words.ENGLISH);
  }

  /** A date for {@code <time>}, in {@code words}' language. */
  static DateView date(LocalDate d, Words words) {
    return new DateView(d.toString(), words.date(d));
  }

  private DateView dated(LocalDate d) {
    return date(d, words);
  }

  private static List<TocEntry> toc(List<SectionView> sections) {
    List<TocEntry> out = new ArrayList<>();
    for (SectionView s : sections) {
      List<SectionView> subs =
          s.blocks().stream()
              .filter(SectionView.class::isInstance)
              .map(SectionView.class::cast)
              .toList();
      out.add(new TocEntry(s.id(), s.number(), s.title(), toc(subs)));
    }
    return out;
  }

  private SectionView section(Outline.SectionPart s, int level, Placeholders scope) {
    Section section = s.section();
    return section(section.id(), s.number(), section.title(), level, "section", s.parts(), scope);
  }

  /** A section's blocks, each with the number the {@link Outline} gave it. */
  private SectionView section(
      String id,
      String number,
      String title,
      int level,
      String source,
      List<Outline.Part> parts,
      Placeholders scope) {
    List<BlockView> blocks = new ArrayList<>();
    String element = source + " " + id;
    for (Outline.Part part : parts) {
      if (part instanceof Outline.ClausePart c) {
        blocks.add(clause(c, scope, element, null));
      } else if (part instanceof Outline.TextPart t) {
        blocks.add(new TextView(md.html(expand(t.text().text(), scope)), element));
      } else if (part instanceof Outline.SectionPart sub) {
        blocks.add(section(sub, level + 1, scope));
      } else if (part instanceof Outline.CategoryPart c) {
        blocks.add(category(c, level + 1));
      } else if (part instanceof Outline.TechnologyPart t) {
        Technology tech = t.technology();
        blocks.add(
            section(
                tech.id(),
                t.number(),
                tech.title(),
                level + 1,
                "technology",
                t.parts(),
                Placeholders.forTechnology(registry, tech)));
      } else if (part instanceof Outline.ProviderClause p) {
        blocks.add(providerClause(p));
      } else if (part instanceof Outline.ContactPart) {
        blocks.add(contact());
      }
    }
    return new SectionView(id, number, title, level, source, blocks);
  }

  /**
   * A category: its description and legal-basis statement as the first clause, its clauses, table,
   * notes.
   */
  private SectionView category(Outline.CategoryPart part, int level) {
    Category c = part.category();
    List<BlockView> blocks = new ArrayList<>();
    String first =
        c.description() + (c.legalBasisStatement() == null ? "" : " " + c.legalBasisStatement());
    String element = "category " + c.id();
    blocks.add(
        new ClauseView(
            null, part.descriptionNumber(), md.html(expand(first, global)), null, null, element));
    CookieTable table = cookieTable(c);
    for (Outline.Part p : part.parts()) {
      if (p instanceof Outline.ClausePart clause) {
        blocks.add(clause(clause, global, element, c.id()));
        if (clause.clause().table() == Block.GeneratedTable.COOKIES && table != null) {
          blocks.add(table); // placed by the editor under this clause
          table = null;
        }
      } else if (p instanceof Outline.TextPart t) {
        blocks.add(new TextView(md.html(expand(t.text().text(), global)), element));
      }
    }
    if (table != null) blocks.add(table);
    for (String note : c.notes()) blocks.add(new TextView(md.html(expand(note, global)), element));
    return new SectionView(c.id(), part.number(), c.title(), level, "category", blocks);
  }

  /** The category's cookie table, or null when it has no cookie. */
  private CookieTable cookieTable(Category c) {
    if (!cookieRows) return null;
    List<CookieRow> rows = registry.cookiesIn(c.id()).stream().map(this::cookieRow).toList();
    return rows.isEmpty() ? null : new CookieTable(c.title(), c.id(), rows);
  }

  private CookieRow cookieRow(Cookie c) {
    return new CookieRow(
        c.id(),
        PageIds.cookieRow(c.id()),
        c.displayName(),
        BannerData.providerName(registry, c),
        generated.inlineHtml(c.purpose(), global),
        c.isSession(),
        words.retention(c.retention()));
  }

  private ClauseView clause(
      Outline.ClausePart part, Placeholders scope, String element, String category) {
    Block.Clause c = part.clause();
    String number = part.number();
    ListView list = null;
    if (!c.items().isEmpty()) {
      list = list(c.lettered(), c.items().stream().map(i -> expand(i, scope)).toList());
    } else if (c.list() != null) {
      list = list(c.lettered(), generated.list(c.list(), category));
    }
    ThirdPartyTable table =
        c.table() == Block.GeneratedTable.THIRD_PARTIES
            ? generated.thirdParties(sectionTitleOf(number))
            : null;
    String id = c.id();
    return new ClauseView(
        id,
        number,
        md.html(expand(c.text(), scope)),
        list,
        table,
        id != null ? "clause " + id : element);
  }

  private ListView list(boolean lettered, List<String> markdownItems) {
    List<ListItem> items = new ArrayList<>();
    for (int i = 0; i < markdownItems.size(); i++) {
      String marker = lettered ? "(" + letter(i) + ")" : null;
      items.add(new ListItem(marker, md.inlineHtml(markdownItems.get(i))));
    }
    return new ListView(lettered, items);
  }

  /** a, b, … z, aa, ab … */
  private static String letter(int i) {
    return i < 26 ? String.valueOf((char) ('a' + i)) : letter(i / 26 - 1) + letter(i % 26);
  }

  /**
   * The title of the section a clause number belongs to ("4.1" → section 4's title), for a table's
   * label.
   */
  private String sectionTitleOf(String clauseNumber) {
    int top = Integer.parseInt(clauseNumber.substring(0, clauseNumber.indexOf('.'))) - 1;
    return registry.sections().get(top).title();
  }

  /** A provider's notice, or its opt-out under its title. */
  private ClauseView providerClause(Outline.ProviderClause part) {
    Provider p = part.provider();
    Placeholders scope = Placeholders.forProvider(registry, p);
    String markdown =
        switch (part.what()) {
          case PROVIDER_NOTICES -> expand(p.notice(), scope);
          case OPT_OUTS ->
              "**" + Prose.escape(p.optOut().title()) + ".** " + expand(p.optOut().text(), scope);
          case CONTACT -> throw new IllegalStateException("contact details are not a clause");
        };
    return new ClauseView(null, part.number(), md.html(markdown), null, null, "provider " + p.id());
  }

  private ContactView contact() {
    var c = registry.controller();
    return new ContactView(
        c.name(), c.address(), c.email(), c.email() == null ? null : "mailto:" + c.email());
  }

  private String expand(String text, Placeholders scope) {
    return Prose.expand(text, scope, this::xref);
  }

  /** {@code [[id]]}: "Section 5.1" linking to {@code #id}, or a related document's title. */
  private String xref(String id) {
    return CrossReferences.markdown(registry, outline, id, "", true, words.get("page.section"))
        .orElseThrow(
            () -> new IllegalStateException("cross-reference to unknown id [[" + id + "]]"));
  }
}
