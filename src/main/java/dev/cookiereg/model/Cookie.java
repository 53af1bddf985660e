package dev.cookiereg.model;

import java.util.Objects;

/**
 * A cookie: a technical name or a pattern ({@code ph_*_posthog}), or a label where the policy names
 * it by role.
 *
 * @param name the technical name; {@code *} matches any characters, and a run of {@code *} is kept
 *     as one (so every output, and the duplicate check, sees {@code a**b} as {@code a*b}); null
 *     when only a label is known
 * @param label the display name when the policy names the cookie by role ("Access token (JWT)")
 * @param providerLabel the provider as the cookie table names it, when it differs from the
 *     provider's name
 * @param domain the domain the cookie is set on, when not the service's own
 */
public record Cookie(
    String id,
    String name,
    String label,
    String provider,
    String providerLabel,
    String category,
    String purpose,
    Retention retention,
    String domain,
    String renamedFrom) {

  public Cookie {
    Ids.require(id);
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(retention, "retention");
    name = collapseWildcards(name);
    if (name == null && label == null) {
      throw new IllegalArgumentException("cookie " + id + " needs a name or a label");
    }
  }

  /** How a cookie's name is matched against cookies found in a browser. */
  public enum Match {
    /** The name as written. */
    EXACT,
    /** Any name that starts with the part before a single trailing {@code *}. */
    PREFIX,
    /** {@code *} anywhere stands for any characters. */
    GLOB;

    public String yaml() {
      return Yaml.name(this);
    }

    /** How a name (or storage key) with its runs of {@code *} collapsed is matched. */
    public static Match of(String name) {
      int star = name.indexOf('*');
      if (star < 0) return EXACT;
      return star == name.length() - 1 ? PREFIX : GLOB;
    }
  }

  /** The name shown in tables: the label where there is one, else the technical name. */
  public String displayName() {
    return label != null ? label : name;
  }

  public Match match() {
    return name == null ? Match.EXACT : Match.of(name);
  }

  /** How many wildcards the name has (a run of {@code *} counts once); 0 without a name. */
  public int wildcards() {
    if (name == null) return 0;
    int n = 0;
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) == '*') n++;
    }
    return n;
  }

  /**
   * An anchored regular expression equivalent to the name, or null without a name; see {@link
   * Globs#regex}.
   */
  public String regex() {
    return name == null ? null : Globs.regex(name);
  }

  /** True when the name (or pattern) covers the given cookie name. */
  public boolean matches(String cookieName) {
    return name != null && Globs.matches(name, cookieName);
  }

  /**
   * Session cookies end with the browser session (or after idle time); all others are persistent.
   */
  public boolean isSession() {
    return retention.isSession();
  }

  /**
   * The name with every run of {@code *} written as one: {@code a**b} matches exactly what {@code
   * a*b} does.
   */
  public static String collapseWildcards(String name) {
    return Globs.collapse(name);
  }
}
