package dev.cookiereg.audit;

import dev.cookiereg.model.Category;
import dev.cookiereg.model.ConsentCookie;
import dev.cookiereg.model.Cookie;
import dev.cookiereg.model.NameMatcher;
import dev.cookiereg.model.Provider;
import dev.cookiereg.model.Registry;
import dev.cookiereg.model.Technology;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the registry declares, in the form the audit matches observations against.
 *
 * <ul>
 *   <li>Cookies by name, with the manifest's matching and precedence ({@link NameMatcher}); domains
 *       play no part, as in the manifest.
 *   <li>Storage keys by the technologies' {@code keys}, with the same precedence.
 *   <li>Hosts: the service's domain and its subdomains are first party; a third-party host is
 *       declared when it is, or is a subdomain of, a provider's {@code host} or a cookie's {@code
 *       domain}. Privacy and opt-out links are not hosts a page loads from (a privacy page on
 *       policies.google.com says nothing of www.google-analytics.com), so they declare nothing.
 * </ul>
 */
final class Declarations {
  /** A storage key and the technology that declares it. */
  private record Key(String key, Technology technology) {}

  /** A declared host and who declares it. */
  record Host(String host, String declaredBy) {}

  private final Registry registry;
  private final NameMatcher<Cookie> cookies;
  private final NameMatcher<Key> keys;
  private final List<Host> hosts;
  private final Optional<Cookie> consentCookie;

  Declarations(Registry registry) {
    this.registry = registry;
    this.cookies = NameMatcher.of(registry.cookies());
    List<Key> all = new ArrayList<>();
    for (Technology t : registry.technologies()) {
      for (String k : t.keys()) all.add(new Key(k, t));
    }
    this.keys = NameMatcher.of(all, Key::key);
    List<Host> h = new ArrayList<>();
    for (Provider p : registry.providers()) {
      if (p.host() != null && !p.host().isBlank()) {
        h.add(new Host(normal(p.host()), "provider " + p.id()));
      }
    }
    for (Cookie c : registry.cookies()) {
      if (c.domain() != null && !c.domain().isBlank()) {
        h.add(new Host(normal(c.domain()), "cookie " + c.id()));
      }
    }
    this.hosts = List.copyOf(h);
    this.consentCookie = ConsentCookie.of(registry);
  }

  Registry registry() {
    return registry;
  }

  Optional<Cookie> cookie(String name) {
    return cookies.match(name);
  }

  Optional<Technology> storage(String key) {
    return keys.match(key).map(Key::technology);
  }

  /** Whether a host is the service's own: its domain or a subdomain of it. */
  boolean firstParty(String host) {
    String domain = registry.service().domain();
    return domain != null && within(host, normal(domain));
  }

  /** The declaration that covers a third-party host, if any. */
  Optional<Host> host(String host) {
    return hosts.stream().filter(h -> within(host, h.host())).findFirst();
  }

  /** The category of a cookie, if the registry has it. */
  Optional<Category> category(Cookie c) {
    return registry.category(c.category());
  }

  /**
   * Whether a cookie may only be set with consent: its category is not required, and it is not the
   * banner's own cookie, which records the choice itself.
   */
  boolean needsConsent(Cookie c) {
    if (consentCookie.filter(cc -> cc.id().equals(c.id())).isPresent()) return false;
    return category(c).map(cat -> !cat.required()).orElse(false);
  }

  Optional<Provider> provider(Cookie c) {
    return registry.provider(c.provider());
  }

  private static boolean within(String host, String domain) {
    return host.equals(domain) || host.endsWith("." + domain);
  }

  private static String normal(String host) {
    String h = host.strip().toLowerCase(Locale.ROOT);
    int scheme = h.indexOf("://");
    if (scheme >= 0) h = h.substring(scheme + 3);
    int slash = h.indexOf('/');
    if (slash >= 0) h = h.substring(0, slash);
    while (h.startsWith(".")) h = h.substring(1);
    return h;
  }
}
