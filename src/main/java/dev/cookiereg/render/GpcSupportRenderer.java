package dev.cookiereg.render;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cookiereg.model.GlobalPrivacyControl;
import dev.cookiereg.model.Registry;
import dev.cookiereg.site.SiteFile;
import dev.cookiereg.site.SitePaths;
import java.util.List;

/**
 * {@code .well-known/gpc.json}: the Global Privacy Control support resource (GPC specification,
 * section 3.5), {@code {"gpc": true, "lastUpdate": "YYYY-MM-DD"}}, written only when the policy
 * honours GPC ({@link GlobalPrivacyControl#honoured}); otherwise the site has no such file, which
 * the specification reads as "no statement".
 *
 * <p>{@code lastUpdate} is the policy's "Last Updated" date: every change of the GPC facts ({@code
 * sellsOrShares}, the promises) is classified by the change rules and ships in a release, which
 * sets that date, so it is never earlier than the last change of the facts, and it comes from the
 * registry, never from the clock.
 */
final class GpcSupportRenderer implements Renderer {
  @Override
  public List<SiteFile> render(RenderContext context) {
    Registry r = context.registry();
    if (!GlobalPrivacyControl.honoured(r)) return List.of();
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("gpc", true);
    o.put("lastUpdate", r.policy().lastUpdated().toString());
    return List.of(Json.file(SitePaths.GPC_SUPPORT, o));
  }
}
