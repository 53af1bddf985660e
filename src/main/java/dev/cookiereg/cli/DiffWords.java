package dev.cookiereg.cli;

import dev.cookiereg.diff.AffectedCategory;
import dev.cookiereg.diff.Change;
import dev.cookiereg.diff.Level;
import dev.cookiereg.diff.Notice;
import dev.cookiereg.diff.Wording;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What a change means, in words for a reviewer: its level, what happens to the consent visitors
 * gave, how they are told; and the words of a reworded text, before and after.
 */
final class DiffWords {
  private DiffWords() {}

  /** Why changes of {@code level} matter, and what releasing them does. */
  static String level(Level level) {
    return switch (level) {
      case MATERIAL ->
          "A new major version: visitors must be told before these changes take effect,"
              + " and some must be asked for consent again.";
      case NOTABLE ->
          "A new minor version: a person must review each change; the policy history records it.";
      case EDITORIAL ->
          "A patch version: nothing a visitor relies on changes; the policy history records it.";
      case NONE -> "Nothing changed.";
    };
  }

  /**
   * The change's level and what it means for consent and notice: "Material — visitors must be asked
   * again for consent in 'Analytics Cookies'; they are told before it takes effect and the banner
   * is shown again." Category titles are written by {@code title}.
   */
  static String meaning(Change c, UnaryOperator<String> title) {
    String level =
        switch (c.level()) {
          case MATERIAL -> "Material";
          case NOTABLE -> "Notable";
          case EDITORIAL -> "Editorial";
          case NONE -> "No change";
        };
    return level + " — " + consent(c, title) + "; " + notice(c) + ".";
  }

  private static String consent(Change c, UnaryOperator<String> title) {
    return switch (c.rule().consent()) {
      case NONE -> "consent already given still holds";
      case CATEGORY ->
          c.categories().isEmpty()
              ? "visitors must be asked again for consent in the category it belongs to"
              : "visitors must be asked again for consent in " + titles(c, title);
      case ALL -> "every visitor must be asked again for consent (the banner's revision changes)";
      case ASK ->
          c.categories().isEmpty()
              ? "it stays off until a visitor agrees"
              : "it stays off until a visitor agrees to " + titles(c, title);
      case INVALID -> "consent cannot cover this: it must not be released as it is";
    };
  }

  private static String titles(Change c, UnaryOperator<String> title) {
    List<String> t = new ArrayList<>();
    for (AffectedCategory a : c.categories()) t.add(title.apply(a.title()));
    if (t.size() == 1) return t.get(0);
    return String.join(", ", t.subList(0, t.size() - 1)) + " and " + t.get(t.size() - 1);
  }

  private static String notice(Change c) {
    List<String> how = new ArrayList<>();
    for (Notice n : c.rule().notices()) {
      how.add(
          switch (n) {
            case PRIOR -> "visitors are told before it takes effect";
            case BANNER -> "the banner is shown again";
            case LOG -> "the policy history records it";
          });
    }
    if (how.isEmpty()) return "no notice can make it lawful";
    if (how.size() == 1) return how.get(0);
    return String.join(", ", how.subList(0, how.size() - 1)) + " and " + how.get(how.size() - 1);
  }

  /**
   * Each excerpt of a reworded text as two lines, {@code - } before and {@code + } after, the words
   * that changed marked as git's word diff marks them ({@code [-removed-]}, {@code {+added+}}).
   */
  static List<String> wording(Wording w) {
    List<String> out = new ArrayList<>();
    for (Wording.Excerpt e : w.excerpts()) {
      out.add("- " + line(e, e.before(), "[-", "-]"));
      out.add("+ " + line(e, e.after(), "{+", "+}"));
    }
    return out;
  }

  private static String line(
      Wording.Excerpt e, List<Wording.Span> spans, String open, String close) {
    StringBuilder out = new StringBuilder(e.cutStart() ? "…" : "");
    for (Wording.Span s : spans) {
      String t = s.text();
      if (!s.changed() || t.isBlank()) {
        out.append(t);
        continue;
      }
      // the spaces around the changed words stay outside the marks
      String words = t.strip();
      int lead = t.indexOf(words);
      out.append(t, 0, lead).append(open).append(words).append(close);
      out.append(t, lead + words.length(), t.length());
    }
    return out.append(e.cutEnd() ? "…" : "").toString();
  }
}
