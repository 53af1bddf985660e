package dev.cookiereg.model;

import java.util.List;
import java.util.Objects;

/**
 * A cookie: a technical name or a pattern ({@code ph_*_posthog}), or a label where the policy names
 * it by role; what it matches in a browser may be wider than the name the policy prints ({@code
 * _pk_id} shown, {@code _pk_id.*} matched).
 *
 * @param name the technical name as the policy prints it; {@code *} matches any characters, and a
 *     run of {@code *} is kept as one (so every output, and the duplicate check, sees {@code a**b}
 *     as {@code a*b}); null when only a label is known
 * @param matches the pattern the cookie is recognised by in a browser when it differs from {@code
 *     name} (Matomo writes {@code _pk_id.<site>.<hash>} for the {@code _pk_id} the policy names);
 *     null to match by the name; only with a name
 * @param label the display name when the policy names the cookie by role ("Access token (JWT)")
 * @param providerLabel the provider as the cookie table names it, when it differs from the
 *     provider's name
 * @param domain the domain the cookie is set on, when not the service's own
 * @param accepted the compliance findings the registry accepts for this cookie, each with a reason
 */
public record Cookie(
    String id,
    String name,
    String matches,
    String label,
    String provider,
    String providerLabel,
    String category,
    String purpose,
    Retention retention,
    String domain,
    String renamedFrom,
    List<Acceptance> accepted) {

  public Cookie {
    Ids.require(id);
    accepted = accepted == null ? List.of() : List.copyOf(accepted);
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(retention, "retention");
    name = collapseWildcards(name);
    matches = collapseWildcards(matches);
    if (name == null && label == null) {
      throw new IllegalArgumentException("cookie " + id + " needs a name or a label");
    }
    if (matches != null && name == null) {
      throw new IllegalArgumentException("cookie " + id + " has matches but no name");
    }
  }

  /** A cookie that accepts no compliance finding. */
  public Cookie(
      String id,
      String name,
      String matches,
      String label,
      String provider,
      String providerLabel,
      String category,
      String purpose,
      Retention retention,
      String domain,
      String renamedFrom) {
    this(
        id,
        name,
        matches,
        label,
        provider,
        providerLabel,
        category,
        purpose,
        retention,
        domain,
        renamedFrom,
        List.of());
  }

  /** A cookie recognised by its name (no {@code matches}). */
  public Cookie(
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
    this(
        id,
        name,
        null,
        label,
        provider,
        providerLabel,
        category,
        purpose,
        retention,
        domain,
        renamedFrom);
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

  /**
   * What the cookie is recognised by in a browser: {@code matches} where the registry states it,
   * else the name; null for a cookie named only by a label. Every matcher reads this, never {@code
   * name}: the manifest's {@code match} and {@code regex}, the banners' patterns, the disclosure's
   * identifier, the audit and the overlap check.
   */
  public String pattern() {
    return matches != null ? matches : name;
  }

  /** How {@link #pattern()} is matched; {@code EXACT} without a name. */
  public Match match() {
    String p = pattern();
    return p == null ? Match.EXACT : Match.of(p);
  }

  /** How many wildcards the pattern has (a run of {@code *} counts once); 0 without a name. */
  public int wildcards() {
    String p = pattern();
    return p == null ? 0 : CookieKey.wildcards(p);
  }

  /**
   * An anchored regular expression equivalent to the pattern, or null without a name; see {@link
   * Globs#regex}.
   */
  public String regex() {
    String p = pattern();
    return p == null ? null : Globs.regex(p);
  }

  /** True when the pattern covers the given cookie name. */
  public boolean matches(String cookieName) {
    String p = pattern();
    return p != null && Globs.matches(p, cookieName);
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
