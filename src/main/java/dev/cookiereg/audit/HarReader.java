package dev.cookiereg.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a HAR 1.2 file (a browser's developer tools export it) as the observations of one state:
 *
 * <ul>
 *   <li>each {@code Set-Cookie} response header, with its Domain, Max-Age, Expires (resolved
 *       against the entry's {@code startedDateTime}), HttpOnly, Secure and SameSite; a header that
 *       deletes a cookie is not an observation;
 *   <li>{@code response.cookies[]} a header did not already give (their {@code expires} is an ISO
 *       date);
 *   <li>{@code request.cookies[]}: cookies the browser held and sent, of unknown lifetime;
 *   <li>every request URL's host;
 *   <li>{@code log._storage[]}, a custom field ({@code {"area": "local"|"session", "key", "origin",
 *       "pageref"}}) for web storage, which browsers' own exports lack;
 *   <li>{@code log._cookieWrites[]} ({@code {"pageref", "startedDateTime", "origin", "value"}}):
 *       assignments to {@code document.cookie}, read as Set-Cookie headers of the origin;
 *   <li>{@code log._cookieJar[]} ({@code {"pageref", "readDateTime", "cookies": [HAR cookies]}}):
 *       the browser's cookie jar, HttpOnly cookies included; a lifetime counts from the reading.
 * </ul>
 *
 * The live crawl writes these fields; a HAR from a browser's own export simply lacks them.
 *
 * <p>An entry's page is its {@code pageref}'s page title (the page URL in Chromium's exports).
 */
final class HarReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String file;

  private HarReader(String file) {
    this.file = file;
  }

  static Evidence parse(String name, String text, State state) throws EvidenceException {
    return new HarReader(name).parse(text, state);
  }

  static Evidence read(Path path, State state, long maxBytes) throws EvidenceException {
    String text = EvidenceFiles.read(path, maxBytes);
    return new HarReader(path.toString()).parse(text, state);
  }

  Evidence parse(String text, State state) throws EvidenceException {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      String where = at == null ? file : file + ":" + at.getLineNr() + ":" + at.getColumnNr();
      throw new EvidenceException(
          where, "not JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
    }
    if (root == null || !root.isObject()) throw error("", "a HAR file is a JSON object");
    JsonNode log = root.get("log");
    if (log == null || !log.isObject()) throw error("log", "missing: is this a HAR file?");
    JsonNode entries = log.get("entries");
    if (entries == null || !entries.isArray()) throw error("log.entries", "missing or not a list");

    Map<String, String> pageTitles = new HashMap<>();
    List<String> pages = new ArrayList<>();
    JsonNode pageList = log.path("pages");
    for (int i = 0; i < pageList.size(); i++) {
      JsonNode p = pageList.get(i);
      String title = text(p, "title", "log.pages[" + i + "]");
      pageTitles.put(text(p, "id", "log.pages[" + i + "]"), title);
      if (!pages.contains(title)) pages.add(title);
    }

    List<Observation> out = new ArrayList<>();
    // cookies only seen sent say least (no lifetime, no flags): after every write of them
    List<Observation> sentCookies = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      String at = "log.entries[" + i + "]";
      JsonNode entry = entries.get(i);
      if (!entry.isObject()) throw error(at, "not an object");
      String page = pageTitles.getOrDefault(entry.path("pageref").asText(""), "");
      JsonNode request = object(entry, "request", at);
      String url = text(request, "url", at + ".request");
      String host = host(url, at + ".request.url");
      Instant started = started(entry, at);
      out.add(Observation.host(host, state, page, file + ":" + at + ".request.url"));

      JsonNode response = object(entry, "response", at);
      Set<String> fromHeaders = new HashSet<>();
      JsonNode headers = list(response, "headers", at + ".response");
      for (int h = 0; h < headers.size(); h++) {
        JsonNode header = headers.get(h);
        if (!"set-cookie".equals(header.path("name").asText("").toLowerCase(Locale.ROOT))) continue;
        String where = at + ".response.headers[" + h + "]";
        // Chromium joins several Set-Cookie headers of one response with line breaks.
        for (String line : text(header, "value", where).split("\n")) {
          Optional<SetCookie> parsed = SetCookie.parse(line);
          if (parsed.isEmpty()) continue;
          SetCookie c = parsed.get();
          String domain = c.domain().isEmpty() ? host : c.domain();
          fromHeaders.add(c.name() + "\t" + domain);
          Optional<Observation.Expiry> expiry = c.expiry(started);
          if (expiry.isEmpty()) continue; // a deletion
          out.add(
              new Observation(
                  Observation.Kind.COOKIE,
                  c.name(),
                  domain,
                  state,
                  page,
                  expiry.get(),
                  c.httpOnly(),
                  c.secure(),
                  c.sameSite(),
                  file + ":" + where));
        }
      }
      JsonNode cookies = list(response, "cookies", at + ".response");
      for (int k = 0; k < cookies.size(); k++) {
        String where = at + ".response.cookies[" + k + "]";
        JsonNode c = cookies.get(k);
        String name = text(c, "name", where);
        String domain = SetCookie.host(c.path("domain").asText(""));
        if (domain.isEmpty()) domain = host;
        if (fromHeaders.contains(name + "\t" + domain)) continue;
        harCookie(c, domain, started, state, page, where).ifPresent(out::add);
      }
      JsonNode sent = list(request, "cookies", at + ".request");
      for (int k = 0; k < sent.size(); k++) {
        String where = at + ".request.cookies[" + k + "]";
        String name = text(sent.get(k), "name", where);
        sentCookies.add(
            new Observation(
                Observation.Kind.COOKIE,
                name,
                host,
                state,
                page,
                Observation.Expiry.UNKNOWN,
                false,
                false,
                null,
                file + ":" + where));
      }
    }
    JsonNode storage = log.path("_storage");
    for (int i = 0; i < storage.size(); i++) {
      String where = "log._storage[" + i + "]";
      JsonNode s = storage.get(i);
      String key = text(s, "key", where);
      String origin = s.path("origin").asText("");
      String host = origin.isEmpty() ? "" : host(origin, where + ".origin");
      String page = pageTitles.getOrDefault(s.path("pageref").asText(""), "");
      out.add(Observation.storage(key, host, state, page, file + ":" + where));
    }
    JsonNode writes = list(log, "_cookieWrites", "log");
    for (int i = 0; i < writes.size(); i++) {
      String where = "log._cookieWrites[" + i + "]";
      JsonNode w = writes.get(i);
      String host = host(text(w, "origin", where), where + ".origin");
      Optional<SetCookie> parsed = SetCookie.parse(text(w, "value", where));
      if (parsed.isEmpty()) continue;
      SetCookie c = parsed.get();
      Optional<Observation.Expiry> expiry = c.expiry(started(w, where));
      if (expiry.isEmpty()) continue; // a deletion
      out.add(
          new Observation(
              Observation.Kind.COOKIE,
              c.name(),
              c.domain().isEmpty() ? host : c.domain(),
              state,
              pageTitles.getOrDefault(w.path("pageref").asText(""), ""),
              expiry.get(),
              false,
              c.secure(),
              c.sameSite(),
              file + ":" + where));
    }
    JsonNode jars = list(log, "_cookieJar", "log");
    for (int i = 0; i < jars.size(); i++) {
      String where = "log._cookieJar[" + i + "]";
      JsonNode jar = jars.get(i);
      Instant read = instant(text(jar, "readDateTime", where), where + ".readDateTime");
      String page = pageTitles.getOrDefault(jar.path("pageref").asText(""), "");
      JsonNode cookies = list(jar, "cookies", where);
      for (int k = 0; k < cookies.size(); k++) {
        String at = where + ".cookies[" + k + "]";
        JsonNode c = cookies.get(k);
        String domain = SetCookie.host(c.path("domain").asText(""));
        harCookie(c, domain, read, state, page, at).ifPresent(out::add);
      }
    }
    out.addAll(sentCookies);
    return new Evidence(file, state, out, pages);
  }

  /**
   * A HAR cookie object (a response's, or one of the crawl's cookie jar) as an observation: its
   * lifetime counts from {@code from} (the response, the reading); empty when it is expired (a
   * deletion). Without {@code from}, an expiry date gives an unknown lifetime.
   */
  private Optional<Observation> harCookie(
      JsonNode c, String domain, Instant from, State state, String page, String where)
      throws EvidenceException {
    String name = text(c, "name", where);
    Observation.Expiry expiry = Observation.Expiry.SESSION;
    JsonNode expires = c.get("expires");
    if (expires != null && !expires.isNull() && !expires.asText("").isEmpty()) {
      Instant when = instant(expires.asText(), where + ".expires");
      if (from == null) {
        expiry = Observation.Expiry.UNKNOWN;
      } else {
        long seconds = when.getEpochSecond() - from.getEpochSecond();
        if (seconds <= 0) return Optional.empty();
        expiry = Observation.Expiry.after(seconds);
      }
    }
    return Optional.of(
        new Observation(
            Observation.Kind.COOKIE,
            name,
            domain,
            state,
            page,
            expiry,
            c.path("httpOnly").asBoolean(false),
            c.path("secure").asBoolean(false),
            c.path("sameSite").asText(""),
            file + ":" + where));
  }

  private EvidenceException error(String path, String message) {
    return new EvidenceException(file, (path.isEmpty() ? "" : path + ": ") + message);
  }

  private JsonNode object(JsonNode parent, String field, String at) throws EvidenceException {
    JsonNode n = parent.get(field);
    if (n == null || !n.isObject()) throw error(at + "." + field, "missing or not an object");
    return n;
  }

  /** A list that may be absent (an empty one then), but not something else. */
  private JsonNode list(JsonNode parent, String field, String at) throws EvidenceException {
    JsonNode n = parent.get(field);
    if (n == null || n.isNull()) return JSON.createArrayNode();
    if (!n.isArray()) throw error(at + "." + field, "not a list");
    return n;
  }

  private String text(JsonNode parent, String field, String at) throws EvidenceException {
    JsonNode n = parent == null ? null : parent.get(field);
    if (n == null || !n.isTextual()) throw error(at + "." + field, "missing or not a string");
    return n.asText();
  }

  private String host(String url, String at) throws EvidenceException {
    try {
      String host = new URI(url).getHost();
      if (host == null || host.isEmpty()) throw error(at, "'" + clip(url) + "' names no host");
      return SetCookie.host(host);
    } catch (URISyntaxException e) {
      throw error(at, "'" + clip(url) + "' is not a URL");
    }
  }

  /** The entry's start, or null without one (an Expires cannot be resolved then). */
  private Instant started(JsonNode entry, String at) throws EvidenceException {
    JsonNode n = entry.get("startedDateTime");
    if (n == null || n.isNull()) return null;
    return instant(n.asText(), at + ".startedDateTime");
  }

  private Instant instant(String text, String at) throws EvidenceException {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw error(at, "'" + clip(text) + "' is not an ISO-8601 date and time");
    }
  }

  private static String clip(String s) {
    String t = s.replaceAll("\\p{Cntrl}", "?");
    return t.length() > 80 ? t.substring(0, 80) + "…" : t;
  }
}
