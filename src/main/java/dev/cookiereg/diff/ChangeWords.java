package dev.cookiereg.diff;

import dev.cookiereg.model.Block;
import dev.cookiereg.model.Category;
import dev.cookiereg.model.Cookie;
import dev.cookiereg.model.Provider;
import dev.cookiereg.model.Registry;
import dev.cookiereg.model.Section;
import dev.cookiereg.model.Technology;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A change in public words, for the readers of the page, its history and the notice e-mailed to
 * users: elements named as the page names them (a cookie by its name, a provider by its name, a
 * category or technology by its title), never by id, rule id or notice code. The sentences are
 * {@code change-words.properties}, one per rule id; an edition's language has its own file ({@code
 * change-words.fr.properties}), which also says how it names each kind of element and each part of
 * the policy ({@code kind.cookie}, {@code policy.controller}).
 */
final class ChangeWords {
  /** The languages that have public words for changes, besides English. */
  static final List<String> LANGUAGES = List.of("fr");

  private static final Map<String, Map<String, String>> BY_LANGUAGE = loadAll();
  private static final Map<String, String> TEMPLATES = BY_LANGUAGE.get("en");
  private static final Pattern VALUE = Pattern.compile("\\{([\\w ]+)(?::([\\w-]+))?}");

  /** What a policy-level subject is called. */
  private static final Map<String, String> POLICY_PARTS =
      Map.of(
          "metadata", "the policy's title and details",
          "controller", "our contact details",
          "service", "the description of our service",
          "consent-platform", "the description of our consent tool",
          "browsers", "the browser guides",
          "section-order", "the order of the sections");

  private final Registry base;
  private final Registry head;
  private final String language;
  private final Map<String, String> templates;
  private Map<String, Cookie> baseCookies;
  private Map<String, Cookie> headCookies;

  ChangeWords(Registry base, Registry head) {
    this(base, head, "en");
  }

  /**
   * The words in {@code language} (a primary language subtag), naming elements as {@code head} (and
   * for what it no longer has, {@code base}) names them.
   */
  ChangeWords(Registry base, Registry head, String language) {
    this.base = base;
    this.head = head;
    this.language = language;
    this.templates = BY_LANGUAGE.get(language);
    if (templates == null) throw new IllegalArgumentException("no change words in " + language);
  }

  /** Whether changes have public words in {@code language} (a primary language subtag). */
  static boolean hasLanguage(String language) {
    return BY_LANGUAGE.containsKey(language);
  }

  /**
   * What {@code report}'s changes mean for a visitor, in words: what becomes of their consent, then
   * how they are told.
   */
  static String consequences(DiffReport report) {
    StringBuilder out = new StringBuilder(TEMPLATES.get("consent." + report.consentImpact().id()));
    List<Notice> notices = new ArrayList<>(report.notices());
    // Every material change is told before it takes effect (7.2), whatever its rule's notices.
    if (report.material() && !notices.contains(Notice.PRIOR)) notices.add(0, Notice.PRIOR);
    for (Notice n : notices) {
      String words = TEMPLATES.get("notice." + n.id());
      if (!words.isEmpty()) out.append(' ').append(words);
    }
    return out.toString();
  }

  /** The rule ids that have public words (and rule-id/subject keys): every rule's must. */
  static Set<String> ruleIds() {
    return ruleIds("en");
  }

  /** The rule ids that have public words in {@code language}. */
  static Set<String> ruleIds(String language) {
    return BY_LANGUAGE.get(language).keySet().stream()
        .filter(
            k ->
                !k.startsWith("consent.")
                    && !k.startsWith("notice.")
                    && !k.startsWith("kind.")
                    && !k.startsWith("policy."))
        .collect(java.util.stream.Collectors.toSet());
  }

  /**
   * The sentence for a change of {@code kind:id} under {@code rule}, filled with {@code values}.
   */
  String sentence(ChangeRule rule, String kind, String id, Map<String, String> values) {
    String template = templates.getOrDefault(rule.id() + "/" + id, templates.get(rule.id()));
    if (template == null) {
      throw new IllegalStateException(
          "no public words for " + rule.id() + (language.equals("en") ? "" : " in " + language));
    }
    Matcher m = VALUE.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String as = m.group(2);
      String text =
          switch (name) {
            case "subject" -> name(kind, id);
            case "the subject" -> withKind(kind, id);
            default -> value(values.getOrDefault(name, "?"), as, name.startsWith("from"));
          };
      m.appendReplacement(out, Matcher.quoteReplacement(text));
    }
    String s = m.appendTail(out).toString();
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  /** A value of the template; {@code before} looks ids up in the base first. */
  private String value(String v, String as, boolean before) {
    if (as == null) return v;
    Registry first = before ? base : head;
    Registry second = before ? head : base;
    return switch (as) {
      case "category" -> find(first, second, Registry::category, v).map(Category::title).orElse(v);
      case "provider" -> find(first, second, Registry::provider, v).map(Provider::name).orElse(v);
      case "cookie-before" -> quoted(cookie(base, v).or(() -> cookie(head, v)), v);
      case "words" -> v.replace('-', ' ');
      case "language-name" -> languageName(v);
      default -> throw new IllegalStateException("unknown value kind " + as);
    };
  }

