package dev.cookiereg.ocd;

import dev.cookiereg.model.CookieKey;
import dev.cookiereg.model.Retention;
import dev.cookiereg.prose.Prose;
import dev.cookiereg.prose.SafeLinks;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps the Open Cookie Database CSV to registry YAML.
 *
 * <p>Each platform becomes a provider (a kebab-case id, {@code -2}, {@code -3} on collision; third
 * party unless it is software that runs on the site itself, such as a CMS or web framework; its
 * first https privacy link). Each row becomes a cookie: the key is the name ({@code Wildcard match
 * = 1} adds a trailing {@code *}), the category is mapped, the description is the purpose, a clean
 * host name is the domain, and the retention is read by {@link RetentionParser}. Rows that cannot
 * be written are skipped, among them rows with a field longer than {@link #MAX_FIELD} characters;
 * every skipped or changed row gets a report line {@code file:line: what: reason}, with control
 * characters and line breaks from the file written as escapes (<code>&#92;u000A</code>).
 */
public final class OcdImporter {
  /** The columns the importer reads, by header name. */
  static final String ID = "ID";

  static final String PLATFORM = "Platform";
  static final String CATEGORY = "Category";
  static final String NAME = "Cookie / Data Key name";
  static final String DOMAIN = "Domain";
  static final String DESCRIPTION = "Description";
  static final String RETENTION = "Retention period";
  static final String PRIVACY = "User Privacy & GDPR Rights Portals";
  static final String WILDCARD = "Wildcard match";
  private static final List<String> COLUMNS =
      List.of(ID, PLATFORM, CATEGORY, NAME, DOMAIN, DESCRIPTION, RETENTION, PRIVACY, WILDCARD);

  public static final String NO_DESCRIPTION = "Not described by the Open Cookie Database";

  /**
   * The longest field the importer reads, in characters. The database's longest is a 655-character
   * description; a field of hundreds of kilobytes is not a cookie's description, and no parser
   * should have to read it.
   */
  public static final int MAX_FIELD = 4096;

  /** Category of the database → registry category id. */
  static final Map<String, String> CATEGORIES =
      Map.of(
          "functional",
          "functional",
          "marketing",
          "marketing",
          "analytics",
          "analytics",
          "security",
          "essential",
          "necessary",
          "essential",
          "personalization",
          "functional");

  private static final List<String> CATEGORY_ORDER =
      List.of("essential", "functional", "analytics", "marketing");

  /**
   * Platforms that are software running on the site itself (CMS, web frameworks, servers): first
   * party.
   */
  static final Set<String> FIRST_PARTY =
      Set.of(
          "ASP.net",
          "Adobe ColdFusion",
          "CakePHP",
          "CodeIgniter",
          "CraftCMS",
          "Devise (Ruby on Rails)",
          "Django",
          "Drupal CMS",
          "HAproxy",
          "Intershop",
          "J2EE",
          "Joomla!",
          "Kentico",
          "Laravel",
          "Magento",
          "NGINX Ingresss",
          "Next.js",
          "NextAuth.js",
          "PHP.net",
          "Perl",
          "Plesk",
          "Polylang",
          "Processwire",
          "Rack",
          "Ruby on Rails",
          "TYPO3",
          "WPML",
          "WooCommerce",
          "WordPress",
          "Wordpress",
          "Xenforo",
          "nopCommerce",
          "phpMyAdmin",
          "vBulletin");

  static final Pattern COOKIE_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
  private static final Pattern HOSTNAME =
      Pattern.compile(
          "(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*");
  private static final Pattern INVISIBLE =
      Pattern.compile("[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]");
  private static final Pattern THIRD_PARTY =
      Pattern.compile("\\s*\\(3rd party\\)", Pattern.CASE_INSENSITIVE);

  /**
   * What to put around the imported cookies.
   *
   * @param source the CSV's file name, used in report lines and the header comment
   * @param date the policy's effective and last-updated date
   */
  public record Options(
      String source, LocalDate date, String controllerName, String controllerEmail, String domain) {
    /** The defaults: the database's commit date and an example controller. */
    public static Options defaults(String source) {
      return new Options(
          source, LocalDate.of(2026, 1, 21), "Example Ltd", "privacy@example.com", "example.com");
    }
  }

  /** Figures for the summary line. */
  public record Stats(
      int rowsRead,
      int cookiesWritten,
      int platforms,
      int providersWritten,
      int retentionsParsed,
      int retentionsTotal,
      int rowsSkipped) {
    public double parseRate() {
      return retentionsTotal == 0 ? 1.0 : (double) retentionsParsed / retentionsTotal;
    }

    public String summary(String source) {
      return String.format(
          Locale.ROOT,
          "%s: %d rows read, %d cookies written, %d providers written (of %d "
              + "platforms), retentions parsed %d/%d (%.1f%%), %d rows skipped",
          source,
          rowsRead,
          cookiesWritten,
          providersWritten,
          platforms,
          retentionsParsed,
          retentionsTotal,
          100 * parseRate(),
          rowsSkipped);
    }
  }

  /** The registry text, the report lines (one per skipped or changed row) and the figures. */
  public record Result(String yaml, List<String> report, Stats stats) {}

  /** The file could not be read as the database's CSV. */
  public static final class ImportException extends Exception {
    private static final long serialVersionUID = 1L;

    public ImportException(String message) {
      super(message);
    }
  }

  private record Provider(
      String id,
      String name,
      boolean firstParty,
      int line,
      List<Integer> rows,
      String[] privacyUrl) {}

  private record Cookie(
      int line,
      String name,
      Provider provider,
      String category,
      String purpose,
      Retention retention,
      String domain) {}

  private final Options options;
  private final List<String> report = new ArrayList<>();

  private OcdImporter(Options options) {
    this.options = options;
  }

  public static Result run(String csv, Options options) throws ImportException {
    return new OcdImporter(options).convert(csv);
  }

  /**
   * One report line; nothing from the file can break it in two or reach a terminal as a control
   * sequence.
   */
  private void report(int line, String what, String reason) {
    report.add(printable(options.source() + ":" + line + ": " + what + ": " + reason));
  }

  private Result convert(String csv) throws ImportException {
    List<CsvReader.Record> records;
    try {
      records = CsvReader.parse(csv);
    } catch (CsvReader.CsvException e) {
      throw new ImportException(options.source() + ":" + e.getMessage());
    }
    if (records.isEmpty()) throw new ImportException(options.source() + ": the file is empty");
    Map<String, Integer> column = new HashMap<>();
    List<String> header = records.get(0).fields();
    for (int i = 0; i < header.size(); i++) column.putIfAbsent(header.get(i).strip(), i);
    for (String c : COLUMNS) {
      if (!column.containsKey(c)) {
        throw new ImportException(
            options.source()
                + ":1: no column '"
                + c
                + "'; is this the Open Cookie "
                + "Database CSV?");
      }
    }

    Map<String, Provider> providers = new LinkedHashMap<>();
    Set<String> providerIds = new HashSet<>();
    List<Cookie> cookies = new ArrayList<>();
    Map<CookieKey, Integer> seen = new HashMap<>();
    int rows = 0;
    int skipped = 0;
    int parsed = 0;
    for (CsvReader.Record rec : records.subList(1, records.size())) {
      rows++;
      int line = rec.line();
      if (rec.fields().size() != header.size()) {
        report(
            line,
            "row",
            "skipped: " + rec.fields().size() + " fields, the header has " + header.size());
        skipped++;
        continue;
      }
      Map<String, String> f = new HashMap<>();
      column.forEach((k, i) -> f.put(k, rec.fields().get(i)));
      String tooLong =
          COLUMNS.stream().filter(c -> f.get(c).length() > MAX_FIELD).findFirst().orElse(null);
      if (tooLong != null) {
        report(
            line,
            "row",
            String.format(
                Locale.ROOT,
                "skipped: its '%s' field is %,d characters; a field may have " + "at most %,d",
                tooLong,
                f.get(tooLong).length(),
                MAX_FIELD));
        skipped++;
        continue;
      }

      // Retention first, so every row read counts towards the parse rate.
      RetentionParser.Result retention = RetentionParser.parse(f.get(RETENTION));
      if (retention.parsed()) parsed++;

      Provider provider = provider(providers, providerIds, f, line);

      String rawName = f.get(NAME);
      String name = INVISIBLE.matcher(rawName).replaceAll("").strip();
      if (name.isEmpty() || !COOKIE_NAME.matcher(name).matches()) {
        report(
            line,
            "cookie '" + printable(rawName) + "'",
            "skipped: not a valid cookie name"
                + (name.isEmpty() ? " (empty)" : badCharacters(name)));
        skipped++;
        continue;
      }
      if (!name.equals(rawName)) {
        report(
            line,
            "cookie '" + printable(rawName) + "'",
            "name cleaned to '" + name + "' (removed " + describeRemoved(rawName) + ")");
      }
      if ("1".equals(f.get(WILDCARD).strip()) && !name.endsWith("*")) {
        name = name + "*";
        if (name.length() <= 3) {
          report(
              line,
              "cookie '" + name + "'",
              "warning: a wildcard this short matches many unrelated cookies");
        }
      }
      if (name.contains("**")) {
        report(line, "cookie '" + name + "'", "a run of * written as one");
        name = dev.cookiereg.model.Cookie.collapseWildcards(name);
      }
      if (CookieKey.onlyWildcards(name)) {
        report(
            line,
            "cookie '" + name + "'",
            "skipped: a name that is only a wildcard matches every cookie");
        skipped++;
        continue;
      }
      if (CookieKey.tooManyWildcards(name)) {
        report(
            line,
            "cookie '" + name + "'",
            "skipped: "
                + CookieKey.wildcards(name)
                + " wildcards; a name may have at most "
                + CookieKey.MAX_WILDCARDS);
        skipped++;
        continue;
      }

      String rawCategory = f.get(CATEGORY).strip();
      String category = CATEGORIES.get(rawCategory.toLowerCase(Locale.ROOT));
      if (category == null) {
        report(
            line,
            "category '" + printable(rawCategory) + "'",
            "skipped: not a category of the Open Cookie "
                + "Database (Functional, Marketing, Analytics, Security, Necessary, Personalization)");
        skipped++;
        continue;
      }

      String domain = domain(f.get(DOMAIN), line);
      Integer first = seen.putIfAbsent(new CookieKey(provider.id(), domain, name), line);
      if (first != null) {
        report(
            line,
            "cookie '" + name + "'",
            "skipped: the same name, provider and domain as line " + first);
        skipped++;
        continue;
      }
      if (retention.note() != null) {
        report(
            line,
            "retention '" + printable(f.get(RETENTION)) + "'",
            retention.parsed()
                ? retention.note()
                : "not parsed ("
                    + retention.note()
                    + "); written as '"
                    + retention.retention().display()
                    + "'");
      }
      if (purposeNeutralised(f.get(DESCRIPTION))) {
        report(
            line,
            "purpose",
            "written as '"
                + purpose(f.get(DESCRIPTION))
                + "' so that the registry does not "
                + "read part of it as a placeholder, cross-reference or link");
      }
      cookies.add(
          new Cookie(
              line,
              name,
              provider,
              category,
              purpose(f.get(DESCRIPTION)),
              retention.retention(),
              domain));
      provider.rows().add(line);
    }

    List<Provider> written = new ArrayList<>();
    for (Provider p : providers.values()) {
      if (p.rows().isEmpty()) {
        report(p.line(), "provider '" + p.name() + "'", "omitted: all its rows were skipped");
      } else {
        written.add(p);
        if (p.privacyUrl()[0] == null) {
          report(
              p.line(),
              "provider '" + p.name() + "'",
              "no https privacy link; written without privacyUrl");
        }
      }
    }
    String yaml = write(written, cookies);
    report.sort(OcdImporter::byLine);
    Stats stats =
        new Stats(rows, cookies.size(), providers.size(), written.size(), parsed, rows, skipped);
    return new Result(yaml, List.copyOf(report), stats);
  }

  private static int byLine(String a, String b) {
    return Integer.compare(lineOf(a), lineOf(b));
  }

  private static int lineOf(String reportLine) {
    String[] parts = reportLine.split(":", 3);
    try {
      return Integer.parseInt(parts[1]);
    } catch (RuntimeException e) {
      return 0;
    }
  }

  private Provider provider(
      Map<String, Provider> providers, Set<String> ids, Map<String, String> f, int line) {
    String platform = f.get(PLATFORM).strip();
    Provider p = providers.get(platform);
    if (p == null) {
      String name = platform;
      if (name.isEmpty()) {
        name = "Unnamed platform";
        report(
            line, "provider ''", "the row names no platform; written as provider '" + name + "'");
      }
      String base = slug(name);
      String id = base;
      for (int n = 2; !ids.add(id); n++) id = base + "-" + n;
      if (!id.equals(base)) {
        report(
            line,
            "provider '" + name + "'",
            "id '"
                + id
                + "': '"
                + base
                + "' is already the id of another "
                + "platform spelt differently");
      }
      p =
          new Provider(
              id, name, FIRST_PARTY.contains(platform), line, new ArrayList<>(), new String[1]);
      providers.put(platform, p);
    }
    String link = f.get(PRIVACY).strip();
    if (!link.isEmpty()) {
      if (link.startsWith("https://")
          && link.length() <= 2048
          && link.chars().noneMatch(Character::isWhitespace)) {
        if (p.privacyUrl()[0] == null) p.privacyUrl()[0] = link;
      } else {
        report(
            line,
            "privacy link '" + printable(link) + "'",
            "dropped: only https links are allowed");
      }
    }
    return p;
  }

  /** A clean host name, or null (reported unless the field is empty). */
  private String domain(String raw, int line) {
    String d = raw.strip();
    if (d.isEmpty()) return null;
    String visible = INVISIBLE.matcher(d).replaceAll("");
    if (!visible.equals(d)) {
      report(line, "domain '" + printable(raw) + "'", "removed " + describeRemoved(d));
    }
    if (visible.toLowerCase(Locale.ROOT).contains(" or ")
        || visible.strip().toLowerCase(Locale.ROOT).startsWith("or ")
        || visible.strip().toLowerCase(Locale.ROOT).endsWith(" or")) {
      report(
          line, "domain '" + printable(raw) + "'", "dropped: names alternatives, not one domain");
      return null;
    }
    String host = THIRD_PARTY.matcher(visible).replaceAll("").strip();
    while (host.startsWith(".")) host = host.substring(1); // cookie-domain notation: .example.com
    while (host.endsWith(".")) host = host.substring(0, host.length() - 1);
    host = host.toLowerCase(Locale.ROOT);
    if (!HOSTNAME.matcher(host).matches()) {
      report(line, "domain '" + printable(raw) + "'", "dropped: not a host name");
      return null;
    }
    return host;
  }

  /**
   * The description as the purpose. The policy shows a cookie's purpose as written, so it is kept
   * verbatim except that whitespace and control characters become single spaces, and text the
   * registry would read as a placeholder ({@code {user}}), a cross-reference ({@code [[id]]}) or a
   * link that is not https is broken up ({@code { user }}); {@link #purposeNeutralised} tells
   * whether that happened.
   */
  static String purpose(String description) {
    String t = cleanText(description);
    if (t.isEmpty()) return NO_DESCRIPTION;
    t =
        Prose.PLACEHOLDER
            .matcher(t)
            .replaceAll(
                m ->
                    Matcher.quoteReplacement(
                        "{ " + (m.group(1) == null ? "" : m.group(1)) + m.group(2) + " }"));
    t = t.replace("[[", "[ [");
    Matcher link = SafeLinks.INLINE.matcher(t);
    StringBuilder out = new StringBuilder();
    while (link.find()) {
      String replacement =
          SafeLinks.isSafeInProse(link.group(1)) || link.group(1).isEmpty()
              ? link.group()
              : "] (" + link.group().substring(2);
      link.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    link.appendTail(out);
    return out.toString();
  }

  /**
   * Whether {@link #purpose} had to break up a placeholder, cross-reference or link in the
   * description.
   */
  static boolean purposeNeutralised(String description) {
    String t = cleanText(description);
    return !t.isEmpty() && !purpose(description).equals(t);
  }

  private static String cleanText(String s) {
    String t = s.replaceAll("[\\p{Cntrl}\\u2028\\u2029]", " ").replaceAll("\\s{2,}", " ").strip();
    return INVISIBLE.matcher(t).replaceAll("");
  }

  /** A kebab-case id from a platform name. */
  static String slug(String name) {
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    String s =
        ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (s.length() > 60) s = s.substring(0, 60).replaceAll("-+$", "");
    return s.isEmpty() ? "platform" : s;
  }

  /**
   * Control characters (C0, DEL, C1), line and paragraph separators and invisible ones as <code>
   * &#92;uXXXX</code>.
   */
  private static String printable(String s) {
    StringBuilder out = new StringBuilder();
    for (char ch : s.toCharArray()) {
      if (ch < 0x20
          || ch >= 0x7F && ch <= 0x9F
          || ch == '\u2028'
          || ch == '\u2029'
          || INVISIBLE.matcher(String.valueOf(ch)).matches()) {
        out.append(String.format(Locale.ROOT, "\\u%04X", (int) ch));
      } else {
        out.append(ch);
      }
    }
    return out.toString();
  }

  private static String describeRemoved(String raw) {
    Set<String> kinds = new java.util.LinkedHashSet<>();
    for (char ch : raw.toCharArray()) {
      if (ch == '\u00AD') kinds.add("soft hyphen U+00AD");
      else if (ch == '\t') kinds.add("tab");
      else if (INVISIBLE.matcher(String.valueOf(ch)).matches()) {
        kinds.add(String.format(Locale.ROOT, "zero-width character U+%04X", (int) ch));
      }
    }
    if (!raw.equals(raw.strip()) && kinds.stream().noneMatch("tab"::equals))
      kinds.add("surrounding spaces");
    return kinds.isEmpty() ? "whitespace" : String.join(", ", kinds);
  }

  private static String badCharacters(String name) {
    Set<String> bad = new java.util.LinkedHashSet<>();
    for (char ch : name.toCharArray()) {
      if (!COOKIE_NAME.matcher(String.valueOf(ch)).matches()) {
        bad.add(
            ch == ' '
                ? "space"
                : ch < 0x20 || ch > 0x7E
                    ? String.format(Locale.ROOT, "U+%04X", (int) ch)
                    : "'" + ch + "'");
      }
    }
    return " (contains " + String.join(", ", bad) + ")";
  }

  // ----------------------------------------------------------------------------------------------
  // writing

  private String write(List<Provider> providers, List<Cookie> cookies) {
    Map<Cookie, String> ids = cookieIds(cookies);
    StringBuilder y = new StringBuilder(cookies.size() * 260);
    String date = options.date().toString();
    y.append("# Generated by `cookiereg import-ocd` from ")
        .append(options.source())
        .append(",\n")
        .append("# the Open Cookie Database (https://github.com/jkwakman/Open-Cookie-Database).\n")
        .append("# The Open Cookie Database is licensed under the Apache License, Version 2.0\n")
        .append(
            "# (https://www.apache.org/licenses/LICENSE-2.0). This file is derived from it; keep this notice.\n")
        .append(
            "# Its rows are suggestions, not authority: review every entry before publishing.\n\n");
    y.append("policy:\n  title: Cookie Policy\n  version: 1.0.0\n")
        .append("  effective: ")
        .append(date)
        .append('\n')
        .append("  lastUpdated: ")
        .append(date)
        .append('\n')
        .append("  language: en\n\n");
    y.append("controller:\n  name: ")
        .append(YamlText.quoted(options.controllerName()))
        .append('\n')
        .append("  email: ")
        .append(YamlText.quoted(options.controllerEmail()))
        .append("\n\n");
    y.append("service:\n  name: ")
        .append(YamlText.quoted("the " + options.domain() + " website"))
        .append('\n')
        .append("  domain: ")
        .append(YamlText.quoted(options.domain()))
        .append("\n\n");

    Set<String> used = new HashSet<>();
    cookies.forEach(c -> used.add(c.category()));
    List<String> categories = CATEGORY_ORDER.stream().filter(used::contains).toList();
    if (categories.contains("analytics") || categories.contains("marketing")) {
      // their consentRequiredIn names OTHER-OPT-IN, which a registry defines itself
      y.append(OTHER_OPT_IN);
    }
    y.append("categories:\n");
    for (String c : categories) y.append(CATEGORY_TEXT.get(c));

    y.append("\nproviders:\n");
    for (Provider p : providers) {
      y.append("  - id: ")
          .append(YamlText.scalar(p.id()))
          .append('\n')
          .append("    name: ")
          .append(YamlText.quoted(p.name()))
          .append('\n')
          .append("    party: ")
          .append(p.firstParty() ? "first" : "third")
          .append('\n');
      if (p.privacyUrl()[0] != null) {
        y.append("    privacyUrl: ").append(YamlText.quoted(p.privacyUrl()[0])).append('\n');
      }
    }

    y.append("\ncookies:\n");
    for (Cookie c : cookies) {
      String id = ids.get(c);
      y.append("  - ");
      if (!id.equals(c.name())) y.append("id: ").append(YamlText.quoted(id)).append("\n    ");
      y.append("name: ")
          .append(YamlText.quoted(c.name()))
          .append('\n')
          .append("    provider: ")
          .append(YamlText.scalar(c.provider().id()))
          .append('\n')
          .append("    category: ")
          .append(c.category())
          .append('\n')
          .append("    purpose: ")
          .append(YamlText.quoted(c.purpose()))
          .append('\n');
      if (c.domain() != null)
        y.append("    domain: ").append(YamlText.quoted(c.domain())).append('\n');
      duration(y, c.retention());
    }

    y.append("\nsections:\n")
        .append("  - id: introduction\n    title: About This Policy\n    content:\n")
        .append(
            "      - clause: >-\n          This Cookie Policy explains which cookies {controller.name} uses on "
                + "{service.name}\n          and why.\n")
        .append("  - id: cookies-we-use\n    title: Cookies We Use\n    content:\n");
    for (String c : categories) y.append("      - category: ").append(c).append('\n');
    y.append("  - id: contact\n    title: Contact Us\n    content:\n      - generate: contact\n");
    return y.toString();
  }

  static void duration(StringBuilder y, Retention r) {
    switch (r.kind()) {
      case SESSION -> y.append("    duration: session\n");
      case FIXED -> y.append("    duration: ").append(r.period().text()).append('\n');
      case IDLE -> y.append("    duration:\n      idle: ").append(r.period().text()).append('\n');
      case UNKNOWN ->
          y.append("    duration:\n      unknown: ").append(YamlText.quoted(r.note())).append('\n');
      default -> throw new IllegalStateException("RetentionParser does not make " + r.kind());
    }
  }

  /**
   * Cookie ids: the name itself where it is a valid id, unique, and no other provider uses the
   * name; otherwise an explicit id ({@code <name>-<provider-id>} for a name several providers use),
   * made unique with {@code -2}... Natural ids are taken first, so a derived id never takes a name
   * another cookie goes by.
   */
  private static Map<Cookie, String> cookieIds(List<Cookie> cookies) {
    Map<String, Set<String>> providersByName = new HashMap<>();
    cookies.forEach(
        c ->
            providersByName.computeIfAbsent(c.name(), k -> new HashSet<>()).add(c.provider().id()));
    Pattern idPattern = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");
    Map<Cookie, String> ids = new java.util.IdentityHashMap<>();
    Set<String> taken = new HashSet<>();
    List<Cookie> derived = new ArrayList<>();
    for (Cookie c : cookies) {
      boolean natural =
          idPattern.matcher(c.name()).matches() && providersByName.get(c.name()).size() == 1;
      if (natural && taken.add(c.name())) {
        ids.put(c, c.name());
      } else {
        derived.add(c);
      }
    }
    for (Cookie c : derived) {
      String base =
          c.name().replace("*", "").replaceAll("[^A-Za-z0-9_.-]+", "-").replaceAll("^[.-]+", "");
      if (base.isEmpty()) base = "cookie";
      if (providersByName.get(c.name()).size() > 1) base = base + "-" + c.provider().id();
      if (base.length() > 120) base = base.substring(0, 120);
      String id = base;
      for (int n = 2; !taken.add(id); n++) id = base + "-" + n;
      ids.put(c, id);
    }
    return ids;
  }

  /** The region the analytics and marketing categories name beside the EEA and the UK. */
  private static final String OTHER_OPT_IN =
      """
      # Other jurisdictions that mandate opt-in consent: review the list for your audience.
      regions:
        - id: OTHER-OPT-IN
          title: Other jurisdictions that mandate opt-in consent
          countries: [CA-QC]

      """;

  private static final Map<String, String> CATEGORY_TEXT =
      Map.of(
          "essential",
              """
            - id: essential
              title: Essential Cookies
              description: >-
                Essential cookies are strictly necessary for the Service to work: they keep it secure and
                remember what you asked for, such as your consent choices. They cannot be switched off.
              legalBasis: strictly-necessary
              required: true
              consentRequiredIn: []
          """,
          "functional",
              """
            - id: functional
              title: Functional Cookies
              description: >-
                Functional cookies remember your choices and enable features such as embedded content, chat and
                personalisation. They are set only with your consent.
              legalBasis: consent
              consentRequiredIn: [EEA, UK]
              consentMode: [functionality_storage, personalization_storage]
          """,
          "analytics",
              """
            - id: analytics
              title: Analytics Cookies
              description: >-
                Analytics cookies help us understand how visitors use the Service, so we can improve it. They
                are set only with your consent.
              legalBasis: consent
              consentRequiredIn: [EEA, UK, OTHER-OPT-IN]
              consentMode: [analytics_storage]
          """,
          "marketing",
              """
            - id: marketing
              title: Marketing Cookies
              description: >-
                Marketing cookies track visitors across websites to show and measure advertising. They are set
                only with your consent.
              legalBasis: consent
              consentRequiredIn: [EEA, UK, OTHER-OPT-IN]
              consentMode: [ad_storage, ad_user_data, ad_personalization]
          """);
}
