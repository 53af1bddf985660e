package dev.cookiereg.model;

import java.util.List;
import java.util.Objects;

/**
 * A tracking technology other than cookies: web storage, a push token, an email pixel.
 *
 * @param status planned, inactive or active: activating one is a material change
 * @param enabledByDefault for features a customer can switch off, whether they start on
 * @param controls who can switch it off, and where
 * @param category the consent category that governs it, or null when it has its own consent or none
 * @param consentMechanism how consent is asked when the legal basis is consent, or null
 * @param keys storage keys or patterns ({@code *} matches any characters; a run of {@code *} is
 *     kept as one, as in a cookie's name), for the device-storage disclosure and the manifest
 */
public record Technology(
    String id,
    String title,
    Kind kind,
    Status status,
    Boolean enabledByDefault,
    String controls,
    String provider,
    String category,
    LegalBasis legalBasis,
    String consentMechanism,
    String purpose,
    List<String> keys,
    List<Block> clauses,
    String renamedFrom) {

  public Technology {
    Ids.require(id);
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(legalBasis, "legalBasis");
    keys = keys.stream().map(Globs::collapse).toList();
    clauses = List.copyOf(clauses);
  }

  /** What the technology is. */
  public enum Kind {
    WEB_STORAGE,
    SESSION_STORAGE,
    INDEXEDDB,
    PUSH_TOKEN,
    TRACKING_PIXEL,
    FINGERPRINTING,
    SDK,
    OTHER;

    public String yaml() {
      return Yaml.name(this);
    }

    /**
     * Kept in the browser's web storage under keys the site names, and so disclosed as IAB "web"
     * device storage. A push token is held by the browser's push service under no key of the
     * site's, so it is not.
     */
    public boolean storesOnDevice() {
      return this == WEB_STORAGE || this == SESSION_STORAGE || this == INDEXEDDB;
    }
  }

  /** Whether the technology runs. */
  public enum Status {
    PLANNED,
    INACTIVE,
    ACTIVE;

    public String yaml() {
      return Yaml.name(this);
    }
  }
}
