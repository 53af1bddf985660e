package dev.cookiereg.render;

import static dev.cookiereg.render.BannerData.escapeHtml;

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
 * {@code banner/cookieconsent.json}: a drop-in vanilla-cookieconsent v3 configuration. Its {@code
 * revision} is the policy's major version, so a material release asks everyone again; declined
 * categories clear their declared cookies ({@code autoClear}); "Reject all" carries the same weight
 * as "Accept all".
 *
 * <p>vanilla-cookieconsent inserts titles, descriptions and table cells as HTML, so registry text
 * is escaped here and descriptions are sanitised commonmark HTML. Cookie patterns are written
 * {@code "/^regex$/"}; the README shows the JSON reviver that turns them into RegExp.
 */
final class CookieConsentRenderer implements Renderer {
  @Override
  public List<SiteFile> render(RenderContext context) {
    Registry r = context.registry();
    MachineText text = new MachineText(context);
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode o = f.objectNode();
    o.put("revision", BannerData.revision(r));
    o.put("mode", "opt-in");
    // stated, not left to the library's defaults: the declared consent cookie reads the same value
    o.putObject("cookie")
        .put("name", ConsentLibrary.VANILLA_COOKIECONSENT.storageName(BannerData.revision(r)))
        .put("expiresAfterDays", ConsentLibrary.VANILLA_COOKIECONSENT.expiresAfterDays());
    ObjectNode gui = o.putObject("guiOptions");
    gui.putObject("consentModal")
        .put("layout", "box")
        .put("position", "bottom right")
        .put("equalWeightButtons", true)
        .put("flipButtons", false);
    gui.putObject("preferencesModal")
        .put("layout", "box")
        .put("equalWeightButtons", true)
        .put("flipButtons", false);

    ObjectNode categories = o.putObject("categories");
    List<BannerData.Service> allServices =
        BannerData.services(r, context.categoriesInPolicyOrder());
    for (Category c : context.categoriesInPolicyOrder()) {
      ObjectNode j = categories.putObject(c.id());
      j.put("enabled", c.required());
      j.put("readOnly", c.required());
      if (!c.required()) {
        // named by role only (no name): there is nothing to clear
        j.putObject("autoClear")
            .putPOJO(
                "cookies",
                Json.lazyArray(
                    r.cookiesIn(c.id()),
                    k ->
                        k.name() == null
                            ? null
                            : f.objectNode()
                                .put(
                                    "name",
                                    k.match() == Cookie.Match.EXACT
                                        ? k.pattern()
                                        : "/" + k.regex() + "/")));
      }
      ObjectNode services = j.putObject("services");
      for (BannerData.Service s : allServices) {
        if (s.category().id().equals(c.id())) {
          services.putObject(s.id()).put("label", escapeHtml(s.title()));
        }
      }
    }

    ObjectNode language = o.putObject("language");
    language.put("default", r.policy().language());
    ObjectNode translations = language.putObject("translations");
    String href = escapeHtml(MachineText.policyHref(context));
    for (BannerWords.Language l : BannerWords.languages(context)) {
      MachineText words = l.context() == context ? text : new MachineText(l.context());
      String own = escapeHtml(MachineText.policyHref(l.context()));
      translation(translations.putObject(l.key()), l.words(), own, l.context(), words);
    }
    // with other languages, the page's <html lang> picks the words (fr for fr-CA)
    if (!r.languages().isEmpty()) language.put("autoDetect", "document");
    return List.of(Json.file(SitePaths.COOKIECONSENT, o));
  }

  /**
   * One language's words: the banner's from {@link BannerWords}, the categories' from the registry.
   */
  private static void translation(
      ObjectNode words, BannerWords w, String href, RenderContext context, MachineText text) {
    Registry r = context.registry();
    JsonNodeFactory f = JsonNodeFactory.instance;
    String policyLink = "<a href=\"" + href + "\">" + escapeHtml(w.policyLink()) + "</a>";
    words
        .putObject("consentModal")
        .put("title", w.consentTitle())
        .put("description", w.consentDescription() + " {{revisionMessage}}")
        .put("revisionMessage", w.revisionMessage())
        .put("acceptAllBtn", w.acceptAll())
        .put("acceptNecessaryBtn", w.rejectAll())
        .put("showPreferencesBtn", w.manage())
        .put("footer", policyLink);
    ObjectNode prefs =
        words
            .putObject("preferencesModal")
            .put("title", w.preferencesTitle())
            .put("acceptAllBtn", w.acceptAll())
            .put("acceptNecessaryBtn", w.rejectAll())
            .put("savePreferencesBtn", w.save())
            .put("closeIconLabel", w.close());
    ArrayNode sections = prefs.putArray("sections");
    sections.addObject().put("description", w.preferencesIntro() + " " + policyLink);
    for (Category c : context.categoriesInPolicyOrder()) {
      ObjectNode s = sections.addObject();
      s.put("title", escapeHtml(c.title()));
      s.put("description", text.html(c.description()));
      s.put("linkedCategory", c.id());
      ObjectNode table = s.putObject("cookieTable");
      table.put("caption", escapeHtml(c.title()));
      // Column "cookie", not "name": the README's reviver turns "/…/" values of "name" keys into
      // RegExp.
      table
          .putObject("headers")
          .put("cookie", w.columnCookie())
          .put("provider", w.columnProvider())
          .put("purpose", w.columnPurpose())
          .put("duration", w.columnDuration());
      table.putPOJO(
          "body",
          Json.lazyArray(
              r.cookiesIn(c.id()),
              k ->
                  f.objectNode()
                      .put("cookie", escapeHtml(k.displayName()))
                      .put("provider", escapeHtml(BannerData.providerName(r, k)))
                      .put("purpose", escapeHtml(text.plain(k.purpose())))
                      .put("duration", escapeHtml(k.retention().display()))));
    }
  }
}
