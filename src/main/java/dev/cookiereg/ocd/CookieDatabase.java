package dev.cookiereg.ocd;

import dev.cookiereg.model.NameMatcher;
import dev.cookiereg.model.Retention;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The Open Cookie Database as a lookup: which entry a cookie name seen in a browser belongs to, by
 * the manifest's precedence ({@link NameMatcher}), and that entry as a cookie block to paste into
 * {@code cookies.yaml}.
 *
 * <p>The bundled copy is {@code open-cookie-database.csv} beside this class (Apache-2.0, its
 * LICENSE and SOURCE.txt beside it). Immutable once built. {@link #wildcardOn} reads only its
 * names, for a lint rule that runs on every check.
 */
public final class CookieDatabase {
  /** The bundled copy's resource, its licence and its source. */
  static final String RESOURCE = "open-cookie-database.csv";

  /** Categories from the strictest consent to none: a platform's strictest is the suggestion's. */
  private static final List<String> STRICTEST_FIRST =
      List.of("marketing", "analytics", "functional", "essential");

  /**
   * One row of the database, read as the importer reads it.
   *
   * @param name the key, with a trailing {@code *} when the row is a wildcard match
   * @param category the registry category the database's category maps to
   * @param platformCategory the strictest registry category among the platform's rows
   */
  public record Entry(
      int line,
      String name,
      String platform,
      String databaseCategory,
      String category,
      String platformCategory,
      String description,
      Retention retention,
      String privacyUrl) {}

  private final NameMatcher<Entry> matcher;

  private CookieDatabase(List<Entry> entries) {
    this.matcher = NameMatcher.of(entries, Entry::name);
  }

  private static final class Holder {
    static final CookieDatabase BUNDLED = load();

    private static CookieDatabase load() {
      try {
        return parse(bundledText());
      } catch (OcdImporter.ImportException e) {
        throw new IllegalStateException(e.getMessage(), e);
      }
    }
  }

  /** The copy bundled with the tool, read once on first use. */
  public static CookieDatabase bundled() {
    return Holder.BUNDLED;
  }

  /**
   * A row as the lint rules read it: where it is and whose it is, without its description or
   * retention (most of the cost of {@link #parse}).
   *
   * @param name the key, with a trailing {@code *} when the row is a wildcard match
   * @param category the database's own category, as written ({@code Analytics}, {@code Marketing},
   *     {@code Functional}…)
   */
  public record Key(int line, String name, String platform, String category) {}

  /**
   * The bundled copy's wildcard rows by the text before their {@code *}, and its exact names with
   * their rows (a name some platforms share has several).
   */
  private record Keys(Map<String, Key> wildcards, Map<String, List<Key>> exact) {
    static Keys read() throws OcdImporter.ImportException {
      Rows rows = rows(bundledText());
      Map<String, Key> wildcards = new HashMap<>();
      Map<String, List<Key>> exact = new HashMap<>();
      for (CsvReader.Record r : rows.records()) {
        String name = rows.name(r);
        int star = name.indexOf('*');
        Key key =
            new Key(
                r.line(),
                name,
                rows.field(r, OcdImporter.PLATFORM),
                rows.field(r, OcdImporter.CATEGORY).strip());
        if (star < 0) {
          exact.computeIfAbsent(name, n -> new ArrayList<>()).add(key);
        } else if (star == name.length() - 1) {
          wildcards.putIfAbsent(name.substring(0, star), key);
        }
      }
      return new Keys(wildcards, exact);
    }
  }

  /**
   * Reads the keys once, on whichever thread runs it first; a failure (running out of memory
   * included) is kept for the thread that asks, never printed by another.
   */
  private static final FutureTask<Keys> KEYS = new FutureTask<>(Keys::read);

  private static final AtomicBoolean PRELOADING = new AtomicBoolean();

  /**
   * Starts reading the bundled copy's keys on a thread of its own, so that {@link #wildcardOn}
   * finds them read (or waits for the rest): a registry is read and its schema compiled meanwhile.
   */
  public static void preloadKeys() {
    if (!PRELOADING.compareAndSet(false, true)) return;
    Thread t = new Thread(KEYS, "ocd-keys");
    t.setDaemon(true);
    t.start();
  }

  private static Keys keys() {
    KEYS.run(); // reads them here unless another thread has started to
    try {
      return KEYS.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error r) throw r;
      throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading " + RESOURCE, e);
    }
  }

  /**
   * The bundled copy's wildcard row on exactly {@code text} ({@code _pk_id} gives Matomo's {@code
   * _pk_id*}), unless the copy also lists {@code text} as an exact name: the entry {@link #lookup}
   * gives {@code text} exactly when that entry is a wildcard whose literal prefix is all of {@code
   * text} (a longer prefix cannot match it, and an exact name comes first).
   */
  public static Optional<Key> wildcardOn(String text) {
    Keys keys = keys();
    if (keys.exact().containsKey(text)) return Optional.empty();
    return Optional.ofNullable(keys.wildcards().get(text));
  }

  /** The bundled copy's rows of exactly the name {@code name} (not wildcards), in file order. */
  public static List<Key> rowsNamed(String name) {
    return keys().exact().getOrDefault(name, List.of());
  }

  private static String bundledText() {
    try (InputStream in = CookieDatabase.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException(RESOURCE + " is not in the jar");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The rows the importer keeps (a category it maps, a cookie name it accepts), with the header's
   * columns: the one selection both {@link #parse} and {@link #wildcardOn} read.
   */
  private record Rows(Map<String, Integer> column, List<CsvReader.Record> records) {
    String field(CsvReader.Record r, String name) {
      Integer i = column.get(name);
      return i == null ? "" : r.fields().get(i).strip();
    }

    /** The row's name, with a trailing {@code *} when the row is a wildcard match. */
    String name(CsvReader.Record r) {
      String name = field(r, OcdImporter.NAME);
      return "1".equals(field(r, OcdImporter.WILDCARD)) && !name.endsWith("*") ? name + "*" : name;
    }

    String category(CsvReader.Record r) {
      return OcdImporter.CATEGORIES.get(field(r, OcdImporter.CATEGORY).toLowerCase(Locale.ROOT));
    }
  }

  private static Rows rows(String csv) throws OcdImporter.ImportException {
    List<CsvReader.Record> records;
    try {
      records = CsvReader.parse(csv);
    } catch (CsvReader.CsvException e) {
      throw new OcdImporter.ImportException(RESOURCE + ":" + e.getMessage());
    }
    if (records.isEmpty()) throw new OcdImporter.ImportException(RESOURCE + ": the file is empty");
    Map<String, Integer> column = new HashMap<>();
    List<String> header = records.get(0).fields();
    for (int i = 0; i < header.size(); i++) column.putIfAbsent(header.get(i).strip(), i);
    Rows all = new Rows(column, List.of());
    List<CsvReader.Record> kept = new ArrayList<>();
    for (CsvReader.Record r : records.subList(1, records.size())) {
      if (r.fields().size() != header.size()) continue;
      if (all.category(r) == null) continue;
      if (!OcdImporter.COOKIE_NAME.matcher(all.field(r, OcdImporter.NAME)).matches()) continue;
      kept.add(r);
    }
    return new Rows(column, kept);
  }

  /** A database from the CSV's text; rows the importer would skip are left out. */
  public static CookieDatabase parse(String csv) throws OcdImporter.ImportException {
    Rows rows = rows(csv);
    Map<String, String> strictest = new LinkedHashMap<>();
    for (CsvReader.Record r : rows.records()) {
      strictest.merge(
          rows.field(r, OcdImporter.PLATFORM),
          rows.category(r),
          (a, b) -> STRICTEST_FIRST.indexOf(a) <= STRICTEST_FIRST.indexOf(b) ? a : b);
    }
    List<Entry> entries = new ArrayList<>();
    for (CsvReader.Record r : rows.records()) {
      String platform = rows.field(r, OcdImporter.PLATFORM);
      String privacy = rows.field(r, OcdImporter.PRIVACY);
      entries.add(
          new Entry(
              r.line(),
              rows.name(r),
              platform,
              rows.field(r, OcdImporter.CATEGORY),
              rows.category(r),
              strictest.get(platform),
              OcdImporter.purpose(rows.field(r, OcdImporter.DESCRIPTION)),
              RetentionParser.parse(rows.field(r, OcdImporter.RETENTION)).retention(),
              privacy.startsWith("https://") && privacy.chars().noneMatch(Character::isWhitespace)
                  ? privacy
                  : null));
    }
    return new CookieDatabase(entries);
  }

  /** The entry a cookie name belongs to, by the manifest's precedence. */
  public Optional<Entry> lookup(String cookieName) {
    return matcher.match(cookieName);
  }

  /**
   * The suggested category: the row's own, unless the database files it as functional while the
   * same platform has analytics or marketing rows. One script sets all of a tool's cookies under
   * one consent, so a tool's cookies belong to its strictest category; suggesting less would let a
   * tracker run on a weaker consent.
   */
  public static String suggestedCategory(Entry e) {
    return "functional".equals(e.category())
            && STRICTEST_FIRST.indexOf(e.platformCategory()) < STRICTEST_FIRST.indexOf("functional")
        ? e.platformCategory()
        : e.category();
  }

  /**
   * A cookie block for {@code cookies.yaml}, indented as an item of {@code cookies:}, marked as a
   * suggestion to review; {@code id} is written when it differs from the name. {@code providerId}
   * is the registry's provider for the platform, or a new id the editor must add.
   */
  public static String cookieYaml(Entry e, String id, String providerId, boolean newProvider) {
    String category = suggestedCategory(e);
    StringBuilder y = new StringBuilder();
    y.append(
            "  # Suggested from the Open Cookie Database (Apache-2.0), line "
                + e.line()
                + ": review before publishing.\n")
        .append("  - ");
    if (!id.equals(e.name())) y.append("id: ").append(YamlText.quoted(id)).append("\n    ");
    y.append("name: ")
        .append(YamlText.quoted(e.name()))
        .append('\n')
        .append("    provider: ")
        .append(YamlText.scalar(providerId));
    if (newProvider) {
      y.append(" # not in the registry yet: add provider ").append(YamlText.quoted(e.platform()));
      if (e.privacyUrl() != null) y.append(" (privacyUrl ").append(e.privacyUrl()).append(')');
    }
    y.append('\n').append("    category: ").append(category);
    if (!category.equals(e.category())) {
      y.append(" # the database says ")
          .append(e.databaseCategory())
          .append("; other ")
          .append(e.platform())
          .append(" cookies are ")
          .append(category)
          .append(", and one script sets them all");
    }
    y.append('\n').append("    purpose: ").append(YamlText.quoted(e.description())).append('\n');
    OcdImporter.duration(y, e.retention());
    return y.toString();
  }

  /**
   * The id the importer gives a cookie of this name: the name itself when it is a valid id, else
   * the name without its wildcards ({@code _hjSession_*} is {@code _hjSession_}).
   */
  public static String cookieId(String name) {
    if (name.matches("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}")) return name;
    String base =
        name.replace("*", "").replaceAll("[^A-Za-z0-9_.-]+", "-").replaceAll("^[.-]+", "");
    if (base.length() > 120) base = base.substring(0, 120);
    return base.isEmpty() ? "cookie" : base;
  }

  /** The provider id the importer gives a platform. */
  public static String providerId(String platform) {
    return OcdImporter.slug(platform);
  }
}
