package dev.cookiereg.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cookiereg.model.Category;
import dev.cookiereg.model.ConsentLibrary;
import dev.cookiereg.model.Registry;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The cookie a banner configured by this project's configs writes when a visitor accepts some
 * categories: what a crawler pre-sets when it cannot reach the banner's API. It is written here,
 * beside the renderers of those configs, so that its name and revision are theirs.
 *
 * @param name the cookie's name
 * @param value the cookie's value, as the library writes it
 * @param maxAgeSeconds how long the library keeps it
 */
public record ConsentRecord(String name, String value, long maxAgeSeconds) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * The record of {@code accepted} (category ids; required categories are always in) made at {@code
   * at}.
   */
  public static ConsentRecord of(
      Registry r, ConsentLibrary library, Set<String> accepted, Instant at) {
    int revision = BannerData.revision(r);
    long maxAge = library.expiresAfterDays() * 86_400L;
    List<Category> categories = r.categories();
    String value =
        switch (library) {
          case VANILLA_COOKIECONSENT -> vanilla(r, categories, accepted, revision, at, maxAge);
          case KLARO -> klaro(r, categories, accepted);
        };
    return new ConsentRecord(library.storageName(revision), value, maxAge);
  }

  /** vanilla-cookieconsent v3's cc_cookie: a JSON object, written as it is. */
  private static String vanilla(
      Registry r,
      List<Category> categories,
      Set<String> accepted,
      int revision,
      Instant at,
      long maxAge) {
    ObjectNode o = JSON.createObjectNode();
    ArrayNode cats = o.putArray("categories");
    ObjectNode services = JSON.createObjectNode();
    for (Category c : categories) {
      boolean on = c.required() || accepted.contains(c.id());
      if (on) cats.add(c.id());
      services.putArray(c.id());
    }
    o.put("revision", revision);
    o.putNull("data");
    o.put("consentTimestamp", at.toString());
    o.put("consentId", "cookiereg-audit");
    o.set("services", services);
    o.put("languageCode", r.policy().language() == null ? "en" : r.policy().language());
    o.put("lastConsentTimestamp", at.toString());
    o.put("expirationTime", at.toEpochMilli() + maxAge * 1000);
    return o.toString();
  }

  /** Klaro's cookie: the URI-encoded JSON of each service's choice. */
  private static String klaro(Registry r, List<Category> categories, Set<String> accepted) {
    ObjectNode o = JSON.createObjectNode();
    for (BannerData.Service s : BannerData.services(r, categories)) {
      o.put(s.id(), s.category().required() || accepted.contains(s.category().id()));
    }
    return URLEncoder.encode(o.toString(), StandardCharsets.UTF_8).replace("+", "%20");
  }
}
