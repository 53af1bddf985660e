package dev.cookiereg.audit;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Netscape {@code cookies.txt} (curl's cookie file format) as the observations of one
 * state: one cookie a line, seven tab-separated fields (domain, include-subdomains, path, secure,
 * expiry in Unix seconds with 0 for a session cookie, name, value); {@code #} starts a comment,
 * except the prefix {@code #HttpOnly_} before a domain.
 *
 * <p>The file holds expiry dates, not lifetimes: a lifetime counts from {@code observedAt} (the
 * time the jar was exported), so it is at most the lifetime the cookie was set with, and a cookie
 * already expired then is not an observation.
 */
final class CookiesTxtReader {
  private static final String HTTP_ONLY = "#HttpOnly_";

  private CookiesTxtReader() {}

  static Evidence read(Path path, State state, Instant observedAt, long maxBytes)
      throws EvidenceException {
    return parse(path.toString(), EvidenceFiles.read(path, maxBytes), state, observedAt);
  }

  static Evidence parse(String file, String text, State state, Instant observedAt)
      throws EvidenceException {
    List<Observation> out = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String where = file + ":" + (i + 1);
      boolean httpOnly = line.startsWith(HTTP_ONLY);
      if (httpOnly) line = line.substring(HTTP_ONLY.length());
      else if (line.startsWith("#") || line.isBlank()) continue;
      String[] f = line.split("\t", -1);
      if (f.length != 7) {
        throw new EvidenceException(
            where,
            f.length
                + (f.length == 1 ? " field" : " fields")
                + "; a cookies.txt line has 7 separated by tabs"
                + " (domain, subdomains, path, secure, expiry, name, value)");
      }
      long expiry;
      try {
        expiry = Long.parseLong(f[4].strip());
      } catch (NumberFormatException e) {
        throw new EvidenceException(
            where,
            "expiry '" + clip(f[4]) + "' is not a number of seconds since 1970 (0: session)");
      }
      String name = f[5].strip();
      if (name.isEmpty()) throw new EvidenceException(where, "the cookie has no name");
      Observation.Expiry lifetime;
      if (expiry == 0) {
        lifetime = Observation.Expiry.SESSION;
      } else {
        long seconds = expiry - observedAt.getEpochSecond();
        if (seconds <= 0) continue; // expired before the jar was exported
        lifetime = Observation.Expiry.after(seconds);
      }
      out.add(
          new Observation(
              Observation.Kind.COOKIE,
              name,
              SetCookie.host(f[0]),
              state,
              "",
              lifetime,
              httpOnly,
              "TRUE".equals(f[3].strip()),
              null,
              where));
    }
    return new Evidence(file, state, out, List.of());
  }

  private static String clip(String s) {
    String t = s.replaceAll("\\p{Cntrl}", "?");
    return t.length() > 40 ? t.substring(0, 40) + "…" : t;
  }
}