  /** The element's name as the page shows it. */
  private String name(String kind, String id) {
    return switch (kind) {
      case "cookie" -> quoted(cookie(head, id).or(() -> cookie(base, id)), id);
      case "provider" -> find(Registry::provider, id).map(Provider::name).orElse(id);
      case "category" -> find(Registry::category, id).map(Category::title).orElse(id);
      case "technology" -> find(Registry::technology, id).map(Technology::title).orElse(id);
      case "section" -> quote(section(head, id).or(() -> section(base, id)).orElse(id));
      case "policy" -> policyPart(id);
      default -> id;
    };
  }

  private String policyPart(String id) {
    if (language.equals("en")) return POLICY_PARTS.getOrDefault(id, "the policy");
    return templates.getOrDefault("policy." + id, templates.get("policy.policy"));
  }

  /** The element's name with its kind: "the cookie “_ga”", "the provider Hotjar". */
  private String withKind(String kind, String id) {
    if (kind.equals("policy")) return name(kind, id);
    String named = language.equals("en") ? "the " + kind : templates.get("kind." + kind);
    return (named == null ? kind : named) + " " + name(kind, id);
  }

  /** A language's name in the words' language: "French (Canada)", "français (Canada)". */
  private String languageName(String code) {
    Locale in = Locale.forLanguageTag(language);
    return Locale.forLanguageTag(code).getDisplayName(in);
  }

  /** A name in the quotation marks of the words' language. */
  private String quote(String name) {
    return language.equals("fr") ? "« " + name + " »" : "“" + name + "”";
  }

  private <T> Optional<T> find(BiFunction<Registry, String, Optional<T>> lookup, String id) {
    return find(head, base, lookup, id);
  }

  private static <T> Optional<T> find(
      Registry first,
      Registry second,
      BiFunction<Registry, String, Optional<T>> lookup,
      String id) {
    return lookup.apply(first, id).or(() -> lookup.apply(second, id));
  }

  private String quoted(Optional<Cookie> cookie, String id) {
    return quote(cookie.map(Cookie::displayName).orElse(id));
  }

  private Optional<Cookie> cookie(Registry r, String id) {
    if (r == base && baseCookies == null) baseCookies = byId(base);
    if (r == head && headCookies == null) headCookies = byId(head);
    return Optional.ofNullable((r == base ? baseCookies : headCookies).get(id));
  }

  private static Map<String, Cookie> byId(Registry r) {
    Map<String, Cookie> out = new HashMap<>();
    for (Cookie c : r.cookies()) out.putIfAbsent(c.id(), c);
    return out;
  }

  private static Optional<String> section(Registry r, String id) {
    for (Section s : r.sections()) {
      Optional<String> found = section(s, id);
      if (found.isPresent()) return found;
    }
    return Optional.empty();
  }

  private static Optional<String> section(Section s, String id) {
    if (id.equals(s.id())) return Optional.ofNullable(s.title());
    for (Block b : s.content()) {
      if (b instanceof Block.Subsection sub) {
        Optional<String> found = section(sub.section(), id);
        if (found.isPresent()) return found;
      }
    }
    return Optional.empty();
  }

  private static Map<String, Map<String, String>> loadAll() {
    Map<String, Map<String, String>> out = new HashMap<>();
    out.put("en", load("change-words.properties"));
    for (String l : LANGUAGES) out.put(l, load("change-words." + l + ".properties"));
    return Map.copyOf(out);
  }

  private static Map<String, String> load(String file) {
    Properties p = new Properties();
    try (InputStream in = ChangeWords.class.getResourceAsStream(file)) {
      if (in == null) throw new IllegalStateException(file + " is missing");
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> out = new HashMap<>();
    p.forEach((k, v) -> out.put((String) k, (String) v));
    return Map.copyOf(out);
  }
}
