package dev.cookiereg.load;

import static dev.cookiereg.load.JsonNodes.bool;
import static dev.cookiereg.load.JsonNodes.strings;
import static dev.cookiereg.load.JsonNodes.text;
import static dev.cookiereg.load.JsonNodes.wholeNumber;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cookiereg.diagnostic.Suggestions;
import dev.cookiereg.model.Acceptance;
import dev.cookiereg.model.Block;
import dev.cookiereg.model.BrowserGuide;
import dev.cookiereg.model.Category;
import dev.cookiereg.model.ConsentCookie;
import dev.cookiereg.model.ConsentLibrary;
import dev.cookiereg.model.ConsentPlatform;
import dev.cookiereg.model.Controller;
import dev.cookiereg.model.Cookie;
import dev.cookiereg.model.IsoDuration;
import dev.cookiereg.model.Item;
import dev.cookiereg.model.Language;
import dev.cookiereg.model.LegalBasis;
import dev.cookiereg.model.Policy;
import dev.cookiereg.model.Provider;
import dev.cookiereg.model.Region;
import dev.cookiereg.model.Registry;
import dev.cookiereg.model.Retention;
import dev.cookiereg.model.Section;
import dev.cookiereg.model.Service;
import dev.cookiereg.model.Technology;
import dev.cookiereg.model.Version;
import dev.cookiereg.model.Yaml;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Turns a schema-valid registry tree into the immutable model.
 *
 * <p>Its result counts only for a tree the JSON Schema accepts (for a large registry the two run
 * side by side, and the schema's errors win), so shapes and vocabularies may be taken as right; an
 * {@link IllegalArgumentException} on an accepted tree means the schema and the model disagree, or
 * a value the schema cannot judge (an impossible date) is wrong.
 */
public final class RegistryMapper {
  private RegistryMapper() {}

  /**
   * The model of the tree.
   *
   * @throws Refused when the model refuses a value, at the element concerned
   */
  public static Registry toModel(JsonNode root) {
    List<Region> regions = items(root, "regions", RegistryMapper::region);
    ConsentPlatform platform =
        at("consentPlatform", () -> consentPlatform(root.path("consentPlatform"), regions));
    List<Category> categories = items(root, "categories", RegistryMapper::category);
    List<Provider> providers = items(root, "providers", RegistryMapper::provider);
    return new Registry(
        at("policy", () -> policy(root.path("policy"))),
        at("controller", () -> controller(root.path("controller"))),
        new Service(text(root.path("service"), "name"), text(root.path("service"), "domain")),
        platform,
        categories,
        providers,
        // the consent platform's own cookie joins the declared ones (after them: their pointers
        // stay)
        ConsentCookie.addTo(
            platform, categories, providers, items(root, "cookies", RegistryMapper::cookie)),
        items(root, "technologies", RegistryMapper::technology),
        items(root, "browsers", b -> new BrowserGuide(text(b, "name"), text(b, "url"))),
        items(root, "sections", RegistryMapper::section),
        items(
            root,
            "languages",
            l -> Language.unread(text(l, "code"), l.path("required").asBoolean(false))));
  }

  /**
   * A value the model refuses in a tree the schema accepted, with the JSON Pointer of the element
   * concerned (its message says what is wrong, without saying where).
   */
  public static final class Refused extends IllegalArgumentException {
    private String pointer;

    Refused(String pointer, String message) {
      super(message);
      this.pointer = pointer;
    }

    /** The pointer of the element whose value was refused ({@code /cookies/3}). */
    public String pointer() {
      return pointer;
    }

    private Refused under(String prefix) {
      pointer = prefix + pointer;
      return this;
    }
  }

  /** The items of the list at {@code key}, each mapped; a refusal names the item's pointer. */
  private static <T> List<T> items(JsonNode parent, String key, Function<JsonNode, T> map) {
    List<T> out = new ArrayList<>();
    JsonNode array = parent.path(key);
    for (int i = 0; i < array.size(); i++) {
      int index = i;
      out.add(at(key + "/" + i, () -> map.apply(array.get(index))));
    }
    return out;
  }

  /** What {@code make} makes of the element at {@code key}; a refusal names its pointer. */
  private static <T> T at(String key, Supplier<T> make) {
    try {
      return make.get();
    } catch (Refused r) {
      throw r.under("/" + key);
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      throw new Refused("/" + key, String.valueOf(e.getMessage()));
    }
  }

  private static Policy policy(JsonNode n) {
    return new Policy(
        text(n, "title"),
        text(n, "subtitle"),
        Version.parse(text(n, "version")),
        LocalDate.parse(text(n, "effective")),
        LocalDate.parse(text(n, "lastUpdated")),
        n.path("language").asText("en"),
        wholeNumber(n, "noticePeriodDays", Policy.DEFAULT_NOTICE_PERIOD_DAYS),
        text(n, "url"),
        text(n, "favicon"),
        items(
            n, "relatedDocuments", d -> new Item(text(d, "id"), text(d, "title"), text(d, "url"))),
        items(n, "noticeMethods", RegistryMapper::item));
  }

  private static Item item(JsonNode n) {
    return new Item(text(n, "id"), text(n, "text"), text(n, "url"));
  }

  private static Controller controller(JsonNode n) {
    return new Controller(
        text(n, "name"),
        text(n, "shortName"),
        text(n, "incorporation"),
        strings(n.path("address")),
        text(n, "email"));
  }

  private static ConsentPlatform consentPlatform(JsonNode n, List<Region> regions) {
    if (n.isMissingNode()) {
      ConsentPlatform none = ConsentPlatform.undeclared();
      return new ConsentPlatform(
          none.status(), null, none.consentLog(), none.features(), null, regions);
    }
    String library = text(n, "library");
    return new ConsentPlatform(
        Yaml.parse(ConsentPlatform.Status.class, text(n, "status")),
        text(n, "cookieSettingsLabel"),
        n.path("consentLog").asBoolean(false),
        items(n, "features", RegistryMapper::item),
        library == null ? null : Yaml.parse(ConsentLibrary.class, library),
        regions,
        bool(n, "honoursGlobalPrivacyControl"));
  }

  private static Region region(JsonNode n) {
    return new Region(text(n, "id"), text(n, "title"), strings(n.path("countries")));
  }

  private static Category category(JsonNode n) {
    return new Category(
        text(n, "id"),
        text(n, "title"),
        text(n, "description"),
        Yaml.parse(LegalBasis.class, text(n, "legalBasis")),
        text(n, "legalBasisStatement"),
        n.path("required").asBoolean(false),
        n.path("defaultEnabled").asBoolean(false),
        strings(n.path("consentRequiredIn")),
        strings(n.path("consentMode")),
        items(n, "clauses", RegistryMapper::block),
        strings(n.path("notes")),
        accepted(n));
  }

  private static Provider provider(JsonNode n) {
    JsonNode processing = n.path("processing");
    JsonNode thirdParty = n.path("thirdParty");
    JsonNode optOut = n.path("optOut");
    return new Provider(
        text(n, "id"),
        text(n, "name"),
        text(n, "shortName"),
        text(n, "productName"),
        Yaml.parse(Provider.Party.class, text(n, "party")),
        n.path("selfHosted").asBoolean(false),
        text(n, "host"),
        processing.isMissingNode()
            ? null
            : new Provider.Processing(
                text(processing, "location"),
                text(processing, "processor"),
                text(processing, "statement"),
                text(processing, "safeguard")),
        text(n, "description"),
        text(n, "privacyUrl"),
        thirdParty.isMissingNode()
            ? null
            : new Provider.ThirdPartyListing(
                text(thirdParty, "purpose"), text(thirdParty, "privacyNote")),
        text(n, "notice"),
        optOut.isMissingNode()
            ? null
            : new Provider.OptOut(text(optOut, "title"), text(optOut, "url"), text(optOut, "text")),
        bool(n, "honoursDoNotTrack"),
        bool(n, "honoursGlobalPrivacyControl"),
        n.path("sessionRecording").asBoolean(false),
        text(n.path("undeclaredCookies"), "category"),
        text(n, "renamedFrom"),
        bool(n, "sellsOrShares"),
        accepted(n));
  }

  private static Cookie cookie(JsonNode n) {
    String name = text(n, "name");
    String id = text(n, "id");
    String label = text(n, "label");
    if (id == null && name == null && label != null) {
      String suggested = Suggestions.kebab(label);
      throw new Refused(
          "",
          "a cookie named only by its label needs an id"
              + (suggested.isEmpty() ? "" : "; add 'id: " + suggested + "'"));
    }
    return new Cookie(
        id != null ? id : name,
        name,
        text(n, "matches"),
        text(n, "label"),
        text(n, "provider"),
        text(n, "providerLabel"),
        text(n, "category"),
        text(n, "purpose"),
        at("duration", () -> retention(n.path("duration"))),
        text(n, "domain"),
        text(n, "renamedFrom"),
        accepted(n));
  }

  /** An entry's {@code accepted} compliance findings: {@code [{rule, reason}]}. */
  private static List<Acceptance> accepted(JsonNode n) {
    return items(n, "accepted", a -> new Acceptance(text(a, "rule"), text(a, "reason")));
  }

  static Retention retention(JsonNode n) {
    if (n.isTextual()) {
      return Retention.sessionOrFixed(n.asText());
    }
    Retention r;
    if (n.has("unknown")) {
      r = Retention.unknown(text(n, "unknown"));
    } else if (n.has("idle")) {
      r = Retention.idle(IsoDuration.parse(text(n, "idle")));
    } else if (n.has("variants")) {
      r =
          Retention.variants(
              items(
                  n,
                  "variants",
                  v ->
                      new Retention.Variant(
                          Retention.sessionOrFixed(text(v, "duration")), text(v, "label"))));
    } else {
      throw new IllegalArgumentException(
          "a duration is 'session', an ISO-8601 period, {idle: …} or {variants: …}");
    }
    String display = text(n, "display");
    return display == null ? r : r.withDisplay(display);
  }

  private static Technology technology(JsonNode n) {
    return new Technology(
        text(n, "id"),
        text(n, "title"),
        Yaml.parse(Technology.Kind.class, text(n, "kind")),
        Yaml.parse(Technology.Status.class, text(n, "status")),
        bool(n, "enabledByDefault"),
        text(n, "controls"),
        text(n, "provider"),
        text(n, "category"),
        Yaml.parse(LegalBasis.class, text(n, "legalBasis")),
        text(n, "consentMechanism"),
        text(n, "purpose"),
        strings(n.path("keys")),
        items(n, "clauses", RegistryMapper::block),
        text(n, "renamedFrom"));
  }

  private static Section section(JsonNode n) {
    return new Section(text(n, "id"), text(n, "title"), items(n, "content", RegistryMapper::block));
  }

  static Block block(JsonNode n) {
    if (n.has("clause")) {
      String list = text(n, "list");
      String table = text(n, "table");
      return new Block.Clause(
          text(n, "id"),
          text(n, "clause"),
          strings(n.path("items")),
          list == null ? null : Yaml.parse(Block.GeneratedList.class, list),
          n.path("lettered").asBoolean(false),
          table == null ? null : Yaml.parse(Block.GeneratedTable.class, table));
    }
    if (n.has("text")) return new Block.Text(text(n, "text"));
    if (n.has("section")) {
      return new Block.Subsection(at("section", () -> section(n.path("section"))));
    }
    if (n.has("category")) return new Block.CategoryRef(text(n, "category"));
    if (n.has("technology")) return new Block.TechnologyRef(text(n, "technology"));
    if (n.has("generate")) {
      return new Block.Generated(Yaml.parse(Block.GeneratedClauses.class, text(n, "generate")));
    }
    throw new IllegalArgumentException(
        "a content block needs one of clause, text, section, category, technology, " + "generate");
  }
}
