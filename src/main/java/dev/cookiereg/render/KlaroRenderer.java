package dev.cookiereg.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cookiereg.model.Category;
import dev.cookiereg.model.ConsentLibrary;
import dev.cookiereg.model.Cookie;
import dev.cookiereg.model.Registry;
import dev.cookiereg.site.SiteFile;
import dev.cookiereg.site.SitePaths;
import java.util.List;

/**
 * {@code banner/klaro.json}: a drop-in Klaro configuration — one service per provider and category,
 * purposes per category, cookie patterns as {@code ^regex} strings, essential services required,
 * everything else off by default. Klaro re-asks only for services it has not seen, so {@code
 * storageName} carries the policy's major version: a material release starts a fresh consent
 * record. Texts are plain ({@code htmlTexts: false}). A service's title is its provider's name; its
 * description lists its cookies, each with the product the policy's table names for it where that
 * differs ({@link BannerData#cookieNames}).
 */
final class KlaroRenderer implements Renderer {
  @Override
  public List<SiteFile> render(RenderContext context) {
    Registry r = context.registry();
    MachineText text = new MachineText(context);
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("version", 1);
    o.put("elementID", "klaro");
    o.put("storageMethod", "cookie");
    // the declared consent cookie reads the same values
    o.put("storageName", ConsentLibrary.KLARO.storageName(BannerData.revision(r)));
    o.put("cookieExpiresAfterDays", ConsentLibrary.KLARO.expiresAfterDays());
    o.put("htmlTexts", false);
    o.put("default", false);
    o.put("mustConsent", false);
    o.put("acceptAll", true);
    o.put("hideDeclineAll", false);
    o.put("hideLearnMore", false);
    o.put("groupByPurpose", true);
    o.put("lang", r.policy().language());

    ObjectNode translations = o.putObject("translations");
    translations.putObject("zz").put("privacyPolicyUrl", MachineText.policyHref(context));
    ObjectNode words = translations.putObject(r.policy().language());
    words.put("privacyPolicyUrl", MachineText.policyHref(context));
    ObjectNode purposes = words.putObject("purposes");
    for (Category c : context.categoriesInPolicyOrder()) {
      purposes
          .putObject(c.id())
          .put("title", c.title())
          .put("description", text.plain(c.description()));
    }

    ArrayNode services = o.putArray("services");
    for (BannerData.Service s : BannerData.services(r, context.categoriesInPolicyOrder())) {
      ObjectNode j = services.addObject();
      j.put("name", s.id());
      j.put("title", s.title());
      j.put("description", BannerData.cookieNames(r, s));
      j.putArray("purposes").add(s.category().id());
      ArrayNode cookies = j.putArray("cookies");
      for (Cookie k : s.cookies()) {
        if (k.name() != null) cookies.add(pattern(k));
      }
      j.put("required", s.category().required());
      j.put("default", s.category().required());
      j.put("optOut", false);
      j.put("onlyOnce", false);
    }
    return List.of(Json.file(SitePaths.KLARO, o));
  }

  /**
   * What the cookie is recognised by ({@link Cookie#pattern()}) as Klaro reads it: Klaro compiles a
   * string that starts with {@code ^} as a regular expression and matches any other literally, so
   * an exact name that starts with {@code ^} (a valid cookie name, like {@code ^a+a+b}) is written
   * as its escaped regex, never as a pattern of its own.
   */
  static String pattern(Cookie k) {
    return k.match() == Cookie.Match.EXACT && !k.pattern().startsWith("^")
        ? k.pattern()
        : k.regex();
  }
}
