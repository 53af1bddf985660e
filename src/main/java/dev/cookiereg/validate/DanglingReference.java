package dev.cookiereg.validate;

import dev.cookiereg.diagnostic.Suggestions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link Lints#DANGLING_REFERENCE}: every {@code [[…]]} holds an id, and that id names what the
 * outline numbers or a related document. A number or title written instead ({@code [[Section
 * 5.1]]}) would be published as it stands; the ids whose number or title it gives are suggested.
 */
final class DanglingReference implements Check {
  /**
   * Anything written as a cross-reference; not a link whose text is bracketed ({@code [[1]](…)}).
   */
  private static final Pattern WRITTEN = Pattern.compile("\\[\\[([^\\[\\]\\n]{1,200})]](?!\\()");

  private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)*");

  @Override
  public void check(LintedRegistry registry, Report report) {
    Set<String> targets = new HashSet<>(registry.numbered());
    registry.model().policy().relatedDocuments().forEach(d -> targets.add(d.id()));
    for (TextSite site : registry.texts()) {
      Matcher m = WRITTEN.matcher(site.text());
      while (m.find()) {
        String ref = m.group(1);
        if (!IdHints.ID.matcher(ref).matches()) {
          report.at(site.pointer(), notAnId(ref, registry, targets));
        } else if (!targets.contains(ref)) {
          report.at(
              site.pointer(),
              "cross-reference [["
                  + ref
                  + "]] points at nothing"
                  + LintedRegistry.suggest(ref, targets));
        }
      }
    }
  }

  private static String notAnId(String ref, LintedRegistry registry, Set<String> targets) {
    String said =
        "cross-reference [["
            + ref
            + "]] must hold the id of a section, category, technology or clause, not its number"
            + " or title";
    List<String> meant = meant(ref, registry);
    String kebab = Suggestions.kebab(ref);
    if (meant.isEmpty() && targets.contains(kebab)) meant = List.of(kebab);
    if (!meant.isEmpty()) {
      String id = meant.get(0);
      String number = registry.numbers().get(id);
      return said
          + ": write [["
          + id
          + "]]"
          + (number == null ? "" : ", which the page shows as \"Section " + number + "\"")
          + (meant.size() > 1
              ? " (or [[" + String.join("]], [[", meant.subList(1, meant.size())) + "]])"
              : "");
    }
    Matcher number = NUMBER.matcher(ref);
    if (number.find()) return said + ": the policy has no Section " + number.group();
    List<String> nearest = Suggestions.nearest(kebab, targets);
    if (!nearest.isEmpty()) {
      return said + "; did you mean " + Suggestions.either(nearest).replace("'", "") + "?";
    }
    return said;
  }

  /** The ids whose number, or whose title, the text gives. */
  private static List<String> meant(String ref, LintedRegistry registry) {
    Set<String> out = new LinkedHashSet<>();
    Matcher number = NUMBER.matcher(ref);
    if (number.find()) {
      for (Map.Entry<String, String> e : registry.numbers().entrySet()) {
        if (e.getValue().equals(number.group())) out.add(e.getKey());
      }
    }
    String wanted = words(ref);
    for (Places.Anchor a : registry.places().anchors) {
      String title = registry.tree().at(a.pointer() + "/title").asText("");
      if (!wanted.isEmpty() && words(title).equals(wanted)) out.add(a.id());
    }
    return new ArrayList<>(out);
  }

  /** A title or reference as compared: lowercase words, without "Section" or punctuation. */
  private static String words(String text) {
    return text.toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]+", " ")
        .replaceFirst("^\\s*(section|clause|category)\\s+", "")
        .strip();
  }
}
