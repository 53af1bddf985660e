package dev.cookiereg.audit;

import java.util.Objects;

/**
 * One thing seen in a browser: a cookie, a web-storage key or a host requested.
 *
 * @param name the cookie's name, the storage key, or the host
 * @param domain the cookie's domain (without a leading dot), the storage's origin host, or the host
 * @param page the page it was seen on, or empty when the evidence does not say
 * @param expiry how long the cookie was set to live; {@link Expiry#UNKNOWN} for storage and hosts
 * @param sameSite the SameSite attribute as written, or empty
 * @param source where in the evidence it was read: {@code file:line} or a HAR path
 */
public record Observation(
    Kind kind,
    String name,
    String domain,
    State state,
    String page,
    Expiry expiry,
    boolean httpOnly,
    boolean secure,
    String sameSite,
    String source) {

  /** What was seen. */
  public enum Kind {
    COOKIE,
    STORAGE,
    HOST
  }

  public Observation {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(state, "state");
    domain = domain == null ? "" : domain;
    page = page == null ? "" : page;
    expiry = expiry == null ? Expiry.UNKNOWN : expiry;
    sameSite = sameSite == null ? "" : sameSite;
    source = source == null ? "" : source;
  }

  /** A host requested. */
  static Observation host(String host, State state, String page, String source) {
    return new Observation(Kind.HOST, host, host, state, page, null, false, false, null, source);
  }

  /** A web-storage key written or present. */
  static Observation storage(String key, String origin, State state, String page, String source) {
    return new Observation(
        Kind.STORAGE, key, origin, state, page, null, false, false, null, source);
  }

  /**
   * How long a cookie was set to live: until the browser closes, a number of seconds (Max-Age, or
   * Expires less the time of the response), or not known (a cookie only seen sent in a request).
   */
  public record Expiry(Kind kind, long seconds) {
    /** The shape of an expiry. */
    public enum Kind {
      SESSION,
      AFTER,
      UNKNOWN
    }

    public static final Expiry SESSION = new Expiry(Kind.SESSION, 0);
    public static final Expiry UNKNOWN = new Expiry(Kind.UNKNOWN, 0);

    public static Expiry after(long seconds) {
      return new Expiry(Kind.AFTER, seconds);
    }

    /** {@code session}, {@code unknown}, or the seconds as {@code 34128000s (395 days)}. */
    public String words() {
      return switch (kind) {
        case SESSION -> "session";
        case UNKNOWN -> "unknown";
        case AFTER -> Lifetimes.words(seconds);
      };
    }
  }
}
