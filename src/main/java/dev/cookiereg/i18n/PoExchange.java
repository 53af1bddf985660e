package dev.cookiereg.i18n;

import dev.cookiereg.diagnostic.Location;
import dev.cookiereg.model.Language;
import dev.cookiereg.model.Registry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A language's texts to and from a PO file for translators' tools: every text an entry ({@code
 * msgctxt} its id, {@code msgid} its English, {@code msgstr} its translation, {@code #.} what it
 * is), a stale one marked {@code fuzzy} as gettext marks a translation whose source changed.
 * Importing takes each translated entry that is not fuzzy and whose English is the registry's now,
 * and writes it into the translation file with the fingerprint of that English, in place: the
 * file's other lines, comments included, stay as they are.
 */
public final class PoExchange {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private PoExchange() {}

  /**
   * The PO file of {@code language}'s texts ({@code registryName} names the source in {@code #:}).
   */
  public static String export(Registry registry, Language language, String registryName) {
    List<Po.Entry> entries = new ArrayList<>();
    entries.add(Po.header(language.code()));
    for (Translations.Status s : Translations.status(registry, language)) {
      SourceText t = s.source();
      entries.add(
          new Po.Entry(
              List.of(t.what()),
              List.of(registryName),
              s.state() == Translations.State.STALE ? Set.of("fuzzy") : Set.of(),
              null,
              t.id(),
              normalised(t.english()),
              null,
              List.of(s.translated() == null ? "" : s.translated().text()),
              false));
    }
    return Po.write(entries);
  }

  /** What an import did: the translation file's new text and what was taken or left. */
  public record Imported(String yaml, int replaced, int added, List<String> skipped) {
    public Imported {
      skipped = List.copyOf(skipped);
    }
  }

  /**
   * {@code entries} imported into the translation file {@code yaml} ({@code file} as read, or null
   * when there is none yet) of {@code language}.
   */
  public static Imported importInto(
      Registry registry,
      Language language,
      String yaml,
      TranslationFile file,
      List<Po.Entry> entries) {
    Map<String, SourceText> sources = new LinkedHashMap<>();
    for (SourceText s : TextKeys.of(registry)) sources.put(s.id(), s);
    Map<String, String> take = new LinkedHashMap<>();
    List<String> skipped = new ArrayList<>();
    for (Po.Entry e : entries) {
      if (e.header() || e.obsolete() || e.string().isBlank()) continue;
      SourceText s = e.context() == null ? null : sources.get(e.context());
      if (s == null) {
        skipped.add(e.context() + ": no text has this id");
      } else if (e.fuzzy()) {
        skipped.add(e.context() + ": fuzzy (not reviewed)");
      } else if (!normalised(e.id()).equals(normalised(s.english()))) {
        skipped.add(e.context() + ": its English changed since the export");
      } else {
        Language.Text now = language.texts().get(s.id());
        boolean same =
            now != null && now.text().equals(e.string()) && now.source().equals(s.fingerprint());
        if (!same) take.put(s.id(), e.string());
      }
    }
    if (yaml == null) yaml = "language: " + language.code() + "\ntexts:\n";
    List<String> lines = new ArrayList<>(List.of(yaml.split("\n", -1)));
    if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) lines.remove(lines.size() - 1);
    // replace from the last line up, so earlier positions stay right
    List<Map.Entry<Integer, String>> inPlace = new ArrayList<>();
    List<String> appended = new ArrayList<>();
    for (Map.Entry<String, String> t : take.entrySet()) {
      Location at =
          file == null
              ? null
              : file.sourceMap().position(TranslationFile.pointer(t.getKey())).orElse(null);
      if (at == null) appended.add(t.getKey());
      else inPlace.add(Map.entry(at.line() - 1, t.getKey()));
    }
    inPlace.sort(Map.Entry.<Integer, String>comparingByKey().reversed());
    for (Map.Entry<Integer, String> p : inPlace) {
      int start = p.getKey();
      int end = start + 1;
      while (end < lines.size() && (lines.get(end).isBlank() || indent(lines.get(end)) > 2)) end++;
      while (end > start + 1 && lines.get(end - 1).isBlank()) end--;
      List<String> block = block(sources.get(p.getValue()), take.get(p.getValue()));
      lines.subList(start, end).clear();
      lines.addAll(start, block);
    }
    for (String id : appended) lines.addAll(block(sources.get(id), take.get(id)));
    return new Imported(String.join("\n", lines) + "\n", inPlace.size(), appended.size(), skipped);
  }

  /** A text's entry in a translation file, its translation folded at about 100 columns. */
  static List<String> block(SourceText source, String text) {
    List<String> out = new ArrayList<>();
    out.add("  " + source.id() + ":");
    out.add("    source: " + source.fingerprint());
    boolean foldable =
        !text.isEmpty()
            && text.equals(text.strip())
            && !text.contains("  ")
            && text.indexOf('\n') < 0
            && text.indexOf('\t') < 0;
    if (!foldable) {
      out.add("    text: " + yamlQuoted(text));
      return out;
    }
    out.add("    text: >-");
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > 100) {
        out.add("      " + line);
        line.setLength(0);
      }
      if (line.length() > 0) line.append(' ');
      line.append(word);
    }
    out.add("      " + line);
    return out;
  }

  private static String yamlQuoted(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }

  private static int indent(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') i++;
    return i;
  }

  private static String normalised(String s) {
    return SPACES.matcher(s).replaceAll(" ").strip();
  }
}
