package dev.cookiereg.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A consent banner library a site can deploy, with the cookie it keeps its visitors' choices in.
 * The lifetime here is the one value both the generated banner configuration sets and the declared
 * cookie states, so the two cannot disagree.
 *
 * <p>vanilla-cookieconsent v3 keeps its choices in {@code cc_cookie} ({@code cookie.name}, {@code
 * cookie.expiresAfterDays}; 182 days is also the library's own default). Klaro keeps them in the
 * cookie named by {@code storageName} ({@code cookieExpiresAfterDays}; the library's default is 120
 * days, so the configuration sets it). The generated Klaro configuration names its storage after
 * the policy's major version ({@code klaro-v1}, {@code klaro-v2}, …) so that a material release
 * asks everyone again; the declared cookie is the pattern {@code klaro-v*}, which keeps one id
 * across releases and matches the storage of any earlier version a browser still holds.
 */
public enum ConsentLibrary {
  VANILLA_COOKIECONSENT("cc_cookie", "cc_cookie", 182),
  KLARO("klaro", "klaro-v", 182);

  /** What the declared cookie says it is for, whichever library sets it. */
  public static final String PURPOSE =
      "Stores your cookie consent choices (the categories you accepted or refused) and the version"
          + " of the banner you answered, so that the banner is not shown again until the policy"
          + " changes";

  private final String cookieId;
  private final String storagePrefix;
  private final int expiresAfterDays;

  ConsentLibrary(String cookieId, String storagePrefix, int expiresAfterDays) {
    this.cookieId = cookieId;
    this.storagePrefix = storagePrefix;
    this.expiresAfterDays = expiresAfterDays;
  }

  /** The library's name in the registry: {@code vanilla-cookieconsent}, {@code klaro}. */
  public String yaml() {
    return Yaml.name(this);
  }

  /** The library with this registry name, if any. */
  public static Optional<ConsentLibrary> of(String yaml) {
    return Arrays.stream(values()).filter(l -> l.yaml().equals(yaml)).findFirst();
  }

  /** The id of the declared cookie. */
  public String cookieId() {
    return cookieId;
  }

  /**
   * The declared cookie's name: exact for vanilla-cookieconsent, a pattern covering every revision
   * for Klaro.
   */
  public String cookieName() {
    return this == KLARO ? storagePrefix + "*" : storagePrefix;
  }

  /** The name the library writes its cookie under at banner revision {@code revision}. */
  public String storageName(int revision) {
    return this == KLARO ? storagePrefix + revision : storagePrefix;
  }

  /** How many days the cookie lasts: the configuration's setting and the declared lifetime. */
  public int expiresAfterDays() {
    return expiresAfterDays;
  }

  /** The declared lifetime, {@code P182D}. */
  public Retention retention() {
    return Retention.fixed(IsoDuration.parse(String.format(Locale.ROOT, "P%dD", expiresAfterDays)));
  }
}
