package dev.cookiereg.diff;

import dev.cookiereg.model.Block;
import dev.cookiereg.model.Category;
import dev.cookiereg.model.Cookie;
import dev.cookiereg.model.LegalBasis;
import dev.cookiereg.model.Provider;
import dev.cookiereg.model.Registry;
import dev.cookiereg.model.Section;
import dev.cookiereg.model.Technology;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares two registries element by element, matching by stable id (never by position), and classifies every
 * difference by the rules in {@link ChangeRules}. A move is one change, a rename only through
 * {@code renamedFrom}; order, formatting and comments of the YAML never count.
 */
public final class RegistryDiff {
  /** Where personal data stays under EU law: the EEA and countries with an EU adequacy decision. */
  static final Set<String> EEA_OR_ADEQUATE = Set.of("EEA", "EU", "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE",
      "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
      "IS", "LI", "NO", "AD", "AR", "CA", "FO", "GG", "IL", "IM", "JP", "JE", "NZ", "KR", "CH", "UK", "GB", "UY");

  private final Registry base;
  private final Registry head;
  private final List<Change> changes = new ArrayList<>();

  private RegistryDiff(Registry base, Registry head) {
    this.base = base;
    this.head = head;
  }

  /** Classifies every change from {@code base} (the last release) to {@code head} (the registry now). */
  public static DiffReport compare(Registry base, Registry head) {
    RegistryDiff d = new RegistryDiff(base, head);
    d.categories();
    d.providers();
    d.cookies();
    d.technologies();
    d.prose();
    return new DiffReport(d.changes);
  }

  private void add(ChangeRule rule, String kind, String id, String pointer, Map<String, String> values) {
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
    Map<String, Category> old = index(base.categories(), Category::id);
    Map<String, Integer> now = positions(head.categories(), Category::id);
    for (Category c : head.categories()) {
      String at = "/categories/" + now.get(c.id());
      Category was = old.get(c.id());
      if (was == null) {
        add(ChangeRules.CATEGORY_ADDED, "category", c.id(), at);
        continue;
      }
      if (!was.required() && c.required()) add(ChangeRules.CATEGORY_MADE_NECESSARY, "category", c.id(), at);
      if (was.required() && !c.required()) add(ChangeRules.CATEGORY_MADE_OPTIONAL, "category", c.id(), at);
      if (!c.required() && !was.defaultEnabled() && c.defaultEnabled()) {
        add(ChangeRules.CATEGORY_DEFAULT_ON, "category", c.id(), at);
      }
      if (!c.required() && was.defaultEnabled() && !c.defaultEnabled()) {
        add(ChangeRules.CATEGORY_DEFAULT_OFF, "category", c.id(), at);
      }
      legalBasis("category", c.id(), at, was.legalBasis(), c.legalBasis());
      purpose("category", c.id(), at, "description", was.description(), c.description());
      text("category", c.id(), at, was.title() + "\n" + was.legalBasisStatement() + "\n" + blocks(was.clauses())
          + "\n" + String.join("\n", was.notes()), c.title() + "\n" + c.legalBasisStatement() + "\n"
          + blocks(c.clauses()) + "\n" + String.join("\n", c.notes()));
    }
    Set<String> kept = now.keySet();
    base.categories().stream().filter(c -> !kept.contains(c.id()))
        .forEach(c -> add(ChangeRules.CATEGORY_REMOVED, "category", c.id(), "/categories"));
  }

