package dev.cookiereg.i18n;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cookiereg.diagnostic.Diagnostic;
import dev.cookiereg.diagnostic.Location;
import dev.cookiereg.diagnostic.Suggestions;
import dev.cookiereg.load.SourceMap;
import dev.cookiereg.load.SourceTree;
import dev.cookiereg.model.Language;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A translation file as written ({@code cookies.fr.yaml}): its language, and each translated text
 * with the fingerprint of the English it was made from, where it was written.
 *
 * <pre>
 * language: fr-CA
 * texts:
 *   sections.do-not-track.2:
 *     source: 3f2a9c0d1e4b   # the fingerprint of the English translated
 *     text: Nous respectons vos préférences…
 * </pre>
 *
 * @param texts every text by id, in file order
 * @param problems what is wrong with the file, each located; errors make it unusable
 */
public record TranslationFile(
    String file,
    String language,
    Map<String, Language.Text> texts,
    SourceMap sourceMap,
    List<Diagnostic> problems) {

  static final String RULE = "translation";
  private static final Set<String> TOP = Set.of("language", "texts");
  private static final Set<String> ENTRY = Set.of("source", "text");

  /** The pointer of a text's entry. */
  public static String pointer(String id) {
    return "/texts/" + SourceMap.token(id);
  }

  /** Where a text's entry was written, or the {@code texts} key when it was not. */
  public Location locate(String id) {
    return sourceMap.position(pointer(id)).orElseGet(() -> sourceMap.locate("/texts"));
  }

  /**
   * Reads the tree of {@code file}, expected to be in {@code language}, against the ids {@code
   * known}: structural faults are located errors; an unknown id is a warning with the nearest known
   * ones (an editor renaming or removing an English element does not make the registry invalid).
   */
  static TranslationFile read(String file, SourceTree tree, String language, Set<String> known) {
    List<Diagnostic> problems = new ArrayList<>();
    Map<String, Language.Text> texts = new LinkedHashMap<>();
    SourceMap map = tree.sourceMap();
    JsonNode root = tree.root();
    if (root == null || !root.isObject()) {
      problems.add(
          error(file, Location.START, "a translation file is a mapping with language and texts"));
      return new TranslationFile(file, null, texts, map, problems);
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!TOP.contains(key)) {
        problems.add(
            error(
                file,
                map.locate("/" + SourceMap.token(key)),
                "unknown key '" + key + "'" + Suggestions.didYouMean(key, TOP)));
      }
    }
    JsonNode lang = root.get("language");
    String written = lang != null && lang.isTextual() ? lang.asText() : null;
    if (written == null) {
      problems.add(error(file, Location.START, "language is missing: write language: " + language));
    } else if (!written.equals(language)) {
      problems.add(
          error(
              file,
              map.locate("/language"),
              "language is " + written + " but the registry declares this file for " + language));
    }
    JsonNode all = root.get("texts");
    if (all == null || all.isNull()) {
      return new TranslationFile(file, written, texts, map, problems);
    }
    if (!all.isObject()) {
      problems.add(error(file, map.locate("/texts"), "texts is a mapping of text ids"));
      return new TranslationFile(file, written, texts, map, problems);
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = all.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String id = e.getKey();
      String at = pointer(id);
      if (!known.contains(id)) { // a typo, or an English element renamed or removed since
        problems.add(
            error(
                    file,
                    map.locate(at),
                    "unknown text id '"
                        + id
                        + "': its text is not shown (remove it if its English was removed)"
                        + Suggestions.didYouMean(id, known))
                .asWarning());
        continue;
      }
      JsonNode entry = e.getValue();
      if (entry == null || !entry.isObject()) {
        problems.add(error(file, map.locate(at), id + ": write source: and text: under it"));
        continue;
      }
      boolean ok = true;
      for (Iterator<String> keys = entry.fieldNames(); keys.hasNext(); ) {
        String key = keys.next();
        if (!ENTRY.contains(key)) {
          problems.add(
              error(
                  file,
                  map.locate(at + "/" + SourceMap.token(key)),
                  id + ": unknown key '" + key + "'" + Suggestions.didYouMean(key, ENTRY)));
          ok = false;
        }
      }
      JsonNode text = entry.get("text");
      // twelve hex digits may read as a number (123456789012, 1e4500000000): take them as written
      String source = fingerprint(entry.get("source"), map, at + "/source");
      if (source == null || !Fingerprint.FORM.matcher(source).matches()) {
        problems.add(
            error(
                file,
                map.locate(at + "/source"),
                id
                    + ": source is the fingerprint of the English translated, 12 hex digits"
                    + " ('cookiereg i18n status' shows it)"));
        ok = false;
      }
      if (text == null || !text.isTextual() || text.asText().isBlank()) {
        problems.add(error(file, map.locate(at + "/text"), id + ": text is missing or empty"));
        ok = false;
      }
      if (ok) texts.put(id, new Language.Text(text.asText(), source));
    }
    return new TranslationFile(file, written, texts, map, problems);
  }

  private static String fingerprint(JsonNode source, SourceMap map, String pointer) {
    if (source == null) return null;
    if (source.isTextual()) return source.asText();
    if (source.isNumber()) return map.writtenNumber(pointer).orElse(source.asText());
    return null;
  }

  private static Diagnostic error(String file, Location at, String message) {
    return Diagnostic.error(file, at, RULE, message);
  }
}
