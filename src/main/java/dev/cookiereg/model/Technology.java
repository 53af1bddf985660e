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
 * @param keys storage keys or patterns, for the device-storage disclosure
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
    keys = List.copyOf(keys);
    clauses = List.copyOf(clauses);
  }

  /** What the technology is. */
  public enum Kind {
    WEB_STORAGE, SESSION_STORAGE, INDEXEDDB, PUSH_TOKEN, TRACKING_PIXEL, FINGERPRINTING, SDK, OTHER;

    public String yaml() {
      return Yaml.name(this);
    }

    /** Stored on the visitor's device (and so disclosed as device storage). */
    public boolean storesOnDevice() {
      return this == WEB_STORAGE || this == SESSION_STORAGE || this == INDEXEDDB || this == PUSH_TOKEN;
    }
  }

  /** Whether the technology runs. */
  public enum Status {
    PLANNED, INACTIVE, ACTIVE;

    public String yaml() {
      return Yaml.name(this);
    }
  }
}