  private void providers() {
    Map<String, Provider> old = index(base.providers(), Provider::id);
    Map<String, Integer> now = positions(head.providers(), Provider::id);
    Set<String> matched = new java.util.HashSet<>();
    for (Provider p : head.providers()) {
      String at = "/providers/" + now.get(p.id());
      Provider was = old.get(p.id());
      if (was == null && p.renamedFrom() != null && !now.containsKey(p.renamedFrom())) {
        was = old.get(p.renamedFrom());
      }
      if (was == null) {
        add(ChangeRules.PROVIDER_ADDED, "provider", p.id(), at);
        continue;
      }
      matched.add(was.id());
      if (!Objects.equals(was.name(), p.name())) {
        add(ChangeRules.PROVIDER_ENTITY_CHANGED, "provider", p.id(), at, Map.of("from", was.name(), "to", p.name()));
      }
      location(p.id(), at, was.processing().location(), p.processing().location());
      if (!Objects.equals(was.privacyUrl(), p.privacyUrl())) {
        add(ChangeRules.PROVIDER_PRIVACY_LINK_CHANGED, "provider", p.id(), at);
      }
      if (was.optOut() != null && p.optOut() == null) add(ChangeRules.OPT_OUT_REMOVED, "provider", p.id(), at);
      if (was.optOut() == null && p.optOut() != null) add(ChangeRules.OPT_OUT_ADDED, "provider", p.id(), at);
      if (was.optOut() != null && p.optOut() != null && (!Objects.equals(was.optOut().url(), p.optOut().url())
          || !Objects.equals(was.optOut().title(), p.optOut().title()))) {
        add(ChangeRules.OPT_OUT_LINK_CHANGED, "provider", p.id(), at);
      }
      signal(p.id(), at, "Do Not Track", was.honoursDoNotTrack(), p.honoursDoNotTrack());
      signal(p.id(), at, "Global Privacy Control", was.honoursGlobalPrivacyControl(),
          p.honoursGlobalPrivacyControl());
      if (!was.sessionRecording() && p.sessionRecording()) {
        add(ChangeRules.SESSION_RECORDING_STARTED, "provider", p.id(), at);
      }
      if (was.sessionRecording() && !p.sessionRecording()) {
        add(ChangeRules.SESSION_RECORDING_STOPPED, "provider", p.id(), at);
      }
      text("provider", p.id(), at, providerText(was), providerText(p));
      if (was.optOut() != null && p.optOut() != null) {
        text("provider", p.id(), at, was.optOut().text(), p.optOut().text());
      }
    }
    base.providers().stream().filter(p -> !matched.contains(p.id()))
        .forEach(p -> add(ChangeRules.PROVIDER_REMOVED, "provider", p.id(), "/providers"));
  }

  private static String providerText(Provider p) {
    // shortName and productName default to the name: a new name is provider-entity-changed, not new prose.
    return String.join("\n", p.shortName().equals(p.name()) ? "" : p.shortName(),
        p.productName().equals(p.name()) ? "" : p.productName(),
        Objects.toString(p.description()), Objects.toString(p.notice()), Objects.toString(p.processing().statement()),
        p.thirdParty() == null ? "" : p.thirdParty().purpose() + "\n" + p.thirdParty().privacyNote());
  }

  private void location(String id, String at, String from, String to) {
    if (Objects.equals(from, to)) return;
    String f = from == null ? "an unstated location" : from;
    String t = to == null ? "an unstated location" : to;
    boolean leaves = to != null && !EEA_OR_ADEQUATE.contains(to) && (from == null || EEA_OR_ADEQUATE.contains(from));
    add(leaves ? ChangeRules.PROVIDER_TRANSFER_THIRD_COUNTRY : ChangeRules.PROVIDER_LOCATION_CHANGED, "provider", id,
        at, Map.of("from", f, "to", t));
  }

  private void signal(String id, String at, String name, Boolean was, Boolean now) {
    boolean before = Boolean.TRUE.equals(was);
    boolean after = Boolean.TRUE.equals(now);
    if (before && !after) add(ChangeRules.DNT_OR_GPC_WEAKENED, "provider", id, at, Map.of("signal", name));
    if (!before && after) add(ChangeRules.DNT_OR_GPC_STRENGTHENED, "provider", id, at, Map.of("signal", name));
  }

