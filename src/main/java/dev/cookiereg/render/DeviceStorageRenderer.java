package dev.cookiereg.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cookiereg.model.Category;
import dev.cookiereg.model.Cookie;
import dev.cookiereg.model.LegalBasis;
import dev.cookiereg.model.Registry;
import dev.cookiereg.model.Technology;
import dev.cookiereg.site.SiteFile;
import dev.cookiereg.site.SitePaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * {@code device-storage.json}: the IAB TCF "Device Storage & Operational Disclosures" (v1.1) of the
 * site's own cookies and web storage, for ad-tech partners.
 *
 * <p>TCF purposes come from each category's Google Consent Mode types (the table below), plus
 * purpose 1 (store or access information on a device) exactly when the category rests on consent.
 * IAB identifiers allow a wildcard only at the start or end, so a pattern with {@code *} inside
 * ({@code ph_*_posthog}) is disclosed by its prefix ({@code ph_*}). Web storage is disclosed when
 * the registry lists its keys; a cookie whose duration is not yet known is left out until it is.
 */
final class DeviceStorageRenderer implements Renderer {
  /** Consent Mode storage type → TCF purposes. */
  static final Map<String, List<Integer>> PURPOSES =
      Map.of(
          "functionality_storage", List.of(),
          "personalization_storage", List.of(5, 6),
          "analytics_storage", List.of(8, 9, 10),
          "ad_storage", List.of(2, 3, 4, 7),
          "ad_user_data", List.of(2, 7),
          "ad_personalization", List.of(3, 4),
          "security_storage", List.of());

  /**
   * Consent Mode storage type → TCF special purposes (1: security, fraud prevention, error fixing).
   */
  static final Map<String, List<Integer>> SPECIAL_PURPOSES = Map.of("security_storage", List.of(1));

  @Override
  public List<SiteFile> render(RenderContext context) {
    Registry r = context.registry();
    MachineText text = new MachineText(context);
    String own = r.service().domain();
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    Set<String> domains = new TreeSet<>();
    domains.add(own);
    // Each disclosure is built as it is written, so a large registry never holds them all.
    List<Supplier<JsonNode>> disclosures = new ArrayList<>();
    for (Cookie c : r.cookies()) {
      if (c.name() == null) continue; // named by role only: no identifier to disclose
      if (!c.retention().isKnown()) continue; // no maximum age to disclose (check warns)
      disclosures.add(() -> cookieDisclosure(c, r, own, text));
      domains.add(c.domain() != null ? c.domain() : own);
    }
    for (Technology t : r.technologies()) {
      if (!t.kind().storesOnDevice() || t.keys().isEmpty()) continue;
      Category category = t.category() == null ? null : r.category(t.category()).orElse(null);
      for (String key : t.keys()) {
        ObjectNode d = JsonNodeFactory.instance.objectNode();
        disclosures.add(() -> d);
        d.put("identifier", key);
        d.put("type", "web");
        d.putNull("maxAgeSeconds");
        d.putArray("domains").add(own);
        if (category != null) {
          purposes(d, category);
        } else {
          d.putArray("purposes");
        }
        d.put("description", text.plain(t.purpose(), t));
      }
    }
    o.putPOJO("disclosures", Json.lazyArray(disclosures, Supplier::get));
    ArrayNode domainList = o.putArray("domains");
    for (String d : domains) {
      domainList
          .addObject()
          .put("domain", d)
          .put(
              "use",
              d.equals(own)
                  ? "The service's own cookies and storage"
                  : "Cookies set by a provider on its own domain");
    }
    return List.of(Json.file(SitePaths.DEVICE_STORAGE, o));
  }

  private static ObjectNode cookieDisclosure(Cookie c, Registry r, String own, MachineText text) {
    ObjectNode d = JsonNodeFactory.instance.objectNode();
    d.put("identifier", identifier(c));
    d.put("type", "cookie");
    d.put("maxAgeSeconds", c.retention().maxSeconds());
    // an idle timeout is renewed on each request: the same fact as the manifest's duration.refresh
    d.put("cookieRefresh", c.retention().refreshed());
    d.putArray("domains").add(c.domain() != null ? c.domain() : own);
    purposes(d, r.category(c.category()).orElseThrow());
    d.put("description", text.plain(c.purpose()));
    return d;
  }

  /**
   * What the cookie is recognised by ({@link Cookie#pattern()}: {@code _pk_id.*} for the {@code
   * _pk_id} the policy prints), with IAB's wildcard rule applied: {@code *} only at the start or
   * end. A pattern with a {@code *} inside is disclosed up to and including that first inner {@code
   * *} ({@code ph_*_posthog} as {@code ph_*}), which covers every name it matches.
   */
  static String identifier(Cookie c) {
    String name = c.pattern();
    for (int i = 1; i < name.length() - 1; i++) {
      if (name.charAt(i) == '*') return name.substring(0, i + 1);
    }
    return name;
  }

  private static void purposes(ObjectNode d, Category category) {
    Set<Integer> purposes = new TreeSet<>();
    Set<Integer> special = new TreeSet<>();
    if (category.legalBasis() == LegalBasis.CONSENT) purposes.add(1);
    for (String mode : category.consentMode()) {
      purposes.addAll(PURPOSES.getOrDefault(mode, List.of()));
      special.addAll(SPECIAL_PURPOSES.getOrDefault(mode, List.of()));
    }
    ArrayNode p = d.putArray("purposes");
    purposes.forEach(p::add);
    if (!special.isEmpty()) {
      ArrayNode s = d.putArray("specialPurposes");
      special.forEach(s::add);
    }
  }
}
