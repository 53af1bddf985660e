package dev.cookiereg.i18n;

import dev.cookiereg.diagnostic.Diagnostic;
import dev.cookiereg.diagnostic.Location;
import dev.cookiereg.diagnostic.RegistryException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The core of gettext's PO format, as translators' tools (Poedit, Weblate, Lokalize) read and write
 * it: entries with comments ({@code #.} extracted, {@code #:} references, {@code #,} flags such as
 * {@code fuzzy}, {@code #|} previous), {@code msgctxt}, {@code msgid}, {@code msgid_plural}, {@code
 * msgstr} and {@code msgstr[n]}, strings continued on following lines, C escapes, obsolete {@code
 * #~} entries. Reading is strict: a malformed line is a located one-line error.
 */
public final class Po {
  private Po() {}

  /** One entry; {@code msgstr} has one string, or one per plural form. */
  public record Entry(
      List<String> extracted,
      List<String> references,
      Set<String> flags,
      String previous,
      String context,
      String id,
      String idPlural,
      List<String> strings,
      boolean obsolete) {
    public Entry {
      extracted = List.copyOf(extracted);
      references = List.copyOf(references);
      flags = Set.copyOf(flags);
      strings = List.copyOf(strings);
    }

    public boolean fuzzy() {
      return flags.contains("fuzzy");
    }

    /** The translation, or empty: the first {@code msgstr}. */
    public String string() {
      return strings.isEmpty() ? "" : strings.get(0);
    }

    /** The header entry: {@code msgid ""} without context. */
    public boolean header() {
      return id.isEmpty() && context == null;
    }
  }

  /** Reads {@code text}, the PO file {@code file} (its name in diagnostics). */
  public static List<Entry> read(String file, String text) throws RegistryException {
    if (text.startsWith("\uFEFF")) text = text.substring(1);
    List<Entry> out = new ArrayList<>();
    Builder b = new Builder();
    String[] lines = text.split("\r?\n", -1);
    String field = null; // the keyword a continued string belongs to
    for (int n = 0; n < lines.length; n++) {
      String raw = lines[n];
      String line = raw.strip();
      Location at = new Location(n + 1, 1);
      if (line.isEmpty()) {
        b.flushInto(out);
        field = null;
        continue;
      }
      boolean obsolete = false;
      if (line.startsWith("#~")) {
        obsolete = true;
        line = line.substring(2).strip();
        if (line.isEmpty()) continue;
      }
      if (line.startsWith("#")) {
        if (b.hasStrings()) b.flushInto(out);
        if (line.startsWith("#.")) b.extracted.add(line.substring(2).strip());
        else if (line.startsWith("#:")) b.references.add(line.substring(2).strip());
        else if (line.startsWith("#,")) {
          for (String flag : line.substring(2).split(",")) {
            if (!flag.isBlank()) b.flags.add(flag.strip());
          }
        } else if (line.startsWith("#|")) {
          String prev = line.substring(2).strip();
          if (prev.startsWith("msgid ")) b.previous = unquote(file, at, prev.substring(6).strip());
        }
        field = null;
        continue;
      }
      b.obsolete |= obsolete;
      if (line.startsWith("\"")) {
        if (field == null) throw error(file, at, "a string continues no msgid or msgstr");
        b.append(field, unquote(file, at, line));
        continue;
      }
      int space = line.indexOf(' ');
      if (space < 0) throw error(file, at, "expected a keyword and a quoted string: " + line);
      String keyword = line.substring(0, space);
      String value = unquote(file, at, line.substring(space + 1).strip());
      if (keyword.equals("msgctxt") || keyword.equals("msgid")) {
        if (b.hasStrings()) b.flushInto(out);
      }
      if (!keyword.matches("msgctxt|msgid|msgid_plural|msgstr|msgstr\\[\\d{1,2}\\]")) {
        throw error(file, at, "unknown keyword '" + keyword + "'");
      }
      if (b.fields.contains(keyword)) throw error(file, at, keyword + " is written twice");
      b.fields.add(keyword);
      b.set(keyword, value);
      field = keyword;
    }
    b.flushInto(out);
    for (Entry e : out) {
      if (e.id() == null) throw error(file, Location.START, "an entry has no msgid");
    }
    return List.copyOf(out);
  }

  /** Writes {@code entries} as a PO file, one string per line, in their order. */
  public static String write(List<Entry> entries) {
    StringBuilder out = new StringBuilder();
    for (Entry e : entries) {
      if (out.length() > 0) out.append('\n');
      for (String x : e.extracted()) out.append("#. ").append(x).append('\n');
      for (String r : e.references()) out.append("#: ").append(r).append('\n');
      if (!e.flags().isEmpty()) {
        out.append("#, ").append(String.join(", ", e.flags().stream().sorted().toList()));
        out.append('\n');
      }
      if (e.previous() != null) out.append("#| msgid ").append(quote(e.previous())).append('\n');
      if (e.context() != null) out.append("msgctxt ").append(quote(e.context())).append('\n');
      out.append("msgid ").append(quote(e.id())).append('\n');
      if (e.header()) {
        out.append("msgstr \"\"\n");
        for (String l : e.string().split("(?<=\n)")) out.append(quote(l)).append('\n');
      } else {
        out.append("msgstr ").append(quote(e.string())).append('\n');
      }
    }
    return out.toString();
  }

  /** A header with the language and UTF-8 as its charset. */
  public static Entry header(String language) {
    String fields =
        "Language: "
            + language.replace('-', '_')
            + "\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n"
            + "Content-Transfer-Encoding: 8bit\nX-Generator: cookiereg\n";
    return new Entry(List.of(), List.of(), Set.of(), null, null, "", null, List.of(fields), false);
  }

  /** The value of header field {@code name} ({@code Language}), or null. */
  public static String headerField(List<Entry> entries, String name) {
    for (Entry e : entries) {
      if (!e.header()) continue;
      for (String line : e.string().split("\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase(name)) {
          return line.substring(colon + 1).strip();
        }
      }
    }
    return null;
  }

  static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }

  private static String unquote(String file, Location at, String s) throws RegistryException {
    if (s.length() < 2 || !s.startsWith("\"") || !s.endsWith("\"")) {
      throw error(file, at, "a string is written in double quotes: " + s);
    }
    StringBuilder out = new StringBuilder();
    for (int i = 1; i < s.length() - 1; i++) {
      char c = s.charAt(i);
      if (c == '"') throw error(file, at, "a quote inside a string is written \\\"");
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (++i >= s.length() - 1) throw error(file, at, "a string ends in a lone backslash");
      char e = s.charAt(i);
      switch (e) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case '"' -> out.append('"');
        case '\\' -> out.append('\\');
        case 'a' -> out.append('\u0007');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'v' -> out.append('\u000B');
        default -> throw error(file, at, "unknown escape \\" + e);
      }
    }
    return out.toString();
  }

  private static RegistryException error(String file, Location at, String message) {
    return new RegistryException(Diagnostic.error(file, at, "po", message));
  }

  /** An entry as it is read. */
  private static final class Builder {
    final List<String> extracted = new ArrayList<>();
    final List<String> references = new ArrayList<>();
    final Set<String> flags = new LinkedHashSet<>();
    final Set<String> fields = new LinkedHashSet<>();
    String previous;
    String context;
    String id;
    String idPlural;
    final List<String> strings = new ArrayList<>();
    boolean obsolete;

    /** An entry is under way: a new msgctxt, msgid or comment starts the next one. */
    boolean hasStrings() {
      return fields.contains("msgid");
    }

    void set(String keyword, String value) {
      switch (keyword) {
        case "msgctxt" -> context = value;
        case "msgid" -> id = value;
        case "msgid_plural" -> idPlural = value;
        default -> strings.add(value);
      }
    }

    void append(String keyword, String value) {
      switch (keyword) {
        case "msgctxt" -> context += value;
        case "msgid" -> id += value;
        case "msgid_plural" -> idPlural += value;
        default -> strings.set(strings.size() - 1, strings.get(strings.size() - 1) + value);
      }
    }

    void flushInto(List<Entry> out) {
      if (fields.isEmpty() && extracted.isEmpty() && references.isEmpty() && flags.isEmpty()) {
        return;
      }
      if (!fields.isEmpty()) {
        out.add(
            new Entry(
                extracted, references, flags, previous, context, id, idPlural, strings, obsolete));
      }
      extracted.clear();
      references.clear();
      flags.clear();
      fields.clear();
      strings.clear();
      previous = null;
      context = null;
      id = null;
      idPlural = null;
      obsolete = false;
    }
  }
}
