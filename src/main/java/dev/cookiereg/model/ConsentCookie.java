package dev.cookiereg.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The consent platform's own cookie, declared for the registry once it names its banner library, so
 * that it is disclosed wherever a cookie is (the page, the manifest, the banner lists, the device
 * storage disclosure) without an editor writing it down.
 *
 * <p>It goes in the first required category (strictly necessary: it only records the visitor's
 * choice, and ePrivacy Art. 5(3) exempts it), set by the controller's own provider: the first
 * first-party provider that is not a self-hosted tool, because the site's own script writes it on
 * the site's own domain. A cookie the editor declares with the same name or id wins: nothing is
 * added then, so an editor can always state it differently.
 */
public final class ConsentCookie {
  private ConsentCookie() {}

  /** The category the cookie goes in: the first required one. */
  public static Optional<Category> category(List<Category> categories) {
    return categories.stream().filter(Category::required).findFirst();
  }

  /** The provider that sets it: the first first-party provider that is not self-hosted. */
  public static Optional<Provider> provider(List<Provider> providers) {
    return providers.stream()
        .filter(p -> p.party() == Provider.Party.FIRST && !p.selfHosted())
        .findFirst();
  }

  /** The editor's own declaration of the library's cookie (same name or id), if any. */
  public static Optional<Cookie> declaredBy(ConsentLibrary library, List<Cookie> cookies) {
    return cookies.stream()
        .filter(c -> library.cookieName().equals(c.name()) || library.cookieId().equals(c.id()))
        .findFirst();
  }

  /**
   * {@code cookies}, with the library's cookie added last when the registry names a library and
   * does not declare the cookie itself. Nothing is added without a required category or a
   * first-party provider to hold it: a lint rule reports that.
   */
  public static List<Cookie> addTo(
      ConsentPlatform platform,
      List<Category> categories,
      List<Provider> providers,
      List<Cookie> cookies) {
    ConsentLibrary library = platform.library();
    if (library == null || declaredBy(library, cookies).isPresent()) return cookies;
    Optional<Category> category = category(categories);
    Optional<Provider> provider = provider(providers);
    if (category.isEmpty() || provider.isEmpty()) return cookies;
    List<Cookie> out = new ArrayList<>(cookies);
    out.add(
        new Cookie(
            library.cookieId(),
            library.cookieName(),
            null,
            provider.get().id(),
            null,
            category.get().id(),
            ConsentLibrary.PURPOSE,
            library.retention(),
            null,
            null));
    return out;
  }

  /** The registry's cookie for its library (declared or added), if it names a library. */
  public static Optional<Cookie> of(Registry registry) {
    ConsentLibrary library = registry.consentPlatform().library();
    return library == null ? Optional.empty() : declaredBy(library, registry.cookies());
  }
}
