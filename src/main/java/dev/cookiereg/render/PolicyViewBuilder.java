package dev.cookiereg.render;

import dev.cookiereg.model.Block;
import dev.cookiereg.model.Category;
import dev.cookiereg.model.Cookie;
import dev.cookiereg.model.Item;
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
import dev.cookiereg.render.html.PolicyPage.ThirdPartyRow;
import dev.cookiereg.render.html.PolicyPage.ThirdPartyTable;
import dev.cookiereg.render.html.PolicyPage.TocEntry;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Builds the {@link PolicyPage} view from the registry: walks the sections in the same order as
 * {@link Outline}, numbering as it goes, and turns every text into HTML through {@link Markdown}.
 */
final class PolicyViewBuilder {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);

  private final Registry registry;
  private final Outline outline;
  private final ChangeSummary change;
  private final Placeholders global;
  private final Markdown md = Markdown.INSTANCE;

  PolicyViewBuilder(RenderContext context) {
    this.registry = context.registry();
    this.outline = context.outline();
    this.change = context.change();
    this.global = Placeholders.global(registry);
  }

  PolicyPage build() {
    var policy = registry.policy();
    List<SectionView> sections = new ArrayList<>();
    int n = 0;
    for (Section s : registry.sections()) {
      sections.add(
          section(s.id(), String.valueOf(++n), s.title(), 1, "section", s.content(), global));
    }
    return new PolicyPage(
        policy.language(),
        policy.title(),
        policy.subtitle(),
        policy.version().toString(),
        date(policy.effective()),
        date(policy.lastUpdated()),
        toc(sections),
        sections,
        registry.consentPlatform().cookieSettingsLabel(),
        changeNotice());
  }

  /**
   * While the latest release is material, the page says so prominently and links the history
   * (7.2(c)).
   */
  private PolicyPage.ChangeNotice changeNotice() {
    if (!change.material() || change.since().isEmpty()) return null;
    List<String> changes =
        change.report().at(dev.cookiereg.diff.Level.MATERIAL).stream()
            .map(c -> Character.toUpperCase(c.message().charAt(0)) + c.message().substring(1) + ".")
            .toList();
    return new PolicyPage.ChangeNotice(
        registry.policy().version().toString(),
        change.since().get().toString(),
        date(registry.policy().effective()),
        changes);
  }

  static DateView date(LocalDate d) {
    return new DateView(d.toString(), DATE.format(d));
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

  /**
   * A section's blocks, numbered like {@link Outline}: clauses, subsections and generated clauses
   * count.
   */
  private SectionView section(
      String id,
      String number,
      String title,
      int level,
      String source,
      List<Block> content,
      Placeholders scope) {
    List<BlockView> blocks = new ArrayList<>();
    int k = 0;
    for (Block b : content) {
      if (b instanceof Block.Clause c) {
        blocks.add(clause(c, number + "." + ++k, scope, source + " " + id));
      } else if (b instanceof Block.Text t) {
        blocks.add(new TextView(md.html(expand(t.text(), scope)), source + " " + id));
      } else if (b instanceof Block.Subsection s) {
        Section sub = s.section();
        blocks.add(
            section(
                sub.id(),
                number + "." + ++k,
                sub.title(),
                level + 1,
                "section",
                sub.content(),
                scope));
      } else if (b instanceof Block.CategoryRef ref) {
        blocks.add(
            category(
                registry.category(ref.category()).orElseThrow(), number + "." + ++k, level + 1));
      } else if (b instanceof Block.TechnologyRef ref) {
        Technology t = registry.technology(ref.technology()).orElseThrow();
        blocks.add(
            section(
                t.id(),
                number + "." + ++k,
                t.title(),
                level + 1,
                "technology",
                t.clauses(),
                Placeholders.forTechnology(registry, t)));
      } else if (b instanceof Block.Generated g) {
        for (BlockView v : generated(g.what(), number, k)) {
          blocks.add(v);
          if (v instanceof ClauseView) k++;
        }
      }
    }
    return new SectionView(id, number, title, level, source, blocks);
  }

  /**
   * A category: its description and legal-basis statement as the first clause, its clauses, table,
   * notes.
   */
  private SectionView category(Category c, String number, int level) {
    List<BlockView> blocks = new ArrayList<>();
    String first =
        c.description() + (c.legalBasisStatement() == null ? "" : " " + c.legalBasisStatement());
    String element = "category " + c.id();
    blocks.add(
        new ClauseView(null, number + ".1", md.html(expand(first, global)), null, null, element));
    int k = 1;
    for (Block b : c.clauses()) {
      if (b instanceof Block.Clause clause) {
        blocks.add(clause(clause, number + "." + ++k, global, element, c.id()));
      } else if (b instanceof Block.Text t) {
        blocks.add(new TextView(md.html(expand(t.text(), global)), element));
      }
    }
    List<CookieRow> rows = registry.cookiesIn(c.id()).stream().map(this::cookieRow).toList();
    if (!rows.isEmpty()) blocks.add(new CookieTable(c.title(), c.id(), rows));
    for (String note : c.notes()) blocks.add(new TextView(md.html(expand(note, global)), element));
    return new SectionView(c.id(), number, c.title(), level, "category", blocks);
  }

  private CookieRow cookieRow(Cookie c) {
    return new CookieRow(
        c.id(),
        PageIds.cookieRow(c.id()),
        c.displayName(),
        BannerData.providerName(registry, c),
        inlineHtml(c.purpose(), global),
        c.isSession(),
        c.retention().display());
  }

  /**
   * A table cell's Markdown as inline HTML. Most purposes are plain words, which need only their
   * quotes escaped (what commonmark would write); a large registry's page is spared a Markdown
   * parse per cookie.
   */
  private String inlineHtml(String markdown, Placeholders scope) {
    if (MachineText.isPlain(markdown)) return markdown.strip().replace("\"", "&quot;");
    return md.inlineHtml(expand(markdown, scope));
  }

  private ClauseView clause(Block.Clause c, String number, Placeholders scope, String element) {
    return clause(c, number, scope, element, null);
  }

  private ClauseView clause(
      Block.Clause c, String number, Placeholders scope, String element, String category) {
    ListView list = null;
    if (!c.items().isEmpty()) {
      list = list(c.lettered(), c.items().stream().map(i -> expand(i, scope)).toList());
    } else if (c.list() != null) {
      list = list(c.lettered(), generatedList(c.list(), category));
    }
    ThirdPartyTable table = c.table() == null ? null : thirdParties(sectionTitleOf(number));
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

  private List<String> generatedList(Block.GeneratedList what, String category) {
    return switch (what) {
      case PROVIDERS ->
          registry.providersIn(requireCategory(category)).stream()
              .filter(p -> p.description() != null)
              .map(
                  p ->
                      Prose.escape(p.productName())
                          + " — "
                          + expand(p.description(), Placeholders.forProvider(registry, p)))
              .toList();
      case RELATED_DOCUMENTS ->
          registry.policy().relatedDocuments().stream().map(PolicyViewBuilder::titleLink).toList();
      case CONSENT_FEATURES -> items(registry.consentPlatform().features());
      case NOTICE_METHODS -> items(registry.policy().noticeMethods());
      case BROWSERS ->
          registry.browsers().stream()
              .map(b -> Prose.escape(b.name()) + ": " + link(b.url()))
              .toList();
    };
  }

  private static String requireCategory(String category) {
    if (category == null) {
      throw new IllegalStateException("list: providers is only meaningful inside a category");
    }
    return category;
  }

  private List<String> items(List<Item> items) {
    return items.stream().map(i -> expand(i.text(), global)).toList();
  }

  /** A related document: its title, linked when it has a url. */
  private static String titleLink(Item doc) {
    return doc.url() == null
        ? Prose.escape(doc.text())
        : "[" + Prose.escape(doc.text()) + "](" + Prose.destination(doc.url()) + ")";
  }

  /** A link whose text is the address without its scheme. */
  private static String link(String url) {
    return "[" + Prose.escape(Prose.linkText(url)) + "](" + Prose.destination(url) + ")";
  }

  private ThirdPartyTable thirdParties(String label) {
    List<ThirdPartyRow> rows = new ArrayList<>();
    for (Provider p : registry.providers()) {
      if (p.thirdParty() == null) continue;
      String privacy =
          p.privacyUrl() != null
              ? link(p.privacyUrl())
              : expand(
                  Optional.ofNullable(p.thirdParty().privacyNote()).orElse(""),
                  Placeholders.forProvider(registry, p));
      Placeholders scope = Placeholders.forProvider(registry, p);
      rows.add(
          new ThirdPartyRow(
              p.id(),
              p.name(),
              inlineHtml(p.thirdParty().purpose(), scope),
              md.inlineHtml(privacy)));
    }
    return new ThirdPartyTable(label, rows);
  }

  /**
   * The title of the section a clause number belongs to ("4.1" → section 4's title), for a table's
   * label.
   */
  private String sectionTitleOf(String clauseNumber) {
    int top = Integer.parseInt(clauseNumber.substring(0, clauseNumber.indexOf('.'))) - 1;
    return registry.sections().get(top).title();
  }

  private List<BlockView> generated(Block.GeneratedClauses what, String number, int before) {
    List<BlockView> out = new ArrayList<>();
    int k = before;
    switch (what) {
      case PROVIDER_NOTICES -> {
        for (Provider p : registry.providers()) {
          if (p.notice() == null) continue;
          out.add(
              new ClauseView(
                  null,
                  number + "." + ++k,
                  md.html(expand(p.notice(), Placeholders.forProvider(registry, p))),
                  null,
                  null,
                  "provider " + p.id()));
        }
      }
      case OPT_OUTS -> {
        for (Provider p : registry.providers()) {
          if (p.optOut() == null) continue;
          String text =
              "**"
                  + Prose.escape(p.optOut().title())
                  + ".** "
                  + expand(p.optOut().text(), Placeholders.forProvider(registry, p));
          out.add(
              new ClauseView(
                  null, number + "." + ++k, md.html(text), null, null, "provider " + p.id()));
        }
      }
      case CONTACT -> {
        var c = registry.controller();
        out.add(
            new ContactView(
                c.name(),
                c.address(),
                c.email(),
                c.email() == null ? null : "mailto:" + c.email()));
      }
    }
    return out;
  }

  private String expand(String text, Placeholders scope) {
    return Prose.expand(text, scope, this::xref);
  }

  /**
   * {@code [[id]]}: "Section 5.1" linking to {@code #id}, or a related document's title (linked if
   * it has a url).
   */
  private String xref(String id) {
    Optional<String> number = outline.number(id);
    if (number.isPresent()) return "[Section " + number.get() + "](#" + id + ")";
    return registry.policy().relatedDocuments().stream()
        .filter(d -> d.id().equals(id))
        .findFirst()
        .map(PolicyViewBuilder::titleLink)
        .orElseThrow(
            () -> new IllegalStateException("cross-reference to unknown id [[" + id + "]]"));
  }
}
