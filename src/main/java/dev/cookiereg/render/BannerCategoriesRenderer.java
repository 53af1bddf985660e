package dev.cookiereg.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cookiereg.model.Category;
import dev.cookiereg.model.Registry;
import dev.cookiereg.model.Technology;
import dev.cookiereg.site.SiteFile;
import dev.cookiereg.site.SitePaths;
import java.util.List;

/**
 * {@code banner/categories.json}: generic category lists for any consent banner — in policy order,
 * required categories read-only, every other category off by default (no pre-checked boxes, policy
 * 5.1.1(a)).
 */
final class BannerCategoriesRenderer implements Renderer {
  @Override
  public List<SiteFile> render(RenderContext context) {
    Registry r = context.registry();
    MachineText text = new MachineText(context);
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("policyVersion", r.policy().version().toString());
    o.put("revision", BannerData.revision(r));
    o.put("policyUrl", MachineText.policyHref(context));
    o.put("cookieSettingsLabel", r.consentPlatform().cookieSettingsLabel());
    ArrayNode categories = o.putArray("categories");
    for (Category c : context.categoriesInPolicyOrder()) {
      ObjectNode j = categories.addObject();
      j.put("id", c.id());
      j.put("title", c.title());
      j.put("description", text.plain(c.description()));
      j.put("descriptionHtml", text.html(c.description()));
      j.put("required", c.required());
      j.put("readOnly", c.required());
      j.put("defaultEnabled", c.required());
      j.put("legalBasis", c.legalBasis().yaml());
      ArrayNode modes = j.putArray("consentMode");
      c.consentMode().forEach(modes::add);
      j.putPOJO(
          "cookies",
          Json.lazyArray(
              r.cookiesIn(c.id()),
              k -> {
                ObjectNode cj = JsonNodeFactory.instance.objectNode();
                cj.put("id", k.id());
                cj.put("matchable", k.name() != null);
                if (k.name() != null) {
                  cj.put("name", k.name());
                  if (k.matches() != null) cj.put("matches", k.matches());
                  cj.put("pattern", k.regex());
                }
                cj.put("displayName", k.displayName());
                cj.put("provider", k.provider());
                cj.put("providerName", BannerData.providerName(r, k));
                cj.put("duration", k.retention().display());
                cj.put("purpose", text.plain(k.purpose()));
                return cj;
              }));
      ArrayNode technologies = j.putArray("technologies");
      for (Technology t : r.technologiesIn(c.id())) {
        technologies
            .addObject()
            .put("id", t.id())
            .put("title", t.title())
            .put("kind", t.kind().yaml())
            .put("status", t.status().yaml())
            .put("provider", t.provider())
            .put("purpose", text.plain(t.purpose(), t));
      }
    }
    return List.of(Json.file(SitePaths.BANNER_CATEGORIES, o));
  }
}
