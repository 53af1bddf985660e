package dev.cookiereg.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A cookie: a technical name or a pattern ({@code ph_*_posthog}), or a label where the policy names it by role.
 *
 * @param name the technical name; {@code *} matches any characters; null when only a label is known
 * @param label the display name when the policy names the cookie by role ("Access token (JWT)")
 * @param providerLabel the provider as the cookie table names it, when it differs from the provider's name
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
  }

  /** The name shown in tables: the label where there is one, else the technical name. */
  public String displayName() {
    return label != null ? label : name;
  }

  public Match match() {
    if (name == null || name.indexOf('*') < 0) return Match.EXACT;
    int star = name.indexOf('*');
    return star == name.length() - 1 ? Match.PREFIX : Match.GLOB;
  }

  /** An anchored regular expression equivalent to the name, or null without a name. */
  public String regex() {
    if (name == null) return null;
    StringBuilder re = new StringBuilder("^");
    for (String part : name.split("\\*", -1)) {
      if (re.length() > 1) re.append(".*");
      re.append(quote(part));
    }
    return re.append('$').toString();
  }

  /** True when the name (or pattern) covers the given cookie name. */
  public boolean matches(String cookieName) {
    return name != null && Pattern.compile(regex()).matcher(cookieName).matches();
  }

  /** Session cookies end with the browser session (or after idle time); all others are persistent. */
  public boolean isSession() {
    return retention.isSession();
  }

  private static String quote(String literal) {
    StringBuilder out = new StringBuilder();
    for (char ch : literal.toCharArray()) {
      if ("\\^$.|?*+()[]{}/".indexOf(ch) >= 0) out.append('\\');
      out.append(ch);
    }
    return out.toString();
  }
}
