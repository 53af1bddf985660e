package dev.cookiereg.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cookiereg.diff.Change;
import dev.cookiereg.diff.DiffReport;
import dev.cookiereg.diff.Notice;
import dev.cookiereg.diff.Wording;

/**
 * A change report as JSON for {@code diff --format json}: its verdict and each change's fields, the
 * members the manifest's {@code change} holds too ({@link dev.cookiereg.manifest.Manifest.Change}).
 */
public final class ChangeJson {
  private ChangeJson() {}

  /** The report's verdict, materiality, consent impact and notices, in that order. */
  public static void verdict(ObjectNode o, DiffReport report) {
    o.put("verdict", report.verdict().label());
    o.put("material", report.material());
    o.put("consentImpact", report.consentImpact().id());
    ArrayNode notices = o.putArray("notice");
    for (Notice n : report.notices()) notices.add(n.id());
  }

  /**
   * One change appended to {@code changes}: its rule, level, subject, message and fingerprint; with
   * {@code ruleEffects}, the rule's consent impact and notices before the fingerprint.
   */
  public static ObjectNode change(ArrayNode changes, Change c, boolean ruleEffects) {
    ObjectNode j = changes.addObject();
    j.put("rule", c.rule().id());
    j.put("level", c.level().label());
    j.put("subject", c.subject());
    j.put("message", c.message());
    if (ruleEffects) {
      j.put("consent", c.rule().consent().id());
      ArrayNode n = j.putArray("notice");
      for (Notice x : c.rule().notices()) n.add(x.id());
    }
    j.put("fingerprint", c.fingerprint());
    return j;
  }

  /**
   * What {@code diff --format json} adds to a change: the categories whose consent it concerns
   * ({@code id}, {@code title}) and, for a text, its {@code wording}: {@code before} and {@code
   * after} as a reader sees them and the word-level {@code edits} between them, each with its
   * {@code type} (insert, delete, change), the words {@code before} and {@code after}, and where
   * they stand in each text ({@code beforeAt}, {@code afterAt}, in UTF-16 code units).
   */
  public static void review(ObjectNode j, Change c) {
    ArrayNode categories = j.putArray("categories");
    c.categories().forEach(a -> categories.addObject().put("id", a.id()).put("title", a.title()));
    Wording w = c.wording();
    if (w == null) return;
    ObjectNode wording = j.putObject("wording");
    wording.put("before", w.before());
    wording.put("after", w.after());
    ArrayNode edits = wording.putArray("edits");
    for (Wording.Edit e : w.edits()) {
      edits
          .addObject()
          .put("type", e.type())
          .put("before", e.before())
          .put("after", e.after())
          .put("beforeAt", e.beforeAt())
          .put("afterAt", e.afterAt());
    }
  }
}
