package dev.cookiereg.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cookiereg.diagnostic.Diagnostic;
import dev.cookiereg.diagnostic.Severity;
import dev.cookiereg.diagnostic.Suggestions;
import dev.cookiereg.load.SourceMap;
import dev.cookiereg.load.SourceTree;
import dev.cookiereg.model.Block;
import dev.cookiereg.model.Category;
import dev.cookiereg.model.Cookie;
import dev.cookiereg.model.IsoDuration;
import dev.cookiereg.model.LegalBasis;
import dev.cookiereg.model.Provider;
import dev.cookiereg.model.Registry;
import dev.cookiereg.model.Section;
import dev.cookiereg.model.Technology;
import dev.cookiereg.prose.Nesting;
import dev.cookiereg.prose.Outline;
import dev.cookiereg.prose.Placeholders;
import dev.cookiereg.prose.Prose;
import dev.cookiereg.render.html.PageIds;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The semantic checks of a registry, as a table of rules; each finding is located at the element
 * concerned.
 */
public final class Lints {
  public static final LintRule UNKNOWN_PROVIDER =
      rule(
          "unknown-provider",
          Severity.ERROR,
          "every provider a cookie or technology names is declared under providers");
  public static final LintRule UNKNOWN_CATEGORY =
      rule(
          "unknown-category",
          Severity.ERROR,
          "every category a cookie, technology, provider or section names is declared under categories");
  public static final LintRule UNKNOWN_TECHNOLOGY =
      rule(
          "unknown-technology",
          Severity.ERROR,
          "every technology a section names is declared under technologies");
  public static final LintRule DUPLICATE_ID =
      rule(
          "duplicate-id",
          Severity.ERROR,
          "ids are unique: within each kind, across everything a cross-reference can point at, and against the ids "
              + "the page gives its own elements (content, toc-heading, cookie-settings, <id>-heading, cookie-<id>…)");
  public static final LintRule DUPLICATE_COOKIE =
      rule(
          "duplicate-cookie", Severity.ERROR, "a cookie name appears once per provider and domain");
  public static final LintRule DANGLING_REFERENCE =
      rule(
          "dangling-reference",
          Severity.ERROR,
          "every [[id]] cross-reference points at a section, category, technology, clause or related document");
  public static final LintRule UNKNOWN_PLACEHOLDER =
      rule(
          "unknown-placeholder",
          Severity.ERROR,
          "every {placeholder} names a fact available where it is used");
  public static final LintRule INVALID_DURATION =
      rule(
          "invalid-duration",
          Severity.ERROR,
          "durations are ISO-8601 periods longer than zero (P13M, PT24H), 'session', idle or variants");
  public static final LintRule UNKNOWN_DURATION =
      rule(
          "unknown-duration",
          Severity.WARNING,
          "every cookie's duration is stated: visitors must be told how long each cookie lasts (Planet49)");
  public static final LintRule UNSAFE_URL =
      rule(
          "unsafe-url",
          Severity.ERROR,
          "links, in fields and in Markdown, use https: or mailto: (or point inside the page with #)");
  public static final LintRule EMPTY_CATEGORY =
      rule(
          "empty-category",
          Severity.ERROR,
          "every category holds at least one cookie or technology");
  public static final LintRule UNUSED_PROVIDER =
      rule(
          "unused-provider",
          Severity.WARNING,
          "every provider is used by a cookie or technology, or declares undeclaredCookies");
  public static final LintRule CATEGORY_DEFAULT_ON =
      rule(
          "category-default-on",
          Severity.ERROR,
          "a category the visitor can refuse is off by default (no pre-checked boxes)");
  public static final LintRule NOT_IN_POLICY =
      rule(
          "not-in-policy",
          Severity.ERROR,
          "every category and technology appears in the policy's sections exactly once");
  public static final LintRule MISPLACED_BLOCK =
      rule(
          "misplaced-block",
          Severity.ERROR,
          "a category's clauses hold clauses and text only (the page shows nothing else there)");
  public static final LintRule MISSING_PROVIDER_DESCRIPTION =
      rule(
          "missing-provider-description",
          Severity.ERROR,
          "a provider listed by a 'list: providers' clause has a description");
  public static final LintRule EMPTY_LIST =
      rule("empty-list", Severity.ERROR, "a lettered clause has items or a generated list");
  public static final LintRule WILDCARD_ONLY =
      rule("wildcard-only", Severity.ERROR, "a cookie name is more than a wildcard");

