package dev.cookiereg.model;

import java.util.Objects;
import java.util.regex.Pattern;

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
   * An anchored regular expression equivalent to the name, or null without a name. It means the
   * same in ECMAScript, Java and Python, and runs in time linear in the length of the text it is
   * tested against.
   *
   * <p>A name with at most one {@code *} reads as written ({@code ^ph_.*_posthog$}). With more,
   * {@code ^a.*b.*c$} would backtrack through every split of the text (O(n<sup>k</sup>) for k
   * wildcards), so each inner part is taken at its first occurrence, {@code (?=(.*?b))\1}: the
   * three engines never backtrack into a lookahead, so a lookahead and a backreference make the
   * atomic group they do not all have. First occurrences are enough for a glob: any match can move
   * its inner parts to their earliest places and still leave the last part room to end the text.
   * Only the final {@code .*} backtracks, once over the text.
   */
  public String regex() {
    if (name == null) return null;
    String[] parts = name.split("\\*", -1);
    int last = parts.length - 1;
    StringBuilder re = new StringBuilder("^").append(quote(parts[0]));
    if (last == 0) return re.append('$').toString();
    for (int i = 1; i < last; i++) {
      re.append("(?=(.*?").append(quote(parts[i])).append("))\\").append(i);
    }
    return re.append(".*").append(quote(parts[last])).append('$').toString();
  }

  /** True when the name (or pattern) covers the given cookie name. */
  public boolean matches(String cookieName) {
    return name != null && Pattern.compile(regex()).matcher(cookieName).matches();
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
    if (name == null || !name.contains("**")) return name;
    StringBuilder out = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char ch = name.charAt(i);
      if (ch != '*' || out.length() == 0 || out.charAt(out.length() - 1) != '*') out.append(ch);
    }
    return out.toString();
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
