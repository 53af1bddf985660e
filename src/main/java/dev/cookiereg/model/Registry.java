package dev.cookiereg.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The whole registry: the single source every output is generated from. Immutable; lookups by id
 * are indexed, so large registries (100,000 cookies) stay linear to process.
 */
public final class Registry {
  private final Policy policy;
  private final Controller controller;
  private final Service service;
  private final ConsentPlatform consentPlatform;
  private final List<Category> categories;
  private final List<Provider> providers;
  private final List<Cookie> cookies;
  private final List<Technology> technologies;
  private final List<BrowserGuide> browsers;
  private final List<Section> sections;
  private final List<Language> languages;
  private final Map<String, Category> categoryById;
  private final Map<String, Provider> providerById;
  private final Map<String, Technology> technologyById;
  private final Map<String, List<Cookie>> cookiesByCategory;
  private final Map<String, List<Technology>> technologiesByCategory;

  public Registry(
      Policy policy,
      Controller controller,
      Service service,
      ConsentPlatform consentPlatform,
      List<Category> categories,
      List<Provider> providers,
      List<Cookie> cookies,
      List<Technology> technologies,
      List<BrowserGuide> browsers,
      List<Section> sections) {
    this(
        policy,
        controller,
        service,
        consentPlatform,
        categories,
        providers,
        cookies,
        technologies,
        browsers,
        sections,
        List.of());
  }

  /** A registry with editions in other languages. */
  public Registry(
      Policy policy,
      Controller controller,
      Service service,
      ConsentPlatform consentPlatform,
      List<Category> categories,
      List<Provider> providers,
      List<Cookie> cookies,
      List<Technology> technologies,
      List<BrowserGuide> browsers,
      List<Section> sections,
      List<Language> languages) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.controller = Objects.requireNonNull(controller, "controller");
    this.service = Objects.requireNonNull(service, "service");
    this.consentPlatform = Objects.requireNonNull(consentPlatform, "consentPlatform");
    this.categories = List.copyOf(categories);
    this.providers = List.copyOf(providers);
    this.cookies = List.copyOf(cookies);
    this.technologies = List.copyOf(technologies);
    this.browsers = List.copyOf(browsers);
    this.sections = List.copyOf(sections);
    this.languages = List.copyOf(languages);
    this.categoryById = index(this.categories, Category::id);
    this.providerById = index(this.providers, Provider::id);
    this.technologyById = index(this.technologies, Technology::id);
    this.cookiesByCategory = group(this.cookies, Cookie::category);
    this.technologiesByCategory = group(this.technologies, Technology::category);
  }

  /**
   * The same registry with its categories in the order of {@code order}'s (categories {@code order}
   * lacks come last, as they were): a registry read back from a manifest, which lists categories in
   * policy order, lines up with the registry it came from.
   */
  public Registry withCategoriesOrderedLike(Registry order) {
    List<Category> sorted = new java.util.ArrayList<>(categories);
    List<String> ids = order.categories().stream().map(Category::id).toList();
    sorted.sort(
        java.util.Comparator.comparingInt(
            c -> ids.contains(c.id()) ? ids.indexOf(c.id()) : ids.size()));
    return new Registry(
        policy,
        controller,
        service,
        consentPlatform,
        sorted,
        providers,
        cookies,
        technologies,
        browsers,
        sections,
        languages);
  }

  /** The same registry with {@code languages} (their texts read from their files). */
  public Registry withLanguages(List<Language> languages) {
    return new Registry(
        policy,
        controller,
        service,
        consentPlatform,
        categories,
        providers,
        cookies,
        technologies,
        browsers,
        sections,
        languages);
  }

  /**
   * The editions in other languages than the policy's own, in registry order; empty when it has
   * none.
   */
  public List<Language> languages() {
    return languages;
  }

  public Policy policy() {
    return policy;
  }

  public Controller controller() {
    return controller;
  }

  public Service service() {
    return service;
  }

  public ConsentPlatform consentPlatform() {
    return consentPlatform;
  }

  public List<Category> categories() {
    return categories;
  }

  public List<Provider> providers() {
    return providers;
  }

  public List<Cookie> cookies() {
    return cookies;
  }

  public List<Technology> technologies() {
    return technologies;
  }

  public List<BrowserGuide> browsers() {
    return browsers;
  }

  public List<Section> sections() {
    return sections;
  }

  /** The category with this id; the first one when ids repeat (the lint rules report repeats). */
  public Optional<Category> category(String id) {
    return Optional.ofNullable(categoryById.get(id));
  }

  public Optional<Provider> provider(String id) {
    return Optional.ofNullable(providerById.get(id));
  }

  public Optional<Technology> technology(String id) {
    return Optional.ofNullable(technologyById.get(id));
  }

  /** The cookies of a category, in registry order. */
  public List<Cookie> cookiesIn(String categoryId) {
    return cookiesByCategory.getOrDefault(categoryId, List.of());
  }

  /** The technologies of a category, in registry order. */
  public List<Technology> technologiesIn(String categoryId) {
    return technologiesByCategory.getOrDefault(categoryId, List.of());
  }

  /**
   * The providers whose cookies are in a category, in order of their first cookie there (a provider
   * the registry does not declare is left out: the lint rules report it).
   */
  public List<Provider> providersIn(String categoryId) {
    return cookiesIn(categoryId).stream()
        .map(Cookie::provider)
        .distinct()
        .flatMap(id -> provider(id).stream())
        .collect(Collectors.toUnmodifiableList());
  }

  private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
    Map<String, T> out = new HashMap<>();
    items.forEach(i -> out.putIfAbsent(id.apply(i), i));
    return Collections.unmodifiableMap(out);
  }

  private static <T> Map<String, List<T>> group(List<T> items, Function<T, String> key) {
    Map<String, List<T>> out = new LinkedHashMap<>();
    for (T item : items) {
      String k = key.apply(item);
      if (k != null) out.computeIfAbsent(k, x -> new ArrayList<>()).add(item);
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return Collections.unmodifiableMap(out);
  }
}
