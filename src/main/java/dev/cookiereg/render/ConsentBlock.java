package dev.cookiereg.render;

import dev.cookiereg.manifest.Manifest;
import dev.cookiereg.model.Category;
import dev.cookiereg.model.ConsentCookie;
import dev.cookiereg.model.ConsentLibrary;
import dev.cookiereg.model.Cookie;
import dev.cookiereg.model.IsoDuration;
import dev.cookiereg.model.Region;
import dev.cookiereg.model.Regions;
import dev.cookiereg.model.Registry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The manifest's {@code consent} block, derived from the categories: a category asks consent only
 * where its {@code consentRequiredIn} says (a required category never does), and everywhere else
 * the banner only informs. Countries are grouped by the categories that ask consent there (a
 * subdivision such as {@code CA-QC} also asks what its country asks); each group gets its Consent
 * Mode default, where a storage type is denied while a category that governs it asks consent (or
 * when no category governs it) and granted otherwise.
 */
final class ConsentBlock {
  /** Google Consent Mode v2 storage types, in the order Google lists them. */
  static final List<String> STORAGE_TYPES =
      List.of(
          "ad_storage",
          "ad_user_data",
          "ad_personalization",
          "analytics_storage",
          "functionality_storage",
          "personalization_storage",
          "security_storage");

  static final String GRANTED = "granted";
  static final String DENIED = "denied";

  private ConsentBlock() {}

  static Manifest.Consent of(RenderContext context) {
    Registry r = context.registry();
    List<Category> categories = context.categoriesInPolicyOrder();
    Regions codes = r.consentPlatform().regionCodes();
    ConsentLibrary library = r.consentPlatform().library();

    List<Manifest.Jurisdiction> jurisdictions = jurisdictions(categories, codes);
    Manifest.Jurisdiction elsewhere = jurisdiction(null, null, everywhere(categories));
    List<Manifest.ConsentModeState> defaults = new ArrayList<>();
    for (Manifest.Jurisdiction j : jurisdictions) {
      defaults.add(defaults(categories, j.askConsentFor(), j.countries()));
    }
    defaults.add(defaults(categories, elsewhere.askConsentFor(), null));

    return new Manifest.Consent(
        library == null ? null : library.yaml(),
        library == null ? null : cookie(r, library),
        regions(r, categories, codes),
        jurisdictions,
        elsewhere,
        BannerData.services(r, categories).stream()
            .map(
                s ->
                    new Manifest.BannerService(
                        s.id(),
                        s.provider().id(),
                        s.category().id(),
                        s.cookies().stream().map(Cookie::id).toList()))
            .toList(),
        defaults,
        categories.stream()
            .map(
                c ->
                    new Manifest.CategoryConsent(
                        c.id(), context.revisions().of(c.id(), r), update(c)))
            .toList());
  }

  private static Manifest.ConsentCookie cookie(Registry r, ConsentLibrary library) {
    return ConsentCookie.of(r)
        .map(
            c ->
                new Manifest.ConsentCookie(
                    c.id(),
                    library.storageName(BannerData.revision(r)),
                    library.expiresAfterDays(),
                    library.expiresAfterDays() * IsoDuration.SECONDS_PER_DAY))
        .orElse(null);
  }

  /** Every code the categories name (in policy order), then every other the registry defines. */
  private static List<Manifest.Region> regions(
      Registry r, List<Category> categories, Regions codes) {
    Set<String> named = new LinkedHashSet<>();
    categories.forEach(c -> named.addAll(c.consentRequiredIn()));
    r.consentPlatform().regions().forEach(g -> named.add(g.id()));
    named.remove(Regions.ALL);
    return named.stream()
        .map(
            code ->
                new Manifest.Region(
                    code,
                    codes.group(code).map(Region::title).orElse(null),
                    codes.countries(code).orElse(List.of())))
        .toList();
  }

  /** The categories that ask consent in every country: those naming {@code ALL}. */
  private static List<String> everywhere(List<Category> categories) {
    return categories.stream()
        .filter(c -> !c.required() && c.consentRequiredIn().contains(Regions.ALL))
        .map(Category::id)
        .toList();
  }

  private static List<Manifest.Jurisdiction> jurisdictions(
      List<Category> categories, Regions codes) {
    // each country → the categories asking consent there, and the codes that name it
    Map<String, Set<String>> asking = new LinkedHashMap<>();
    Map<String, Set<String>> namedBy = new LinkedHashMap<>();
    for (Category c : categories) {
      if (c.required()) continue;
      for (String code : c.consentRequiredIn()) {
        for (String country : codes.countries(code).orElse(List.of())) {
          asking.computeIfAbsent(country, k -> new LinkedHashSet<>()).add(c.id());
          namedBy.computeIfAbsent(country, k -> new LinkedHashSet<>()).add(code);
        }
      }
    }
    List<String> everywhere = everywhere(categories);
    Map<List<String>, List<String>> groups = new LinkedHashMap<>();
    for (String country : asking.keySet()) {
      Set<String> ids = new LinkedHashSet<>(asking.get(country));
      ids.addAll(asking.getOrDefault(Regions.country(country), Set.of()));
      ids.addAll(everywhere);
      List<String> inOrder = categories.stream().map(Category::id).filter(ids::contains).toList();
      if (inOrder.equals(everywhere)) continue; // as elsewhere
      groups.computeIfAbsent(inOrder, k -> new ArrayList<>()).add(country);
    }
    List<Manifest.Jurisdiction> out = new ArrayList<>();
    groups.forEach(
        (ids, countries) -> {
          Set<String> regions = new LinkedHashSet<>();
          countries.forEach(c -> regions.addAll(namedBy.get(c)));
          out.add(jurisdiction(List.copyOf(regions), countries.stream().sorted().toList(), ids));
        });
    return out;
  }

  private static Manifest.Jurisdiction jurisdiction(
      List<String> regions, List<String> countries, List<String> askConsentFor) {
    return new Manifest.Jurisdiction(
        regions, countries, askConsentFor.isEmpty() ? "notice" : "consent", askConsentFor);
  }

  /**
   * The default state where {@code asking} categories ask consent: a type is denied when one of
   * them governs it or when no category does, granted otherwise.
   */
  private static Manifest.ConsentModeState defaults(
      List<Category> categories, List<String> asking, List<String> region) {
    Map<String, String> state = new LinkedHashMap<>();
    for (String type : STORAGE_TYPES) {
      boolean governed = categories.stream().anyMatch(c -> c.consentMode().contains(type));
      boolean asked =
          categories.stream()
              .anyMatch(c -> asking.contains(c.id()) && c.consentMode().contains(type));
      state.put(type, governed && !asked ? GRANTED : DENIED);
    }
    return state(state, region);
  }

  /** What accepting {@code c} grants: each storage type it governs. */
  private static Manifest.ConsentModeState update(Category c) {
    Map<String, String> state = new LinkedHashMap<>();
    for (String type : STORAGE_TYPES) {
      if (c.consentMode().contains(type)) state.put(type, GRANTED);
    }
    return state(state, null);
  }

  private static Manifest.ConsentModeState state(Map<String, String> s, List<String> region) {
    return new Manifest.ConsentModeState(
        s.get("ad_storage"),
        s.get("ad_user_data"),
        s.get("ad_personalization"),
        s.get("analytics_storage"),
        s.get("functionality_storage"),
        s.get("personalization_storage"),
        s.get("security_storage"),
        region);
  }
}
