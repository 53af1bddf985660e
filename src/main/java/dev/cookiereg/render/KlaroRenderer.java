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
 * everything else off by default, in the policy's words ({@link BannerWords}, the same as the
 * vanilla-cookieconsent config's) in every language the registry has. Klaro re-asks only for
 * services it has not seen, so {@code storageName} carries the policy's major version: a material
 * release starts a fresh consent record. Texts are plain ({@code htmlTexts: false}). A service's
 * title is its provider's name; its description lists its cookies, each with the product the
 * policy's table names for it where that differs ({@link BannerData#cookieNames}).
 */
final class KlaroRenderer implements Renderer {
  /** Klaro's own colour for Accept ({@code --green1}), given to Decline too. */
  static final String EQUAL_BUTTONS = "#1a936f";

  /**
   * The Klaro purpose of a category: {@code category-<id>}. Klaro treats the purpose {@code
   * functional} as always on (its notice leaves it out) and has default texts for {@code
   * functional}, {@code marketing}, {@code advertising} and {@code performance}; no purpose id
   * written this way is one of them.
   */
  static String purpose(String categoryId) {
    return "category-" + categoryId;
  }

  /**
   * One language's words, the same as the vanilla-cookieconsent config's: the banner's from {@link
   * BannerWords}, each purpose's title and description from its category. Klaro fills {@code
   * {privacyPolicy}} with a link to the policy.
   */
  private static void translation(
      ObjectNode words, BannerWords w, String href, RenderContext context, MachineText text) {
    words.put("privacyPolicyUrl", href);
    words
        .putObject("consentNotice")
        .put("title", w.consentTitle())
        .put("description", w.consentDescription() + " {privacyPolicy}")
        .put("changeDescription", w.revisionMessage())
        .put("learnMore", w.manage());
    words
        .putObject("consentModal")
        .put("title", w.preferencesTitle())
        .put("description", w.preferencesIntro());
    words.putObject("privacyPolicy").put("name", w.policyLink()).put("text", "{privacyPolicy}");
    words.put("ok", w.acceptAll());
    words.put("acceptAll", w.acceptAll());
    words.put("decline", w.rejectAll());
    words.put("acceptSelected", w.save());
    words.put("save", w.save());
    words.put("close", w.close());
    ObjectNode purposes = words.putObject("purposes");
    for (Category c : context.categoriesInPolicyOrder()) {
      purposes
          .putObject(purpose(c.id()))
          .put("title", c.title())
          .put("description", text.plain(c.description()));
    }
  }

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
    // with other languages, Klaro reads the page's <html lang> (fr for fr-CA) instead
    if (r.languages().isEmpty()) o.put("lang", r.policy().language());
    o.put("showNoticeTitle", true);
    o.put("disablePoweredBy", true);
    // Accept is drawn in --green1, Decline in --dark2: one colour, so neither stands out (5.1.1(b))
    o.putObject("styling").put("dark2", EQUAL_BUTTONS);
    ArrayNode order = o.putArray("purposeOrder");
    context.categoriesInPolicyOrder().forEach(c -> order.add(purpose(c.id())));

    ObjectNode translations = o.putObject("translations");
    String href = MachineText.policyHref(context);
    translations.putObject("zz").put("privacyPolicyUrl", href);
    for (BannerWords.Language l : BannerWords.languages(context)) {
      MachineText words = l.context() == context ? text : new MachineText(l.context());
      String own = MachineText.policyHref(l.context());
      translation(translations.putObject(l.key()), l.words(), own, l.context(), words);
    }

    ArrayNode services = o.putArray("services");
    for (BannerData.Service s : BannerData.services(r, context.categoriesInPolicyOrder())) {
      ObjectNode j = services.addObject();
      j.put("name", s.id());
      j.put("title", s.title());
      j.put("description", BannerData.cookieNames(r, s));
      j.putArray("purposes").add(purpose(s.category().id()));
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