  /** The most wildcards a cookie name may have; see {@link #TOO_MANY_WILDCARDS}. */
  public static final int MAX_WILDCARDS = 3;

  public static final LintRule TOO_MANY_WILDCARDS =
      rule(
          "too-many-wildcards",
          Severity.ERROR,
          "a cookie name has at most "
              + MAX_WILDCARDS
              + " wildcards (*); real cookie names need one or two");
  public static final LintRule COOKIE_WITHOUT_CONSENT =
      rule(
          "legitimate-interest-cookie",
          Severity.ERROR,
          "cookies need consent or the strictly-necessary exemption: ePrivacy Art. 5(3) has no legitimate interest");
  public static final LintRule REQUIRED_NEEDS_EXEMPTION =
      rule(
          "required-category-consent",
          Severity.ERROR,
          "a required (always-on) category rests on the strictly-necessary exemption, not on consent");
  public static final LintRule IMAGE_IN_PROSE =
      rule(
          "image-in-prose",
          Severity.ERROR,
          "prose and the policy history hold no images: the site publishes none, and one from another site is loaded "
              + "before consent (a tracking pixel)");
  public static final LintRule MARKDOWN_TOO_DEEP =
      rule(
          "markdown-too-deep",
          Severity.ERROR,
          "prose nests quotes, lists, emphasis and links at most "
              + Nesting.MAX
              + " levels deep (deeper would "
              + "overflow the Markdown renderer)");

  /** Every lint rule, in the order they run. */
  public static final List<LintRule> ALL =
      List.of(
          UNKNOWN_PROVIDER,
          UNKNOWN_CATEGORY,
          UNKNOWN_TECHNOLOGY,
          DUPLICATE_ID,
          DUPLICATE_COOKIE,
          DANGLING_REFERENCE,
          UNKNOWN_PLACEHOLDER,
          INVALID_DURATION,
          UNKNOWN_DURATION,
          UNSAFE_URL,
          EMPTY_CATEGORY,
          UNUSED_PROVIDER,
          CATEGORY_DEFAULT_ON,
          NOT_IN_POLICY,
          MISPLACED_BLOCK,
          MISSING_PROVIDER_DESCRIPTION,
          EMPTY_LIST,
          WILDCARD_ONLY,
          COOKIE_WITHOUT_CONSENT,
          REQUIRED_NEEDS_EXEMPTION,
          IMAGE_IN_PROSE,
          MARKDOWN_TOO_DEEP,
          TOO_MANY_WILDCARDS);

  private static final Pattern MD_LINK = Pattern.compile("\\]\\(\\s*<?([^)\\s>]*)");
  private static final Pattern MD_AUTOLINK =
      Pattern.compile("<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^>\\s]*)>");
  private static final Pattern MD_REFERENCE_DEF =
      Pattern.compile("(?m)^ {0,3}\\[[^\\]]+]:\\s*<?(\\S+?)>?(\\s|$)");

  private final Registry r;
  private final JsonNode root;
  private final SourceMap map;
  private final List<Diagnostic> found = new ArrayList<>();
  private final Map<String, Placeholders> scopes = new HashMap<>();

  private Lints(Registry registry, SourceTree tree) {
    this.r = registry;
    this.root = tree.root();
    this.map = tree.sourceMap();
  }

  /** Runs every rule; returns errors and warnings in rule order (callers sort by position). */
  public static List<Diagnostic> check(Registry registry, SourceTree tree) {
    Lints lints = new Lints(registry, tree);
    lints.references();
    lints.duplicates();
    lints.pageIds();
    lints.cookies();
    lints.categories();
    lints.providers();
    lints.outline();
    lints.texts();
    return lints.found.stream().distinct().toList();
  }

  private static LintRule rule(String id, Severity severity, String summary) {
    return new LintRule(id, severity, summary);
  }

  private void report(LintRule rule, String pointer, String message) {
    found.add(new Diagnostic(map.file(), map.locate(pointer), rule.severity(), rule.id(), message));
  }

