package dev.cookiereg.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cookiereg.diff.Change;
import dev.cookiereg.diff.Level;
import dev.cookiereg.i18n.Words;
import dev.cookiereg.model.Item;
import dev.cookiereg.model.Policy;
import dev.cookiereg.release.ChangeSummary;
import dev.cookiereg.site.SiteFile;
import dev.cookiereg.site.SitePaths;
import java.util.List;

/**
 * {@code notice.json}: the payload the email and in-app channels send when a release is material
 * (policy 7.2(a) and (b)) — whether to send, the version, when it takes effect, what changed (with
 * the categories each change concerns) and where to read more. {@code send} and {@code methods} are
 * the manifest's {@code change.noticeMethods}: one decision, {@link ChangeSummary#noticeMethods}.
 */
final class NoticeRenderer implements Renderer {

  @Override
  public List<SiteFile> render(RenderContext context) {
    List<SiteFile> out = new java.util.ArrayList<>();
    out.add(notice(context));
    for (RenderContext edition : context.editions()) out.add(notice(edition)); // fr/notice.json
    return List.copyOf(out);
  }

  /**
   * The notice in the context's language: an edition's states its {@code language}, its subject,
   * methods, links and each change's {@code message} are in its language; where changes have no
   * words in that language the messages stay in the policy's, marked by {@code messageLanguage}.
   */
  private static SiteFile notice(RenderContext context) {
    Words words = context.edition().words();
    Policy policy = context.registry().policy();
    ChangeSummary change = context.change();
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode o = f.objectNode();
    EditionChangeWords sentences = new EditionChangeWords(context);
    if (!context.edition().isSource()) {
      o.put("language", policy.language());
      if (!sentences.inEditionLanguage()) o.put("messageLanguage", PageHeads.SOURCE_LANGUAGE);
    }
    List<Item> methodsToUse = change.noticeMethods(policy);
    o.put("send", !methodsToUse.isEmpty());
    o.put("policyVersion", policy.version().toString());
    if (change.since().isPresent()) {
      o.put("since", change.since().get().toString());
    } else {
      o.putNull("since");
    }
    o.put("verdict", change.report().verdict().label());
    o.put("effective", policy.effective().toString());
    o.put("lastUpdated", policy.lastUpdated().toString());
    o.put(
        "subject",
        words.format(
            change.material() ? "notice.subjectMaterial" : "notice.subject",
            java.util.Map.of(
                "title",
                policy.title(),
                "version",
                policy.version().toString(),
                "effective",
                words.date(policy.effective()))));
    ArrayNode methods = o.putArray("methods");
    for (Item m : methodsToUse) {
      methods.addObject().put("id", m.id()).put("text", m.text());
    }
    ArrayNode changes = o.putArray("changes");
    for (Change c : change.report().changes()) {
      if (c.level() == Level.EDITORIAL) continue;
      changes
          .addObject()
          .put("rule", c.rule().id())
          .put("level", c.level().label())
          .put("message", sentences.of(c))
          .set("categories", categories(c));
    }
    ObjectNode links = o.putObject("links");
    links.put("policy", MachineText.policyHref(context));
    links.put(
        "history", MachineText.publicHref(context, context.edition().path(SitePaths.HISTORY)));
    return Json.file(context.edition().path(SitePaths.NOTICE), o);
  }

  /** The ids of the categories whose consent the change concerns, as the manifest lists them. */
  private static ArrayNode categories(Change c) {
    ArrayNode ids = JsonNodeFactory.instance.arrayNode();
    c.categories().forEach(a -> ids.add(a.id()));
    return ids;
  }
}
