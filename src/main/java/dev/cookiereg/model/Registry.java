package dev.cookiereg.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The whole registry: the single source every output is generated from. */
public record Registry(
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

  public Registry {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(controller, "controller");
    Objects.requireNonNull(service, "service");
    categories = List.copyOf(categories);
    providers = List.copyOf(providers);
    cookies = List.copyOf(cookies);
    technologies = List.copyOf(technologies);
    browsers = List.copyOf(browsers);
    sections = List.copyOf(sections);
  }

  public Optional<Category> category(String id) {
    return find(categories, Category::id, id);
  }

  public Optional<Provider> provider(String id) {
    return find(providers, Provider::id, id);
  }

  public Optional<Technology> technology(String id) {
    return find(technologies, Technology::id, id);
  }

  /** The cookies of a category, in registry order. */
  public List<Cookie> cookiesIn(String categoryId) {
    return cookies.stream().filter(c -> c.category().equals(categoryId)).collect(Collectors.toUnmodifiableList());
  }

  /** The technologies of a category, in registry order. */
  public List<Technology> technologiesIn(String categoryId) {
    return technologies.stream()
        .filter(t -> categoryId.equals(t.category()))
        .collect(Collectors.toUnmodifiableList());
  }

  /** The providers whose cookies are in a category, in order of their first cookie there. */
  public List<Provider> providersIn(String categoryId) {
    return cookiesIn(categoryId).stream()
        .map(Cookie::provider)
        .distinct()
        .map(id -> provider(id).orElseThrow())
        .collect(Collectors.toUnmodifiableList());
  }

  private static <T> Optional<T> find(List<T> items, Function<T, String> id, String wanted) {
    return items.stream().filter(i -> id.apply(i).equals(wanted)).findFirst();
  }
}
