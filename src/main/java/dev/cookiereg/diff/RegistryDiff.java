package dev.cookiereg.diff;

import dev.cookiereg.model.Block;
import dev.cookiereg.model.Category;
import dev.cookiereg.model.Cookie;
import dev.cookiereg.model.LegalBasis;
import dev.cookiereg.model.Provider;
import dev.cookiereg.model.Registry;
import dev.cookiereg.model.Section;
import dev.cookiereg.model.Technology;
import dev.cookiereg.prose.Placeholders;
import dev.cookiereg.prose.Prose;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Compares two registries element by element, matching by stable id (never by position), and
 * classifies every difference by the rules in {@link ChangeRules}. A move is one change, a rename
 * only through {@code renamedFrom}; order, formatting and comments of the YAML never count.
 */
public final class RegistryDiff {
  /** Where personal data stays under EU law: the EEA and countries with an EU adequacy decision. */
  static final Set<String> EEA_OR_ADEQUATE =
      Set.of(
          "EEA", "EU", "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU",
          "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS",
          "LI", "NO", "AD", "AR", "CA", "FO", "GG", "IL", "IM", "JP", "JE", "NZ", "KR", "CH", "UK",
          "GB", "UY");

  private final Registry base;
  private final Registry head;
  private final List<Change> changes = new ArrayList<>();

  /** Providers renamed since the base (head id → base id), so their cookies keep their provider. */
  private final Map<String, String> providerRenames = new HashMap<>();

  private final Placeholders baseGlobal;
  private final Placeholders headGlobal;

  private RegistryDiff(Registry base, Registry head) {
    this.base = base;
    this.head = head;
    this.baseGlobal = Placeholders.global(base);
    this.headGlobal = Placeholders.global(head);
  }

  /**
   * Classifies every change from {@code base} (the last release) to {@code head} (the registry
   * now).
   */
  public static DiffReport compare(Registry base, Registry head) {
    RegistryDiff d = new RegistryDiff(base, head);
    d.categories();
    d.providers();
    d.cookies();
    d.technologies();
    d.prose();
    return new DiffReport(d.changes);
  }

  private void add(
      ChangeRule rule, String kind, String id, String pointer, Map<String, String> values) {
    Map<String, String> v = new HashMap<>(values);
    v.put("subject", id);
    v.put("kind", kind);
    changes.add(new Change(rule, kind + ":" + id, fill(rule.message(), v), pointer));
  }

  private void add(ChangeRule rule, String kind, String id, String pointer) {
    add(rule, kind, id, pointer, Map.of());
  }

  private static final Pattern TEMPLATE_VALUE = Pattern.compile("\\{(\\w+)}");

