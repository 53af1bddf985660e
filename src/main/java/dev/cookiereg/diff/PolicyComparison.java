package dev.cookiereg.diff;

import dev.cookiereg.model.Block;
import dev.cookiereg.model.Policy;
import dev.cookiereg.model.Registry;
import dev.cookiereg.model.Section;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The policy's own prose: metadata, controller, service, consent platform, browser guides and every
 * section, matched by id.
 */
final class PolicyComparison implements Comparison {
  @Override
  public void compare(Matching matching, ProseComparison prose, Changes out) {
    Registry base = matching.base();
    Registry head = matching.head();
    prose.text(out, "policy", "metadata", "/policy", text(base.policy()), text(head.policy()));
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
    prose.text(
        out,
        "policy",
        "browsers",
        "/browsers",
        RecordText.browsers(base.browsers()),
        RecordText.browsers(head.browsers()));
    sections(prose, out, texts(base), texts(head));
  }

  private static void sections(
      ProseComparison prose, Changes out, Map<String, String> old, Map<String, String> now) {
    for (Map.Entry<String, String> e : now.entrySet()) {
      String was = old.get(e.getKey());
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

  private static String text(Policy p) {
    return p.title()
        + "\n"
        + p.subtitle()
        + "\n"
        + RecordText.items(p.relatedDocuments())
        + "\n"
        + RecordText.items(p.noticeMethods())
        + "\n"
        + p.noticePeriodDays()
        + "\n"
        + p.url();
  }

  /** Every section's text by id, subsections as sections of their own. */
  private static Map<String, String> texts(Registry r) {
    Map<String, String> out = new LinkedHashMap<>();
    r.sections().forEach(s -> sectionTexts(s, out));
    return out;
  }

  private static void sectionTexts(Section s, Map<String, String> out) {
    StringBuilder text = new StringBuilder(s.title()).append('\n');
    for (Block b : s.content()) {
      if (b instanceof Block.Subsection sub) {
        sectionTexts(sub.section(), out);
        text.append("[section ").append(sub.section().id()).append("]\n");
      } else {
        text.append(RecordText.of(b)).append('\n').append('\n');
      }
    }
    out.put(s.id(), text.toString());
  }
}