  private void cookies() {
    Map<String, Cookie> old = index(base.cookies(), Cookie::id);
    Map<String, Integer> now = positions(head.cookies(), Cookie::id);
    Set<String> matched = new java.util.HashSet<>();
    for (Cookie c : head.cookies()) {
      String at = "/cookies/" + now.get(c.id());
      Cookie was = old.get(c.id());
      if (was == null && c.renamedFrom() != null && !now.containsKey(c.renamedFrom())) {
        was = old.get(c.renamedFrom());
        if (was != null) {
          add(ChangeRules.COOKIE_RENAMED, "cookie", c.id(), at, Map.of("from", was.id()));
        }
      }
      if (was == null) {
        add(ChangeRules.COOKIE_ADDED, "cookie", c.id(), at, Map.of("category", c.category()));
        continue;
      }
      matched.add(was.id());
      if (!was.category().equals(c.category())) {
        add(ChangeRules.COOKIE_MOVED_CATEGORY, "cookie", c.id(), at, Map.of("from", was.category(), "to",
            c.category()));
      }
      if (!was.provider().equals(c.provider())) {
        add(ChangeRules.COOKIE_PROVIDER_CHANGED, "cookie", c.id(), at, Map.of("from", was.provider(), "to",
            c.provider()));
      }
      if (!Objects.equals(was.name(), c.name()) && c.renamedFrom() == null) {
        add(ChangeRules.COOKIE_PATTERN_CHANGED, "cookie", c.id(), at, Map.of("from", Objects.toString(was.name()),
            "to", Objects.toString(c.name())));
      }
      retention(c.id(), at, was, c);
      purpose("cookie", c.id(), at, "purpose", was.purpose(), c.purpose());
      text("cookie", c.id(), at, Objects.toString(was.label()) + "\n" + Objects.toString(was.providerLabel()),
          Objects.toString(c.label()) + "\n" + Objects.toString(c.providerLabel()));
    }
    base.cookies().stream().filter(c -> !matched.contains(c.id())).forEach(c ->
        add(ChangeRules.COOKIE_REMOVED, "cookie", c.id(), "/cookies", Map.of("category", c.category())));
  }

  private void retention(String id, String at, Cookie was, Cookie now) {
    long before = was.retention().maxSeconds();
    long after = now.retention().maxSeconds();
    boolean becamePersistent = was.isSession() && !now.isSession();
    boolean becameSession = !was.isSession() && now.isSession();
    Map<String, String> v = Map.of("from", was.retention().display(), "to", now.retention().display());
    if (becamePersistent || (!becameSession && after > before)) {
      add(ChangeRules.RETENTION_INCREASED, "cookie", id, at, v);
    } else if (becameSession || after < before) {
      add(ChangeRules.RETENTION_DECREASED, "cookie", id, at, v);
    } else if (!was.retention().display().equals(now.retention().display())) {
      text("cookie", id, at, was.retention().display(), now.retention().display());
    }
  }

