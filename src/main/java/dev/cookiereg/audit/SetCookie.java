package dev.cookiereg.audit;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * A {@code Set-Cookie} header value read as a browser reads it (RFC 6265 §5.2): the name and value
 * before the first {@code ;}, then attributes; an attribute a browser would ignore (a Max-Age that
 * is not a number, an Expires that is not a date) is ignored. Max-Age wins over Expires.
 *
 * @param domain the Domain attribute without its leading dot, lower case, or empty
 * @param maxAge seconds from Max-Age, or null
 * @param expires the Expires date, or null
 */
record SetCookie(
    String name,
    String domain,
    Long maxAge,
    Instant expires,
    boolean httpOnly,
    boolean secure,
    String sameSite) {

  /** The header's cookie, or empty when a browser would ignore the whole header (no name). */
  static Optional<SetCookie> parse(String header) {
    String[] parts = header.split(";");
    int eq = parts[0].indexOf('=');
    if (eq < 0) return Optional.empty();
    String name = parts[0].substring(0, eq).strip();
    if (name.isEmpty()) return Optional.empty();
    String domain = "";
    Long maxAge = null;
    Instant expires = null;
    boolean httpOnly = false;
    boolean secure = false;
    String sameSite = "";
    for (int i = 1; i < parts.length; i++) {
      String part = parts[i];
      int at = part.indexOf('=');
      String key = (at < 0 ? part : part.substring(0, at)).strip().toLowerCase(Locale.ROOT);
      String value = at < 0 ? "" : part.substring(at + 1).strip();
      switch (key) {
        case "domain" -> domain = host(value);
        case "max-age" -> {
          if (value.matches("-?\\d{1,18}")) maxAge = Long.parseLong(value);
        }
        case "expires" -> expires = date(value);
        case "httponly" -> httpOnly = true;
        case "secure" -> secure = true;
        case "samesite" -> sameSite = value;
        default -> {
          // Path, Partitioned, Priority and unknown attributes say nothing the audit judges
        }
      }
    }
    return Optional.of(new SetCookie(name, domain, maxAge, expires, httpOnly, secure, sameSite));
  }

  /** A cookie domain as a host: no leading dot, lower case. */
  static String host(String domain) {
    String d = domain.strip().toLowerCase(Locale.ROOT);
    while (d.startsWith(".")) d = d.substring(1);
    return d;
  }

  /**
   * An HTTP date: {@code Wed, 21 Oct 2026 07:28:00 GMT}, also with dashes ({@code 21-Oct-2026}) as
   * older servers write it; null when it is not one.
   */
  static Instant date(String text) {
    String t = text.strip().replace('-', ' ');
    try {
      return ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * How long the cookie lives from {@code at}, the time of the response; empty when the header
   * deletes it (Max-Age of 0 or less, or an Expires in the past).
   */
  Optional<Observation.Expiry> expiry(Instant at) {
    if (maxAge != null) {
      return maxAge <= 0 ? Optional.empty() : Optional.of(Observation.Expiry.after(maxAge));
    }
    if (expires != null) {
      if (at == null) return Optional.of(Observation.Expiry.UNKNOWN);
      long seconds = expires.getEpochSecond() - at.getEpochSecond();
      return seconds <= 0 ? Optional.empty() : Optional.of(Observation.Expiry.after(seconds));
    }
    return Optional.of(Observation.Expiry.SESSION);
  }
}