  private void references() {
    Set<String> providers = ids(r.providers(), Provider::id);
    Set<String> categories = ids(r.categories(), Category::id);
    for (int i = 0; i < r.cookies().size(); i++) {
      Cookie c = r.cookies().get(i);
      if (!providers.contains(c.provider())) {
        report(
            UNKNOWN_PROVIDER,
            "/cookies/" + i + "/provider",
            "cookie '"
                + c.id()
                + "' names provider '"
                + c.provider()
                + "', which is not declared under providers"
                + suggest(c.provider(), providers));
      }
      if (!categories.contains(c.category())) {
        report(
            UNKNOWN_CATEGORY,
            "/cookies/" + i + "/category",
            "cookie '"
                + c.id()
                + "' names category '"
                + c.category()
                + "', which is not declared under categories"
                + suggest(c.category(), categories));
      }
    }
    for (int i = 0; i < r.technologies().size(); i++) {
      Technology t = r.technologies().get(i);
      if (!providers.contains(t.provider())) {
        report(
            UNKNOWN_PROVIDER,
            "/technologies/" + i + "/provider",
            "technology '"
                + t.id()
                + "' names provider '"
                + t.provider()
                + "', which is not declared"
                + suggest(t.provider(), providers));
      }
      if (t.category() != null && !categories.contains(t.category())) {
        report(
            UNKNOWN_CATEGORY,
            "/technologies/" + i + "/category",
            "technology '"
                + t.id()
                + "' names category '"
                + t.category()
                + "', which is not declared"
                + suggest(t.category(), categories));
      }
    }
    for (int i = 0; i < r.providers().size(); i++) {
      Provider p = r.providers().get(i);
      if (p.undeclaredCookiesCategory() != null
          && !categories.contains(p.undeclaredCookiesCategory())) {
        report(
            UNKNOWN_CATEGORY,
            "/providers/" + i + "/undeclaredCookies/category",
            "provider '"
                + p.id()
                + "' names category '"
                + p.undeclaredCookiesCategory()
                + "', which is not declared");
      }
    }
  }

  private void duplicates() {
    duplicateIds("providers", r.providers(), Provider::id);
    duplicateIds("cookies", r.cookies(), Cookie::id);
    // Everything a cross-reference can name (sections, clauses, categories, technologies) shares
    // one namespace,
    // which also catches a category or technology declared twice.
    Map<String, String> anchors = new HashMap<>();
    walkAnchors(
        (id, pointer, titled) -> {
          String first = anchors.putIfAbsent(id, pointer);
          if (first != null) {
            report(
                DUPLICATE_ID,
                pointer,
                "id '"
                    + id
                    + "' is already used at line "
                    + map.locate(first).line()
                    + "; cross-references need unique ids");
          }
        });
  }