  private static String fill(String template, Map<String, String> values) {
    Matcher m = TEMPLATE_VALUE.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "?")));
    }
    return m.appendTail(out).toString();
  }

  private void categories() {
    Matched<Category> m =
        match("categories", base.categories(), head.categories(), Category::id, c -> null);
    for (Pair<Category> pair : m.pairs()) {
      Category c = pair.now();
      Category was = pair.was();
      String at = pair.at();
      if (was == null) {
        add(ChangeRules.CATEGORY_ADDED, "category", c.id(), at);
        continue;
      }
      if (!was.required() && c.required())
        add(ChangeRules.CATEGORY_MADE_NECESSARY, "category", c.id(), at);
      if (was.required() && !c.required())
        add(ChangeRules.CATEGORY_MADE_OPTIONAL, "category", c.id(), at);
      if (!c.required() && !was.defaultEnabled() && c.defaultEnabled()) {
        add(ChangeRules.CATEGORY_DEFAULT_ON, "category", c.id(), at);
      }
      if (!c.required() && was.defaultEnabled() && !c.defaultEnabled()) {
        add(ChangeRules.CATEGORY_DEFAULT_OFF, "category", c.id(), at);
      }
      if (!was.required() && !c.required())
        regions(c.id(), at, was.consentRequiredIn(), c.consentRequiredIn());
      details(
          "category", c.id(), at, "Consent Mode storage types", was.consentMode(), c.consentMode());
      legalBasis("category", c.id(), at, was.legalBasis(), c.legalBasis());
      purpose("category", c.id(), at, "description", was.description(), c.description());
      text(
          "category",
          c.id(),
          at,
          was.title()
              + "\n"
              + was.legalBasisStatement()
              + "\n"
              + blocks(was.clauses())
              + "\n"
              + String.join("\n", was.notes()),
          c.title()
              + "\n"
              + c.legalBasisStatement()
              + "\n"
              + blocks(c.clauses())
              + "\n"
              + String.join("\n", c.notes()));
    }
    m.removed().forEach(c -> add(ChangeRules.CATEGORY_REMOVED, "category", c.id(), "/categories"));
  }

  /**
   * Regions where a refusable category no longer asks for consent lose a choice (material); new
   * ones gain it. A category made always-on or refusable is already its own change.
   */
  private void regions(String id, String at, List<String> from, List<String> to) {
    List<String> dropped = from.stream().filter(r -> !to.contains(r)).toList();
    List<String> added = to.stream().filter(r -> !from.contains(r)).toList();
    if (!dropped.isEmpty()) {
      add(
          ChangeRules.CONSENT_REGIONS_NARROWED,
          "category",
          id,
          at,
          Map.of("regions", String.join(", ", dropped)));
    }
    if (!added.isEmpty()) {
      add(
          ChangeRules.CONSENT_REGIONS_WIDENED,
          "category",
          id,
          at,
          Map.of("regions", String.join(", ", added)));
    }
  }

  /** A published fact other than those with rules of their own. */
  private void details(String kind, String id, String at, String what, Object from, Object to) {
    if (Objects.equals(from, to)) return;
    add(
        ChangeRules.DETAILS_CHANGED,
        kind,
        id,
        at,
        Map.of("what", what, "from", describe(from), "to", describe(to)));
  }

  private static String describe(Object value) {
    if (value == null || value instanceof List<?> l && l.isEmpty()) return "none";
    if (value instanceof List<?> l)
      return l.stream().map(String::valueOf).collect(Collectors.joining(", "));
    if (value instanceof Provider.Party p) return p.yaml();
    if (value instanceof Technology.Kind k) return k.yaml();
    return String.valueOf(value);
  }

  private void providers() {
    Matched<Provider> m =
        match("providers", base.providers(), head.providers(), Provider::id, Provider::renamedFrom);
    for (Pair<Provider> pair : m.pairs()) {
      Provider p = pair.now();
      Provider was = pair.was();
      String at = pair.at();
      if (was == null) {
        add(ChangeRules.PROVIDER_ADDED, "provider", p.id(), at);
        continue;
      }
      if (pair.renamed()) {
        providerRenames.put(p.id(), was.id());
        add(ChangeRules.ID_RENAMED, "provider", p.id(), at, Map.of("from", was.id()));
      }
      if (!Objects.equals(was.name(), p.name())) {
        add(
            ChangeRules.PROVIDER_ENTITY_CHANGED,
            "provider",
            p.id(),
            at,
            Map.of("from", was.name(), "to", p.name()));
      }
      location(p.id(), at, was.processing().location(), p.processing().location());
      if (!Objects.equals(was.privacyUrl(), p.privacyUrl())) {
        add(ChangeRules.PROVIDER_PRIVACY_LINK_CHANGED, "provider", p.id(), at);
      }
      if (was.optOut() != null && p.optOut() == null)
        add(ChangeRules.OPT_OUT_REMOVED, "provider", p.id(), at);
      if (was.optOut() == null && p.optOut() != null)
        add(ChangeRules.OPT_OUT_ADDED, "provider", p.id(), at);
      if (was.optOut() != null
          && p.optOut() != null
          && (!Objects.equals(was.optOut().url(), p.optOut().url())
              || !Objects.equals(was.optOut().title(), p.optOut().title()))) {
        add(ChangeRules.OPT_OUT_LINK_CHANGED, "provider", p.id(), at);
      }
      signal(p.id(), at, "Do Not Track", was.honoursDoNotTrack(), p.honoursDoNotTrack());
      signal(
          p.id(),
          at,
          "Global Privacy Control",
          was.honoursGlobalPrivacyControl(),
          p.honoursGlobalPrivacyControl());
      if (!was.sessionRecording() && p.sessionRecording()) {
        add(ChangeRules.SESSION_RECORDING_STARTED, "provider", p.id(), at);
      }
      if (was.sessionRecording() && !p.sessionRecording()) {
        add(ChangeRules.SESSION_RECORDING_STOPPED, "provider", p.id(), at);
      }
      details("provider", p.id(), at, "party", was.party(), p.party());
      details("provider", p.id(), at, "self-hosting", was.selfHosted(), p.selfHosted());
      details("provider", p.id(), at, "host", was.host(), p.host());
      details(
          "provider",
          p.id(),
          at,
          "processor",
          was.processing().processor(),
          p.processing().processor());
      details(
          "provider",
          p.id(),
          at,
          "category of undeclared cookies",
          was.undeclaredCookiesCategory(),
          p.undeclaredCookiesCategory());
      Supplier<Placeholders> wasScope = () -> Placeholders.forProvider(base, was);
      Supplier<Placeholders> nowScope = () -> Placeholders.forProvider(head, p);
      text("provider", p.id(), at, providerText(was), providerText(p), wasScope, nowScope);
      if (was.optOut() != null && p.optOut() != null) {
        text("provider", p.id(), at, was.optOut().text(), p.optOut().text(), wasScope, nowScope);
      }
    }
    m.removed().forEach(p -> add(ChangeRules.PROVIDER_REMOVED, "provider", p.id(), "/providers"));
  }

  /** The provider a cookie or technology named in the base, given the providers renamed since. */
  private boolean sameProvider(String baseProvider, String headProvider) {
    return baseProvider.equals(providerRenames.getOrDefault(headProvider, headProvider));
  }

  private static String providerText(Provider p) {
    // shortName and productName default to the name: a new name is provider-entity-changed, not new
    // prose.
    return String.join(
        "\n",
        p.shortName().equals(p.name()) ? "" : p.shortName(),
        p.productName().equals(p.name()) ? "" : p.productName(),
        Objects.toString(p.description()),
        Objects.toString(p.notice()),
        Objects.toString(p.processing().statement()),
        p.thirdParty() == null
            ? ""
            : p.thirdParty().purpose() + "\n" + p.thirdParty().privacyNote());
  }

  private void location(String id, String at, String from, String to) {
    if (Objects.equals(from, to)) return;
    String f = from == null ? "an unstated location" : from;
    String t = to == null ? "an unstated location" : to;
    boolean leaves =
        to != null
            && !EEA_OR_ADEQUATE.contains(to)
            && (from == null || EEA_OR_ADEQUATE.contains(from));
    add(
        leaves
            ? ChangeRules.PROVIDER_TRANSFER_THIRD_COUNTRY
            : ChangeRules.PROVIDER_LOCATION_CHANGED,
        "provider",
        id,
        at,
        Map.of("from", f, "to", t));
  }

  private void signal(String id, String at, String name, Boolean was, Boolean now) {
    boolean before = Boolean.TRUE.equals(was);
    boolean after = Boolean.TRUE.equals(now);
    if (before && !after)
      add(ChangeRules.DNT_OR_GPC_WEAKENED, "provider", id, at, Map.of("signal", name));
    if (!before && after)
      add(ChangeRules.DNT_OR_GPC_STRENGTHENED, "provider", id, at, Map.of("signal", name));
  }

  private void cookies() {
    Matched<Cookie> m =
        match("cookies", base.cookies(), head.cookies(), Cookie::id, Cookie::renamedFrom);
    for (Pair<Cookie> pair : m.pairs()) {
      Cookie c = pair.now();
      Cookie was = pair.was();
      String at = pair.at();
      if (was == null) {
        add(ChangeRules.COOKIE_ADDED, "cookie", c.id(), at, Map.of("category", c.category()));
        continue;
      }
      if (pair.renamed())
        add(ChangeRules.COOKIE_RENAMED, "cookie", c.id(), at, Map.of("from", was.id()));
      if (!was.category().equals(c.category())) {
        add(
            ChangeRules.COOKIE_MOVED_CATEGORY,
            "cookie",
            c.id(),
            at,
            Map.of("from", was.category(), "to", c.category()));
      }
      if (!sameProvider(was.provider(), c.provider())) {
        add(
            ChangeRules.COOKIE_PROVIDER_CHANGED,
            "cookie",
            c.id(),
            at,
            Map.of("from", was.provider(), "to", c.provider()));
      }
      if (!Objects.equals(was.name(), c.name()) && !pair.renamed()) {
        add(
            ChangeRules.COOKIE_PATTERN_CHANGED,
            "cookie",
            c.id(),
            at,
            Map.of("from", Objects.toString(was.name()), "to", Objects.toString(c.name())));
      }
      details("cookie", c.id(), at, "domain", was.domain(), c.domain());
      retention(c.id(), at, was, c);
      purpose("cookie", c.id(), at, "purpose", was.purpose(), c.purpose());
      text(
          "cookie",
          c.id(),
          at,
          Objects.toString(was.label()) + "\n" + Objects.toString(was.providerLabel()),
          Objects.toString(c.label()) + "\n" + Objects.toString(c.providerLabel()));
    }
    m.removed()
        .forEach(
            c ->
                add(
                    ChangeRules.COOKIE_REMOVED,
                    "cookie",
                    c.id(),
                    "/cookies",
                    Map.of("category", c.category())));
  }

  private void retention(String id, String at, Cookie was, Cookie now) {
    long before = was.retention().maxSeconds();
    long after = now.retention().maxSeconds();
    boolean becamePersistent = was.isSession() && !now.isSession();
    boolean becameSession = !was.isSession() && now.isSession();
    Map<String, String> v =
        Map.of("from", was.retention().display(), "to", now.retention().display());
    if (becamePersistent || (!becameSession && after > before)) {
      add(ChangeRules.RETENTION_INCREASED, "cookie", id, at, v);
    } else if (becameSession || after < before) {
      add(ChangeRules.RETENTION_DECREASED, "cookie", id, at, v);
    } else if (!was.retention().display().equals(now.retention().display())) {
      text("cookie", id, at, was.retention().display(), now.retention().display());
    }
  }

  private void technologies() {
    Matched<Technology> m =
        match(
            "technologies",
            base.technologies(),
            head.technologies(),
            Technology::id,
            Technology::renamedFrom);
    for (Pair<Technology> pair : m.pairs()) {
      Technology t = pair.now();
      Technology was = pair.was();
      String at = pair.at();
      String status = t.status().yaml();
      if (was == null) {
        add(
            t.status() == Technology.Status.ACTIVE
                ? ChangeRules.TECHNOLOGY_ADDED_ACTIVE
                : ChangeRules.TECHNOLOGY_ADDED_INACTIVE,
            "technology",
            t.id(),
            at,
            Map.of("status", status));
        continue;
      }
      if (pair.renamed())
        add(ChangeRules.ID_RENAMED, "technology", t.id(), at, Map.of("from", was.id()));
      boolean wasActive = was.status() == Technology.Status.ACTIVE;
      boolean isActive = t.status() == Technology.Status.ACTIVE;
      if (!wasActive && isActive) {
        add(
            ChangeRules.TECHNOLOGY_ACTIVATED,
            "technology",
            t.id(),
            at,
            Map.of("from", was.status().yaml()));
      } else if (wasActive && !isActive) {
        add(ChangeRules.TECHNOLOGY_DEACTIVATED, "technology", t.id(), at, Map.of("to", status));
      }
      if (!Boolean.TRUE.equals(was.enabledByDefault())
          && Boolean.TRUE.equals(t.enabledByDefault())) {
        add(ChangeRules.TECHNOLOGY_ENABLED_BY_DEFAULT, "technology", t.id(), at);
      } else if (Boolean.TRUE.equals(was.enabledByDefault())
          && !Boolean.TRUE.equals(t.enabledByDefault())) {
        add(ChangeRules.TECHNOLOGY_DISABLED_BY_DEFAULT, "technology", t.id(), at);
      }
      if (!Objects.equals(was.category(), t.category())) {
        add(
            ChangeRules.TECHNOLOGY_MOVED_CATEGORY,
            "technology",
            t.id(),
            at,
            Map.of(
                "from",
                Objects.toString(was.category(), "none"),
                "to",
                Objects.toString(t.category(), "none")));
      }
      if (!sameProvider(was.provider(), t.provider())) {
        add(
            ChangeRules.COOKIE_PROVIDER_CHANGED,
            "technology",
            t.id(),
            at,
            Map.of("from", was.provider(), "to", t.provider()));
      }
      details("technology", t.id(), at, "kind", was.kind(), t.kind());
      details("technology", t.id(), at, "storage keys", was.keys(), t.keys());
      details(
          "technology",
          t.id(),
          at,
          "consent mechanism",
          was.consentMechanism(),
          t.consentMechanism());
      legalBasis("technology", t.id(), at, was.legalBasis(), t.legalBasis());
      Supplier<Placeholders> wasScope = () -> Placeholders.forTechnology(base, was);
      Supplier<Placeholders> nowScope = () -> Placeholders.forTechnology(head, t);
      purpose("technology", t.id(), at, "purpose", was.purpose(), t.purpose(), wasScope, nowScope);
      text(
          "technology",
          t.id(),
          at,
          was.title() + "\n" + Objects.toString(was.controls()) + "\n" + blocks(was.clauses()),
          t.title() + "\n" + Objects.toString(t.controls()) + "\n" + blocks(t.clauses()),
          wasScope,
          nowScope);
    }
    m.removed()
        .forEach(t -> add(ChangeRules.TECHNOLOGY_REMOVED, "technology", t.id(), "/technologies"));
  }

  private void legalBasis(String kind, String id, String at, LegalBasis from, LegalBasis to) {
    if (from == to) return;
    Map<String, String> v = Map.of("from", from.yaml(), "to", to.yaml());
    if (from == LegalBasis.CONSENT && to == LegalBasis.LEGITIMATE_INTEREST) {
      add(ChangeRules.LEGAL_BASIS_CONSENT_TO_LEGITIMATE_INTEREST, kind, id, at, v);
    } else if (from == LegalBasis.LEGITIMATE_INTEREST && to == LegalBasis.CONSENT) {
      add(ChangeRules.LEGAL_BASIS_LEGITIMATE_INTEREST_TO_CONSENT, kind, id, at, v);
    } else {
      add(ChangeRules.LEGAL_BASIS_CHANGED, kind, id, at, v);
    }
  }

  /** A purpose reworded is notable; one only re-punctuated is editorial. */
  private void purpose(String kind, String id, String at, String what, String from, String to) {
    purpose(kind, id, at, what, from, to, () -> baseGlobal, () -> headGlobal);
  }

  private void purpose(
      String kind,
      String id,
      String at,
      String what,
      String from,
      String to,
      Supplier<Placeholders> was,
      Supplier<Placeholders> now) {
    if (Objects.equals(from, to)) return;
    String before = reads(from, was.get());
    String after = reads(to, now.get());
    if (Objects.equals(before, after)) return;
    if (ProseComparison.readAlike(before, after)) {
      add(ChangeRules.TEXT_EDITORIAL, kind, id, at);
    } else {
      add(ChangeRules.PURPOSE_TEXT_CHANGED, kind, id, at, Map.of("what", what));
    }
  }

  private void text(String kind, String id, String at, String from, String to) {
    text(kind, id, at, from, to, () -> baseGlobal, () -> headGlobal);
  }

  /**
   * Prose is compared as it reads: a text written differently that reads the same (a fact now
   * written as a placeholder) is no change. A fact that changes is its own change, not one for
   * every text that shows it.
   */
  private void text(
      String kind,
      String id,
      String at,
      String from,
      String to,
      Supplier<Placeholders> was,
      Supplier<Placeholders> now) {
    if (Objects.equals(from, to)) return;
    String before = reads(from, was.get());
    String after = reads(to, now.get());
    if (Objects.equals(before, after)) return;
    add(
        ProseComparison.readAlike(before, after)
            ? ChangeRules.TEXT_EDITORIAL
            : ChangeRules.POLICY_TEXT_CHANGED,
        kind,
        id,
        at);
  }

  private static final Pattern MARKDOWN_ESCAPE = Pattern.compile("\\\\(\\p{Punct})");

  /**
   * The words a text shows: placeholders filled in (cross-references stay as written, so
   * renumbering is no change) and Markdown's backslash escapes dropped, as a reader never sees
   * them.
   */
  private static String reads(String text, Placeholders scope) {
    String expanded = Prose.expand(text, scope, id -> "[[" + id + "]]");
    if (expanded == null || expanded.indexOf('\\') < 0) return expanded;
    return MARKDOWN_ESCAPE.matcher(expanded).replaceAll("$1");
  }

  /**
   * The policy's own prose: metadata, controller, consent platform and every section, matched by
   * id.
   */
  private void prose() {
    text("policy", "metadata", "/policy", policyText(base), policyText(head));
    text(
        "policy",
        "controller",
        "/controller",
        base.controller().toString(),
        head.controller().toString());
    text("policy", "service", "/service", base.service().toString(), head.service().toString());
    text(
        "policy",
        "consent-platform",
        "/consentPlatform",
        Objects.toString(base.consentPlatform()),
        Objects.toString(head.consentPlatform()));
    text("policy", "browsers", "/browsers", base.browsers().toString(), head.browsers().toString());
    Map<String, String> old = new LinkedHashMap<>();
    base.sections().forEach(s -> sectionTexts(s, old));
    Map<String, String> now = new LinkedHashMap<>();
    head.sections().forEach(s -> sectionTexts(s, now));
    for (Map.Entry<String, String> e : now.entrySet()) {
      String was = old.get(e.getKey());
      if (was == null) {
        add(ChangeRules.POLICY_TEXT_CHANGED, "section", e.getKey(), "/sections");
      } else {
        text("section", e.getKey(), "/sections", was, e.getValue());
      }
    }
    old.keySet().stream()
        .filter(k -> !now.containsKey(k))
        .forEach(k -> add(ChangeRules.POLICY_TEXT_CHANGED, "section", k, "/sections"));
    List<String> oldOrder = List.copyOf(old.keySet()).stream().filter(now::containsKey).toList();
    List<String> newOrder = List.copyOf(now.keySet()).stream().filter(old::containsKey).toList();
    if (!oldOrder.equals(newOrder))
      add(ChangeRules.TEXT_EDITORIAL, "policy", "section-order", "/sections");
  }

  private static String policyText(Registry r) {
    return r.policy().title()
        + "\n"
        + r.policy().subtitle()
        + "\n"
        + r.policy().relatedDocuments()
        + "\n"
        + r.policy().noticeMethods()
        + "\n"
        + r.policy().noticePeriodDays()
        + "\n"
        + r.policy().url();
  }

  private static void sectionTexts(Section s, Map<String, String> out) {
    StringBuilder text = new StringBuilder(s.title()).append('\n');
    for (Block b : s.content()) {
      if (b instanceof Block.Subsection sub) {
        sectionTexts(sub.section(), out);
        text.append("[section ").append(sub.section().id()).append("]\n");
      } else {
        text.append(blocks(List.of(b))).append('\n');
      }
    }
    out.put(s.id(), text.toString());
  }

  private static String blocks(List<Block> blocks) {
    StringBuilder out = new StringBuilder();
    for (Block b : blocks) {
      out.append(b).append('\n');
    }
    return out.toString();
  }

  /**
   * A head element with the base element it continues (null when new), and where it stands in the
   * head.
   */
  private record Pair<T>(T was, T now, boolean renamed, String at) {}

  /**
   * The head's elements in order, each paired with its base element; and the base elements nothing
   * continues.
   */
  private record Matched<T>(List<Pair<T>> pairs, List<T> removed) {}

  /**
   * Matches elements by id, or through {@code renamedFrom} when the element it names is gone from
   * the head: a rename is one change, never a removal and an addition.
   */
  private static <T> Matched<T> match(
      String list,
      List<T> baseItems,
      List<T> headItems,
      Function<T, String> id,
      Function<T, String> renamedFrom) {
    Map<String, T> old = index(baseItems, id);
    Map<String, Integer> now = positions(headItems, id);
    Set<String> continued = new HashSet<>();
    List<Pair<T>> pairs = new ArrayList<>();
    for (T item : headItems) {
      T was = old.get(id.apply(item));
      String from = renamedFrom.apply(item);
      boolean renamed =
          was == null && from != null && !now.containsKey(from) && old.containsKey(from);
      if (renamed) was = old.get(from);
      if (was != null) continued.add(id.apply(was));
      pairs.add(new Pair<>(was, item, renamed, "/" + list + "/" + now.get(id.apply(item))));
    }
    List<T> removed = baseItems.stream().filter(b -> !continued.contains(id.apply(b))).toList();
    return new Matched<>(pairs, removed);
  }

  private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
    Map<String, T> out = new LinkedHashMap<>();
    items.forEach(i -> out.putIfAbsent(id.apply(i), i));
    return out;
  }

  private static <T> Map<String, Integer> positions(List<T> items, Function<T, String> id) {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) out.putIfAbsent(id.apply(items.get(i)), i);
    return out;
  }
}
