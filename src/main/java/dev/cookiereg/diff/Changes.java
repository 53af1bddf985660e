package dev.cookiereg.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The changes a comparison finds, each with its rule's message filled in. */
final class Changes {
  private static final Pattern TEMPLATE_VALUE = Pattern.compile("\\{(\\w+)}");

  private final List<Change> found = new ArrayList<>();
  private final ChangeWords words;

  Changes(ChangeWords words) {
    this.words = words;
  }

  /**
   * A change of {@code kind:id} at {@code pointer}; {@code values} fill the message template, with
   * {@code subject} and {@code kind}.
   */
  void add(ChangeRule rule, String kind, String id, String pointer, Map<String, String> values) {
    add(rule, kind, id, pointer, values, null);
  }

  /** As {@link #add(ChangeRule, String, String, String, Map)}, with a text's wording. */
  void add(
      ChangeRule rule,
      String kind,
      String id,
      String pointer,
      Map<String, String> values,
      Wording wording) {
    Map<String, String> v = new HashMap<>(values);
    v.put("subject", id);
    v.put("kind", kind);
    found.add(
        new Change(
            rule,
            kind + ":" + id,
            fill(rule.message(), v),
            pointer,
            v,
            wording,
            List.of(),
            words.sentence(rule, kind, id, values)));
  }

  void add(ChangeRule rule, String kind, String id, String pointer) {
    add(rule, kind, id, pointer, Map.of());
  }

  List<Change> list() {
    return found;
  }

  private static String fill(String template, Map<String, String> values) {
    Matcher m = TEMPLATE_VALUE.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "?")));
    }
    return m.appendTail(out).toString();
  }
}
