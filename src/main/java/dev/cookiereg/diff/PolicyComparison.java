package dev.cookiereg.diff;

import dev.cookiereg.model.Block;
import dev.cookiereg.model.Policy;
import dev.cookiereg.model.Registry;
import dev.cookiereg.model.Section;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The policy's own prose: metadata, controller, service, consent platform, browser guides and every
 * section, matched by id. Placing a category or technology that is itself added (or removed) is
 * part of that change: it never counts again as new wording of the section that places it (unless
 * the other registry places the same id too, as a dangling placement does).
 */
final class PolicyComparison implements Comparison {
  @Override
  public void compare(Matching matching, ProseComparison prose, Changes out) {
    Registry base = matching.base();
    Registry head = matching.head();
    prose.text(out, "policy", "metadata", "/policy", text(base.policy()), text(head.policy()));
    FactComparison.policyAddress(out, base.policy().url(), head.policy().url());
    prose.text(
        out,
        "policy",
        "controller",
        "/controller",
        RecordText.of(base.controller()),
        RecordText.of(head.controller()));
    prose.text(
        out,
        "policy",
        "service",
        "/service",
        RecordText.of(base.service()),
        RecordText.of(head.service()));
    prose.text(
        out,
        "policy",
        "consent-platform",
        "/consentPlatform",
        RecordText.of(base.consentPlatform()),
        RecordText.of(head.consentPlatform()));
    FactComparison.gpcPromise(
        out,
        base.consentPlatform().honoursGlobalPrivacyControl(),
        head.consentPlatform().honoursGlobalPrivacyControl());
    prose.text(
        out,
        "policy",
        "browsers",
        "/browsers",
        RecordText.browsers(base.browsers()),
        RecordText.browsers(head.browsers()));
    Set<String> basePlaced = placed(base.sections(), new HashSet<>());
    Set<String> headPlaced = placed(head.sections(), new HashSet<>());
    Set<String> removed = removed(matching);
    removed.removeAll(headPlaced);
    Set<String> added = added(matching);
    added.removeAll(basePlaced);
    sections(prose, out, texts(base, removed), texts(head, added));
  }

  /** {@code kind:id} of every category and technology the sections place, subsections included. */
  private static Set<String> placed(List<Section> sections, Set<String> out) {
    for (Section s : sections) {
      for (Block b : s.content()) {
        if (b instanceof Block.Subsection sub) placed(List.of(sub.section()), out);
        String p = placed(b);
        if (p != null) out.add(p);
      }
    }
    return out;
  }

  /** The ids of the categories and technologies the head adds, as placed in a section. */
  private static Set<String> added(Matching m) {
    Set<String> out = new HashSet<>();
    Stream.concat(
            m.categories().pairs().stream()
                .filter(p -> p.was() == null)
                .map(p -> "category:" + p.now().id()),
            m.technologies().pairs().stream()
                .filter(p -> p.was() == null)
                .map(p -> "technology:" + p.now().id()))
        .forEach(out::add);
    return out;
  }

  /** The ids of the categories and technologies the head no longer has. */
  private static Set<String> removed(Matching m) {
    Set<String> out = new HashSet<>();
    m.categories().removed().forEach(c -> out.add("category:" + c.id()));
    m.technologies().removed().forEach(t -> out.add("technology:" + t.id()));
    return out;
  }

  private static void sections(
      ProseComparison prose, Changes out, Map<String, Text> old, Map<String, Text> now) {
    for (Map.Entry<String, Text> e : now.entrySet()) {
      Text was = old.get(e.getKey());
      if (was == null) {
        prose.addedOrRemoved(out, "section", e.getKey(), "/sections");
      } else {
        prose.text(out, "section", e.getKey(), "/sections", was, e.getValue());
      }
    }
    old.keySet().stream()
        .filter(k -> !now.containsKey(k))
        .forEach(k -> prose.addedOrRemoved(out, "section", k, "/sections"));
    List<String> oldOrder = old.keySet().stream().filter(now::containsKey).toList();
    List<String> newOrder = now.keySet().stream().filter(old::containsKey).toList();
    if (!oldOrder.equals(newOrder)) prose.reordered(out, "policy", "section-order", "/sections");
  }

  private static Text text(Policy p) {
    return Text.join(
        "\n",
        p.title(),
        p.subtitle(),
        RecordText.items(p.relatedDocuments()),
        RecordText.items(p.noticeMethods()),
        p.noticePeriodDays());
  }

  /**
   * Every section's text by id, subsections as sections of their own, without the placements of
   * {@code unmatched} categories and technologies ({@code kind:id}).
   */
  private static Map<String, Text> texts(Registry r, Set<String> unmatched) {
    Map<String, Text> out = new LinkedHashMap<>();
    r.sections().forEach(s -> sectionTexts(s, unmatched, out));
    return out;
  }

  private static void sectionTexts(Section s, Set<String> unmatched, Map<String, Text> out) {
    StringBuilder compared = new StringBuilder(s.title()).append('\n');
    StringBuilder shown = new StringBuilder(s.title()).append('\n');
    for (Block b : s.content()) {
      if (b instanceof Block.Subsection sub) {
        sectionTexts(sub.section(), unmatched, out);
        String mark = "[section " + sub.section().id() + "]\n";
        compared.append(mark);
        shown.append(mark);
      } else if (!unmatched.contains(placed(b))) {
        Text t = RecordText.of(b);
        compared.append(t.compared()).append('\n').append('\n');
        shown.append(t.shown()).append('\n').append('\n');
      }
    }
    out.put(s.id(), new Text(compared.toString(), shown.toString()));
  }

  /** {@code kind:id} of the category or technology a block places; null for any other block. */
  private static String placed(Block b) {
    if (b instanceof Block.CategoryRef r) return "category:" + r.category();
    if (b instanceof Block.TechnologyRef r) return "technology:" + r.technology();
    return null;
  }
}
