package dev.cookiereg.model;

import java.util.Locale;
import java.util.Objects;

/**
 * What makes a cookie declaration unique (its provider, domain and name), and what a cookie name
 * may be: the one rule that the lint rules and the importer share.
 *
 * @param domain lower-cased; empty when the cookie is set on the service's own domain
 */
public record CookieKey(String provider, String domain, String name) {
  /** The most wildcards ({@code *}) a cookie name may have; real cookie names need one or two. */
  public static final int MAX_WILDCARDS = 3;

  public CookieKey {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(name, "name");
    domain = domain == null ? "" : domain.toLowerCase(Locale.ROOT);
  }

  /** The key of a declared cookie; null for a cookie known only by its label. */
  public static CookieKey of(Cookie c) {
    return c.name() == null ? null : new CookieKey(c.provider(), c.domain(), c.name());
  }

  /** True when the name is nothing but wildcards, and so would match every cookie. */
  public static boolean onlyWildcards(String name) {
    return wildcards(name) == name.length();
  }

  /** How many wildcards the name has (count a run of {@code *} once by collapsing it first). */
  public static int wildcards(String name) {
    int n = 0;
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) == '*') n++;
    }
    return n;
  }

  // Written out: the generated ones link slowly in a short-lived JVM, and every cookie is hashed.
  @Override
  public boolean equals(Object o) {
    return o instanceof CookieKey k
        && provider.equals(k.provider)
        && domain.equals(k.domain)
        && name.equals(k.name);
  }

  @Override
  public int hashCode() {
    return (provider.hashCode() * 31 + domain.hashCode()) * 31 + name.hashCode();
  }

  /** True when the name has more than {@link #MAX_WILDCARDS} wildcards. */
  public static boolean tooManyWildcards(String name) {
    return wildcards(name) > MAX_WILDCARDS;
  }
}
