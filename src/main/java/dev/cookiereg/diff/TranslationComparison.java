package dev.cookiereg.diff;

import dev.cookiereg.i18n.SourceText;
import dev.cookiereg.i18n.TextKeys;
import dev.cookiereg.model.Language;
import dev.cookiereg.model.Registry;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The editions in other languages compared by language code, and their texts by id: the one emitter
 * of {@link TranslationRules}. A text's wording is read as the policy's prose is ({@link
 * ProseComparison}): a change of words is notable, of punctuation or spacing editorial. An edition
 * added or removed is one change, not one per text. Texts are compared only where both registries
 * were read with their translation files.
 */
final class TranslationComparison implements Comparison {

  @Override
  public void compare(Matching matching, ProseComparison prose, Changes out) {
    Registry base = matching.base();
    Registry head = matching.head();
    Map<String, String> what = new LinkedHashMap<>();
    for (SourceText s : TextKeys.of(base)) what.put(s.id(), s.what());
    for (SourceText s : TextKeys.of(head)) what.put(s.id(), s.what());
    for (int i = 0; i < head.languages().size(); i++) {
      Language now = head.languages().get(i);
      String at = "/languages/" + i;
      Optional<Language> before = find(base, now.code());
      if (before.isEmpty()) {
        out.add(TranslationRules.LANGUAGE_ADDED, "language", now.code(), at, values(now, null));
        continue;
      }
      // a registry read without its translation file (a manifest, a git revision's cookies.yaml)
      // knows the edition but not its texts: nothing to compare
      if (!before.get().read() || !now.read()) continue;
      Set<String> ids = new LinkedHashSet<>(before.get().texts().keySet());
      ids.addAll(now.texts().keySet());
      for (String id : ids) {
        Language.Text from = before.get().texts().get(id);
        Language.Text to = now.texts().get(id);
        Map<String, String> values = values(now, what.getOrDefault(id, id));
        if (from == null) {
          out.add(TranslationRules.TRANSLATION_ADDED, "translation", id, at, values);
        } else if (to == null) {
          out.add(TranslationRules.TRANSLATION_REMOVED, "translation", id, at, values);
        } else {
          prose.translation(out, "translation", id, at, values, from.text(), to.text());
        }
      }
    }
    for (int i = 0; i < base.languages().size(); i++) {
      Language was = base.languages().get(i);
      if (find(head, was.code()).isEmpty()) {
        out.add(
            TranslationRules.LANGUAGE_REMOVED,
            "language",
            was.code(),
            "/languages",
            values(was, null));
      }
    }
  }

  private static Optional<Language> find(Registry r, String code) {
    return r.languages().stream().filter(l -> l.code().equals(code)).findFirst();
  }

  /** The language's code and English name, and what the text is. */
  private static Map<String, String> values(Language l, String what) {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("language", l.code());
    v.put("languageName", Locale.forLanguageTag(l.code()).getDisplayName(Locale.ENGLISH));
    if (what != null) v.put("what", what);
    return v;
  }
}