  private void technologies() {
    Map<String, Technology> old = index(base.technologies(), Technology::id);
    Map<String, Integer> now = positions(head.technologies(), Technology::id);
    Set<String> matched = new java.util.HashSet<>();
    for (Technology t : head.technologies()) {
      String at = "/technologies/" + now.get(t.id());
      Technology was = old.get(t.id());
      if (was == null && t.renamedFrom() != null && !now.containsKey(t.renamedFrom())) {
        was = old.get(t.renamedFrom());
      }
      String status = t.status().yaml();
      if (was == null) {
        add(t.status() == Technology.Status.ACTIVE ? ChangeRules.TECHNOLOGY_ADDED_ACTIVE
            : ChangeRules.TECHNOLOGY_ADDED_INACTIVE, "technology", t.id(), at, Map.of("status", status));
        continue;
      }
      matched.add(was.id());
      boolean wasActive = was.status() == Technology.Status.ACTIVE;
      boolean isActive = t.status() == Technology.Status.ACTIVE;
      if (!wasActive && isActive) {
        add(ChangeRules.TECHNOLOGY_ACTIVATED, "technology", t.id(), at, Map.of("from", was.status().yaml()));
      } else if (wasActive && !isActive) {
        add(ChangeRules.TECHNOLOGY_DEACTIVATED, "technology", t.id(), at, Map.of("to", status));
      }
      if (!Boolean.TRUE.equals(was.enabledByDefault()) && Boolean.TRUE.equals(t.enabledByDefault())) {
        add(ChangeRules.TECHNOLOGY_ENABLED_BY_DEFAULT, "technology", t.id(), at);
      } else if (Boolean.TRUE.equals(was.enabledByDefault()) && !Boolean.TRUE.equals(t.enabledByDefault())) {
        add(ChangeRules.TECHNOLOGY_DISABLED_BY_DEFAULT, "technology", t.id(), at);
      }
      if (!Objects.equals(was.category(), t.category())) {
        add(ChangeRules.TECHNOLOGY_MOVED_CATEGORY, "technology", t.id(), at, Map.of(
            "from", Objects.toString(was.category(), "none"), "to", Objects.toString(t.category(), "none")));
      }
      if (!was.provider().equals(t.provider())) {
        add(ChangeRules.COOKIE_PROVIDER_CHANGED, "technology", t.id(), at, Map.of("from", was.provider(), "to",
            t.provider()));
      }
      legalBasis("technology", t.id(), at, was.legalBasis(), t.legalBasis());
      purpose("technology", t.id(), at, "purpose", was.purpose(), t.purpose());
      text("technology", t.id(), at, was.title() + "\n" + Objects.toString(was.controls()) + "\n"
          + blocks(was.clauses()), t.title() + "\n" + Objects.toString(t.controls()) + "\n" + blocks(t.clauses()));
    }
    base.technologies().stream().filter(t -> !matched.contains(t.id()))
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
    if (Objects.equals(from, to)) return;
    if (normalise(from).equals(normalise(to))) {
      add(ChangeRules.TEXT_EDITORIAL, kind, id, at);
    } else {
      add(ChangeRules.PURPOSE_TEXT_CHANGED, kind, id, at, Map.of("what", what));
    }
  }

  private void text(String kind, String id, String at, String from, String to) {
    if (Objects.equals(from, to)) return;
    add(normalise(from).equals(normalise(to)) ? ChangeRules.TEXT_EDITORIAL : ChangeRules.POLICY_TEXT_CHANGED, kind,
        id, at);
  }

  /** The policy's own prose: metadata, controller, consent platform and every section, matched by id. */
  private void prose() {
    text("policy", "metadata", "/policy", policyText(base), policyText(head));
    text("policy", "controller", "/controller", base.controller().toString(), head.controller().toString());
    text("policy", "service", "/service", base.service().toString(), head.service().toString());
    text("policy", "consent-platform", "/consentPlatform", Objects.toString(base.consentPlatform()),
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
    old.keySet().stream().filter(k -> !now.containsKey(k))
        .forEach(k -> add(ChangeRules.POLICY_TEXT_CHANGED, "section", k, "/sections"));
    List<String> oldOrder = List.copyOf(old.keySet()).stream().filter(now::containsKey).toList();
    List<String> newOrder = List.copyOf(now.keySet()).stream().filter(old::containsKey).toList();
    if (!oldOrder.equals(newOrder)) add(ChangeRules.TEXT_EDITORIAL, "policy", "section-order", "/sections");
  }

  private static String policyText(Registry r) {
    return r.policy().title() + "\n" + r.policy().subtitle() + "\n" + r.policy().relatedDocuments() + "\n"
        + r.policy().noticeMethods() + "\n" + r.policy().noticePeriodDays() + "\n" + r.policy().url();
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

  /** Letters and digits only, lower case: what is left when punctuation, spacing and case are ignored. */
  static String normalise(String text) {
    if (text == null) return "";
    StringBuilder out = new StringBuilder();
    text.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
    return out.toString();
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