  private <T> void duplicateIds(String kind, List<T> items, Function<T, String> id) {
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      String value = id.apply(items.get(i));
      Integer previous = first.putIfAbsent(value, i);
      if (previous != null) {
        report(
            DUPLICATE_ID,
            "/" + kind + "/" + i,
            "duplicate id '"
                + value
                + "' in "
                + kind
                + " (first at line "
                + map.locate("/" + kind + "/" + previous).line()
                + ")");
      }
    }
  }

  private interface AnchorVisitor {
    /**
     * {@code titled}: the id is a section's, category's or technology's, whose heading the page
     * gives an id.
     */
    void visit(String id, String pointer, boolean titled);
  }

  /**
   * Ids that own a place in the policy (sections, clauses, related documents), with their pointers.
   */
  private void walkAnchors(AnchorVisitor visitor) {
    for (int i = 0; i < r.policy().relatedDocuments().size(); i++) {
      visitor.visit(
          r.policy().relatedDocuments().get(i).id(), "/policy/relatedDocuments/" + i, false);
    }
    for (int i = 0; i < r.sections().size(); i++) {
      walkSectionAnchors(r.sections().get(i), "/sections/" + i, visitor);
    }
    for (int i = 0; i < r.categories().size(); i++) {
      visitor.visit(r.categories().get(i).id(), "/categories/" + i, true);
      walkBlockAnchors(r.categories().get(i).clauses(), "/categories/" + i + "/clauses", visitor);
    }
    for (int i = 0; i < r.technologies().size(); i++) {
      visitor.visit(r.technologies().get(i).id(), "/technologies/" + i, true);
      walkBlockAnchors(
          r.technologies().get(i).clauses(), "/technologies/" + i + "/clauses", visitor);
    }
  }

  private void walkSectionAnchors(Section s, String pointer, AnchorVisitor visitor) {
    visitor.visit(s.id(), pointer, true);
    walkBlockAnchors(s.content(), pointer + "/content", visitor);
  }

  private void walkBlockAnchors(List<Block> blocks, String pointer, AnchorVisitor visitor) {
    for (int j = 0; j < blocks.size(); j++) {
      Block b = blocks.get(j);
      if (b instanceof Block.Clause c && c.id() != null) {
        visitor.visit(c.id(), pointer + "/" + j + "/id", false);
      } else if (b instanceof Block.Subsection sub) {
        walkSectionAnchors(sub.section(), pointer + "/" + j + "/section", visitor);
      }
    }
  }

  /**
   * An id the page gives an element itself, and that element in words, with its place in the
   * registry if any.
   */
  private record PageId(String owner, String pointer) {}

  /**
   * The ids of {@link PageIds}: the templates' own, each section's heading, each cookie's and third
   * party's row. None may be an id the registry gives a section, category, technology or clause,
   * nor meet another of them.
   */
  private void pageIds() {
    Map<String, PageId> taken = new HashMap<>();
    PageIds.TEMPLATE.forEach(
        (id, what) -> taken.put(id, new PageId("the page itself (" + what + ")", null)));
    Set<String> anchors = new HashSet<>();
    walkAnchors(
        (id, pointer, titled) -> {
          if (anchors.add(id) && titled) { // an id used twice is reported once, by duplicates()
            claim(
                taken,
                PageIds.heading(id),
                new PageId("the heading of '" + id + "'", pointer),
                "id '" + id + "' gives its heading");
          }
        });
    for (int i = 0; i < r.cookies().size(); i++) {
      String id = r.cookies().get(i).id();
      claim(
          taken,
          PageIds.cookieRow(id),
          new PageId("the row of cookie '" + id + "'", "/cookies/" + i),
          "cookie '" + id + "' gives its row");
    }
    if (thirdPartyTables()) {
      for (int i = 0; i < r.providers().size(); i++) {
        Provider p = r.providers().get(i);
        if (p.thirdParty() == null) continue;
        claim(
            taken,
            PageIds.thirdPartyRow(p.id()),
            new PageId("the third-party row of provider '" + p.id() + "'", "/providers/" + i),
            "provider '" + p.id() + "' gives its third-party row");
      }
    }
    walkAnchors(
        (id, pointer, titled) -> {
          PageId owner = taken.get(id);
          if (owner != null
              && !pointer.startsWith(
                  "/policy/relatedDocuments/")) { // a related document has no place
            report(
                DUPLICATE_ID,
                pointer,
                "id '" + id + "' is already used by " + words(owner) + "; choose another id");
          }
        });
  }

  private void claim(Map<String, PageId> taken, String id, PageId owner, String subject) {
    PageId first = taken.putIfAbsent(id, owner);
    if (first != null) {
      report(
          DUPLICATE_ID,
          owner.pointer(),
          subject
              + " the id '"
              + id
              + "', which is already used by "
              + words(first)
              + "; choose another id");
    }
  }

  private String words(PageId owner) {
    return owner.owner()
        + (owner.pointer() == null ? "" : " (line " + map.locate(owner.pointer()).line() + ")");
  }

  /**
   * True when a clause shows the third-party table; a second one is refused, as its rows would
   * repeat their ids.
   */
  private boolean thirdPartyTables() {
    List<String> tables = new ArrayList<>();
    for (int i = 0; i < r.sections().size(); i++) {
      tableClauses(r.sections().get(i).content(), "/sections/" + i + "/content", tables);
    }
    for (int i = 0; i < r.categories().size(); i++) {
      tableClauses(r.categories().get(i).clauses(), "/categories/" + i + "/clauses", tables);
    }
    for (int i = 0; i < r.technologies().size(); i++) {
      tableClauses(r.technologies().get(i).clauses(), "/technologies/" + i + "/clauses", tables);
    }
    for (String later : tables.subList(Math.min(1, tables.size()), tables.size())) {
      report(
          DUPLICATE_ID,
          later,
          "a third-party table is already placed at line "
              + map.locate(tables.get(0)).line()
              + "; a second one would repeat its rows' ids: place it once");
    }
    return !tables.isEmpty();
  }

  private static void tableClauses(List<Block> blocks, String pointer, List<String> found) {
    for (int j = 0; j < blocks.size(); j++) {
      Block b = blocks.get(j);
      if (b instanceof Block.Clause c && c.table() != null) {
        found.add(pointer + "/" + j);
      } else if (b instanceof Block.Subsection sub) {
        tableClauses(sub.section().content(), pointer + "/" + j + "/section/content", found);
      }
    }
  }

  private void cookies() {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < r.cookies().size(); i++) {
      Cookie c = r.cookies().get(i);
      String pointer = "/cookies/" + i;
      if (c.name() != null) {
        String key =
            c.provider()
                + "\u0000"
                + (c.domain() == null ? "" : c.domain().toLowerCase(Locale.ROOT))
                + "\u0000"
                + c.name();
        Integer first = seen.putIfAbsent(key, i);
        if (first != null) {
          report(
              DUPLICATE_COOKIE,
              pointer + "/name",
              "cookie name '"
                  + c.name()
                  + "' is already declared for "
                  + "provider '"
                  + c.provider()
                  + "' at line "
                  + map.locate("/cookies/" + first).line());
        }
        if (c.name().chars().allMatch(ch -> ch == '*')) {
          report(
              WILDCARD_ONLY,
              pointer + "/name",
              "cookie name '" + c.name() + "' would match every cookie");
        }
        if (c.wildcards() > MAX_WILDCARDS) {
          report(
              TOO_MANY_WILDCARDS,
              pointer + "/name",
              "cookie name '"
                  + c.name()
                  + "' has "
                  + c.wildcards()
                  + " wildcards; a name may have at most "
                  + MAX_WILDCARDS
                  + ": spell out more of it, or declare its "
                  + "variants as separate cookies");
        }
      }
      checkDuration(root.path("cookies").path(i).path("duration"), pointer + "/duration");
      if (!c.retention().isKnown()) {
        report(
            UNKNOWN_DURATION,
            pointer + "/duration",
            "cookie '" + c.id() + "' has no known duration yet; " + "state it before publishing");
      }
    }
  }

  private void checkDuration(JsonNode node, String pointer) {
    if (node.has("unknown")) return;
    if (node.isTextual()) {
      String text = node.asText();
      // the schema has already refused text that is not an ISO-8601 duration
      if ("session".equals(text)) return;
      if (IsoDuration.parse(text).totalSeconds() == 0) {
        report(
            INVALID_DURATION,
            pointer,
            "duration '"
                + text
                + "' is zero; a cookie that ends with the browser "
                + "session is 'session'");
      }
      return;
    }
    if (node.has("idle")) checkDuration(node.path("idle"), pointer + "/idle");
    JsonNode variants = node.path("variants");
    for (int v = 0; v < variants.size(); v++) {
      checkDuration(variants.path(v).path("duration"), pointer + "/variants/" + v + "/duration");
    }
  }

  private void categories() {
    Set<String> withUndeclared = new HashSet<>();
    r.providers()
        .forEach(
            p -> {
              if (p.undeclaredCookiesCategory() != null)
                withUndeclared.add(p.undeclaredCookiesCategory());
            });
    for (int i = 0; i < r.categories().size(); i++) {
      Category c = r.categories().get(i);
      String pointer = "/categories/" + i;
      if (r.cookiesIn(c.id()).isEmpty()
          && r.technologiesIn(c.id()).isEmpty()
          && !withUndeclared.contains(c.id())) {
        report(
            EMPTY_CATEGORY,
            pointer,
            "category '"
                + c.id()
                + "' has no cookies or technologies; remove it or "
                + "add what it covers");
      }
      if (!c.required() && c.defaultEnabled()) {
        report(
            CATEGORY_DEFAULT_ON,
            pointer + "/defaultEnabled",
            "category '"
                + c.id()
                + "' can be refused, so it "
                + "must be off by default (pre-ticked boxes are not consent)");
      }
      if (c.required() && c.legalBasis() == LegalBasis.CONSENT) {
        report(
            REQUIRED_NEEDS_EXEMPTION,
            pointer + "/legalBasis",
            "category '"
                + c.id()
                + "' is required (always on)"
                + " but rests on consent; always-on cookies need the strictly-necessary exemption");
      }
      if (c.legalBasis() == LegalBasis.LEGITIMATE_INTEREST && !r.cookiesIn(c.id()).isEmpty()) {
        report(
            COOKIE_WITHOUT_CONSENT,
            pointer + "/legalBasis",
            "category '"
                + c.id()
                + "' holds cookies under "
                + "legitimate interest; storing cookies needs consent or the strictly-necessary exemption");
      }
    }
  }

  private void providers() {
    Set<String> used = new HashSet<>();
    r.cookies().forEach(c -> used.add(c.provider()));
    r.technologies().forEach(t -> used.add(t.provider()));
    for (int i = 0; i < r.providers().size(); i++) {
      Provider p = r.providers().get(i);
      if (!used.contains(p.id()) && p.undeclaredCookiesCategory() == null) {
        report(
            UNUSED_PROVIDER,
            "/providers/" + i,
            "provider '" + p.id() + "' is not used by any cookie or " + "technology");
      }
    }
  }

  /**
   * Every category and technology is placed in the policy once; every reference in sections
   * resolves.
   */
  private void outline() {
    Map<String, Integer> categoryUses = new LinkedHashMap<>();
    Map<String, Integer> technologyUses = new LinkedHashMap<>();
    for (int i = 0; i < r.sections().size(); i++) {
      outlineBlocks(
          r.sections().get(i).content(),
          "/sections/" + i + "/content",
          categoryUses,
          technologyUses);
    }
    for (int i = 0; i < r.categories().size(); i++) {
      String id = r.categories().get(i).id();
      int uses = categoryUses.getOrDefault(id, 0);
      if (uses != 1) {
        report(
            NOT_IN_POLICY,
            "/categories/" + i,
            "category '"
                + id
                + "' appears "
                + uses
                + " times in the "
                + "policy's sections; place it once with '- category: "
                + id
                + "'");
      }
      List<Block> clauses = r.categories().get(i).clauses();
      String at = "/categories/" + i + "/clauses";
      for (int j = 0; j < clauses.size(); j++) {
        if (!(clauses.get(j) instanceof Block.Clause || clauses.get(j) instanceof Block.Text)) {
          report(
              MISPLACED_BLOCK,
              at + "/" + j,
              "category '"
                  + id
                  + "' holds only clauses and text; place a "
                  + "section, category, technology or generated block in a section");
        }
      }
      outlineBlocks(
          clauses, at, new HashMap<>(), new HashMap<>()); // a category's clauses place nothing
    }
    for (int i = 0; i < r.technologies().size(); i++) {
      String id = r.technologies().get(i).id();
      int uses = technologyUses.getOrDefault(id, 0);
      if (uses != 1) {
        report(
            NOT_IN_POLICY,
            "/technologies/" + i,
            "technology '"
                + id
                + "' appears "
                + uses
                + " times in the "
                + "policy's sections; place it once with '- technology: "
                + id
                + "'");
      }
      outlineBlocks(
          r.technologies().get(i).clauses(),
          "/technologies/" + i + "/clauses",
          categoryUses,
          technologyUses);
    }
  }

  private void outlineBlocks(
      List<Block> blocks,
      String pointer,
      Map<String, Integer> categoryUses,
      Map<String, Integer> technologyUses) {
    for (int j = 0; j < blocks.size(); j++) {
      Block b = blocks.get(j);
      String at = pointer + "/" + j;
      if (b instanceof Block.CategoryRef ref) {
        categoryUses.merge(ref.category(), 1, Integer::sum);
        if (r.category(ref.category()).isEmpty()) {
          report(
              UNKNOWN_CATEGORY,
              at + "/category",
              "section names category '"
                  + ref.category()
                  + "', which is not declared"
                  + suggest(ref.category(), ids(r.categories(), Category::id)));
        }
      } else if (b instanceof Block.TechnologyRef ref) {
        technologyUses.merge(ref.technology(), 1, Integer::sum);
        if (r.technology(ref.technology()).isEmpty()) {
          report(
              UNKNOWN_TECHNOLOGY,
              at + "/technology",
              "section names technology '"
                  + ref.technology()
                  + "', which is not declared"
                  + suggest(ref.technology(), ids(r.technologies(), Technology::id)));
        }
      } else if (b instanceof Block.Subsection sub) {
        outlineBlocks(
            sub.section().content(), at + "/section/content", categoryUses, technologyUses);
      } else if (b instanceof Block.Clause c) {
        if (c.lettered() && c.items().isEmpty() && c.list() == null) {
          report(EMPTY_LIST, at, "a lettered clause needs 'items' or a 'list' to letter");
        }
        if (c.list() == Block.GeneratedList.PROVIDERS) {
          checkProviderList(pointer, at);
        }
      }
    }
  }

  /** A providers list belongs to a category's clauses and needs each provider's description. */
  private void checkProviderList(String containerPointer, String at) {
    Matcher m = CATEGORY_CLAUSES.matcher(containerPointer);
    if (!m.matches()) {
      report(
          EMPTY_LIST,
          at,
          "'list: providers' lists a category's providers; use it in a category's clauses");
      return;
    }
    Category c = r.categories().get(Integer.parseInt(m.group(1)));
    for (Provider p : r.providersIn(c.id())) {
      if (p.description() == null) {
        report(
            MISSING_PROVIDER_DESCRIPTION,
            at,
            "provider '" + p.id() + "' is listed here but has no " + "description");
      }
    }
  }

  /** Cross-references, placeholders and links in every text of the registry. */
  private void texts() {
    Set<String> targets = new HashSet<>(Outline.of(r).numbers().keySet());
    r.policy().relatedDocuments().forEach(d -> targets.add(d.id()));
    Placeholders global = Placeholders.global(r);
    Set<String> linked =
        new HashSet<>(Outline.of(r).numbers().keySet()); // [[id]] that the page writes as a link
    r.policy()
        .relatedDocuments()
        .forEach(
            d -> {
              if (d.url() != null) linked.add(d.id());
            });
    walkTexts(
        root,
        "",
        (pointer, text) -> {
          if (Nesting.tooDeep(text)) {
            report(MARKDOWN_TOO_DEEP, pointer, new Nesting.TooDeep().getMessage());
            return; // nothing else in it can be read safely
          }
          if (text.indexOf('[') < 0 && text.indexOf('{') < 0 && text.indexOf('<') < 0)
            return; // plain text
          for (String ref : Prose.references(text)) {
            if (!targets.contains(ref)) {
              report(
                  DANGLING_REFERENCE,
                  pointer,
                  "cross-reference [[" + ref + "]] points at nothing" + suggest(ref, targets));
            }
          }
          Placeholders scope = scope(pointer, global);
          for (Prose.Use use : Prose.placeholders(text)) {
            if (scope.value(use.name()).isEmpty()) {
              report(
                  UNKNOWN_PLACEHOLDER,
                  pointer,
                  "placeholder {"
                      + (use.link() ? "link:" : "")
                      + use.name()
                      + "} has no value here"
                      + suggest(use.name(), scope.names()));
            } else if (use.link() && !Placeholders.isUrl(use.name())) {
              report(
                  UNKNOWN_PLACEHOLDER,
                  pointer,
                  "{link:" + use.name() + "} needs a URL field such as optOut.url");
            }
          }
          checkLinks(pointer, text);
          checkImages(pointer, text, scope, linked);
        });
    checkJoinedImages(global, linked);
  }

  private static final Pattern PROVIDER_TEXT = Pattern.compile("^/providers/(\\d+)(/.*)?$");
  private static final Pattern TECHNOLOGY_TEXT = Pattern.compile("^/technologies/(\\d+)(/.*)?$");
  private static final Pattern CATEGORY_CLAUSES = Pattern.compile("^/categories/(\\d+)/clauses$");

  private Placeholders scope(String pointer, Placeholders global) {
    if (!pointer.startsWith("/providers/") && !pointer.startsWith("/technologies/")) return global;
    Matcher provider = PROVIDER_TEXT.matcher(pointer);
    if (provider.matches()) {
      int index = Integer.parseInt(provider.group(1));
      return scopes.computeIfAbsent(
          "/providers/" + index, k -> Placeholders.forProvider(r, r.providers().get(index)));
    }
    Matcher technology = TECHNOLOGY_TEXT.matcher(pointer);
    if (technology.matches()) {
      int index = Integer.parseInt(technology.group(1));
      return scopes.computeIfAbsent(
          "/technologies/" + index,
          k -> Placeholders.forTechnology(r, r.technologies().get(index)));
    }
    return global;
  }

  private void checkLinks(String pointer, String text) {
    for (Pattern p : List.of(MD_LINK, MD_AUTOLINK, MD_REFERENCE_DEF)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        String url = m.group(1);
        if (!url.isEmpty() && !isSafeLink(url)) {
          report(
              UNSAFE_URL,
              pointer,
              "a link to '"
                  + abbreviate(url)
                  + "' is not allowed; links use https: or "
                  + "mailto:");
        }
      }
    }
  }

  /**
   * Images, found as the page finds them: in the text with its placeholders and cross-references
   * filled in (so {@code !{link:optOut.url}} counts).
   */
  private void checkImages(String pointer, String text, Placeholders scope, Set<String> linked) {
    if (text.indexOf('!') < 0) return;
    for (MarkdownImages.Found image : MarkdownImages.in(expandForImages(text, scope, linked))) {
      report(IMAGE_IN_PROSE, pointer, MarkdownImages.message(image.source()));
    }
  }

  /**
   * A category's description and legal-basis statement are one paragraph on the page: an image can
   * take its reference definition from the other text.
   */
  private void checkJoinedImages(Placeholders global, Set<String> linked) {
    for (int i = 0; i < r.categories().size(); i++) {
      Category c = r.categories().get(i);
      if (c.legalBasisStatement() == null) continue;
      String joined = c.description() + " " + c.legalBasisStatement();
      if (joined.indexOf('!') < 0) continue;
      int apart =
          MarkdownImages.in(expandForImages(c.description(), global, linked)).size()
              + MarkdownImages.in(expandForImages(c.legalBasisStatement(), global, linked)).size();
      List<MarkdownImages.Found> together =
          MarkdownImages.in(expandForImages(joined, global, linked));
      for (MarkdownImages.Found image :
          together.subList(Math.min(apart, together.size()), together.size())) {
        report(
            IMAGE_IN_PROSE,
            "/categories/" + i + "/description",
            MarkdownImages.message(image.source()));
      }
    }
  }

  private static String expandForImages(String text, Placeholders scope, Set<String> linked) {
    return Prose.expand(
        text, scope, id -> linked.contains(id) ? "[" + id + "](#" + id + ")" : Prose.escape(id));
  }

  static String abbreviate(String url) {
    return url.length() > 40 ? url.substring(0, 40) + "…" : url;
  }

  /** https, mailto, an anchor in the page, or a placeholder that expands to a checked URL. */
  public static boolean isSafeLink(String url) {
    String u = url.strip().toLowerCase(Locale.ROOT);
    return u.startsWith("https://")
        || u.startsWith("mailto:")
        || u.startsWith("#")
        || Prose.PLACEHOLDER.matcher(url).matches();
  }

  private interface TextVisitor {
    void visit(String pointer, String text);
  }

  private static void walkTexts(JsonNode node, String pointer, TextVisitor visitor) {
    if (node.isTextual()) {
      visitor.visit(pointer, node.asText());
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) walkTexts(node.get(i), pointer + "/" + i, visitor);
    } else if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> f = fields.next();
        walkTexts(f.getValue(), pointer + "/" + SourceMap.token(f.getKey()), visitor);
      }
    }
  }

  private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
    Set<String> out = new HashSet<>();
    items.forEach(i -> out.add(id.apply(i)));
    return out;
  }

  /** "; did you mean 'analytics'?" when a known id is one or two edits away. */
  private static String suggest(String wrong, java.util.Collection<String> known) {
    return Suggestions.didYouMean(wrong, known);
  }
}
