package dev.cookiereg.crawl;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cookiereg.audit.State;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes what a visitor recorded in one state as a HAR 1.2 file, as Chromium's developer tools
 * export it, with the custom fields the audit's HAR reader takes for what HAR has no place for:
 *
 * <ul>
 *   <li>{@code log._storage[]}: {@code {area, key, origin, pageref}}, every web-storage key written
 *       or present;
 *   <li>{@code log._cookieWrites[]}: {@code {pageref, startedDateTime, origin, value}}, every
 *       assignment to {@code document.cookie};
 *   <li>{@code log._cookieJar[]}: {@code {pageref, readDateTime, cookies[]}}, the browser's cookie
 *       jar after each page, HttpOnly cookies included, as HAR cookie objects;
 *   <li>{@code log._consent}: how the state's consent was given.
 * </ul>
 *
 * Each Set-Cookie response header is the raw one (the DevTools protocol's ExtraInfo events), so
 * HttpOnly cookies are there too.
 */
final class HarBuilder {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ObjectNode root = JSON.createObjectNode();
  private final ObjectNode log;
  private final ArrayNode pages;
  private final ArrayNode entries;
  private final ArrayNode storage;
  private final ArrayNode cookieWrites;
  private final ArrayNode jars;
  private final Set<String> storageSeen = new HashSet<>();
  private int pageCount;

  HarBuilder(State state, String browserVersion, String consent) {
    log = root.putObject("log");
    log.put("version", "1.2");
    log.putObject("creator").put("name", "cookiereg audit").put("version", "1");
    log.putObject("browser").put("name", "Chromium").put("version", browserVersion);
    log.put("comment", "consent state " + state);
    log.put("_consent", consent);
    pages = log.putArray("pages");
    entries = log.putArray("entries");
    storage = log.putArray("_storage");
    cookieWrites = log.putArray("_cookieWrites");
    jars = log.putArray("_cookieJar");
  }

  /** Adds one page visit and everything recorded during it. */
  void add(Visitor.Visit visit) {
    String pageref = "page_" + (++pageCount);
    ObjectNode page = pages.addObject();
    page.put("startedDateTime", visit.at().toString());
    page.put("id", pageref);
    page.put("title", visit.url().toString());
    page.putObject("pageTimings");
    if (visit.error() != null) page.put("comment", visit.error());
    network(pageref, visit);
    writes(pageref, visit);
    storage(pageref, visit.storage());
    ObjectNode jar = jars.addObject();
    jar.put("pageref", pageref);
    jar.put("readDateTime", visit.at().toString());
    ArrayNode cookies = jar.putArray("cookies");
    for (Map<String, Object> c : visit.jar()) cookies.add(cookie(c));
  }

  ObjectNode har() {
    return root;
  }

  // ----------------------------------------------------------------------------------------------

  /** A request and its response (one hop of a redirect chain). */
  private static final class Hop {
    Map<String, Object> request;
    double wallTime;
    Map<String, Object> requestExtra;
    Map<String, Object> response;
    Map<String, Object> responseExtra;
  }

  private void network(String pageref, Visitor.Visit visit) {
    Map<String, List<Hop>> byId = new LinkedHashMap<>();
    // ExtraInfo events may come before or after the event they complete: matched by request id
    // and hop (the n-th of a redirect chain) once every event is in
    Map<String, List<Map<String, Object>>> requestExtras = new LinkedHashMap<>();
    Map<String, List<Map<String, Object>>> responseExtras = new LinkedHashMap<>();
    List<Hop> order = new ArrayList<>();
    for (Map<String, Object> event : visit.network()) {
      Map<String, Object> p = Visitor.map(event.get("params"));
      String id = String.valueOf(p.get("requestId"));
      List<Hop> hops = byId.computeIfAbsent(id, k -> new ArrayList<>());
      switch (String.valueOf(event.get("method"))) {
        case "Network.requestWillBeSent" -> {
          if (!hops.isEmpty() && p.get("redirectResponse") != null) {
            hops.get(hops.size() - 1).response = Visitor.map(p.get("redirectResponse"));
          }
          Hop h = new Hop();
          h.request = Visitor.map(p.get("request"));
          h.wallTime = p.get("wallTime") instanceof Number n ? n.doubleValue() : 0;
          if (h.wallTime == 0 && event.get("timestamp") instanceof Number t) {
            h.wallTime = t.doubleValue() / 1000;
          }
          hops.add(h);
          order.add(h);
        }
        case "Network.requestWillBeSentExtraInfo" ->
            requestExtras.computeIfAbsent(id, k -> new ArrayList<>()).add(p);
        case "Network.responseReceived" -> {
          if (!hops.isEmpty()) hops.get(hops.size() - 1).response = Visitor.map(p.get("response"));
        }
        case "Network.responseReceivedExtraInfo" ->
            responseExtras.computeIfAbsent(id, k -> new ArrayList<>()).add(p);
        default -> {
          // other events say nothing of what was stored or requested
        }
      }
    }
    byId.forEach(
        (id, hops) -> {
          List<Map<String, Object>> rq = requestExtras.getOrDefault(id, List.of());
          List<Map<String, Object>> rs = responseExtras.getOrDefault(id, List.of());
          for (int n = 0; n < hops.size(); n++) {
            if (n < rq.size()) hops.get(n).requestExtra = rq.get(n);
            if (n < rs.size()) hops.get(n).responseExtra = rs.get(n);
          }
        });
    for (Hop h : order) {
      String url = String.valueOf(h.request.get("url"));
      if (!isHttp(url)) continue;
      ObjectNode e = entries.addObject();
      e.put("pageref", pageref);
      e.put("startedDateTime", instant(h.wallTime));
      e.put("time", 0);
      ObjectNode rq = e.putObject("request");
      rq.put("method", String.valueOf(h.request.getOrDefault("method", "GET")));
      rq.put("url", url);
      rq.put("httpVersion", "");
      ArrayNode sent = rq.putArray("cookies");
      if (h.requestExtra != null) {
        for (Map<String, Object> a : Visitor.maps(h.requestExtra.get("associatedCookies"))) {
          if (a.get("blockedReasons") instanceof List<?> l && !l.isEmpty()) continue;
          Map<String, Object> c = Visitor.map(a.get("cookie"));
          if (c.get("name") == null) continue;
          sent.addObject()
              .put("name", String.valueOf(c.get("name")))
              .put("value", String.valueOf(c.getOrDefault("value", "")));
        }
      }
      headers(
          rq.putArray("headers"),
          h.requestExtra != null
              ? Visitor.map(h.requestExtra.get("headers"))
              : Visitor.map(h.request.get("headers")));
      rq.putArray("queryString");
      rq.put("headersSize", -1);
      rq.put("bodySize", -1);
      ObjectNode rs = e.putObject("response");
      Map<String, Object> response = h.response == null ? Map.of() : h.response;
      rs.put("status", response.get("status") instanceof Number n ? n.intValue() : 0);
      rs.put("statusText", String.valueOf(response.getOrDefault("statusText", "")));
      rs.put("httpVersion", String.valueOf(response.getOrDefault("protocol", "")));
      rs.putArray("cookies");
      headers(
          rs.putArray("headers"),
          h.responseExtra != null
              ? Visitor.map(h.responseExtra.get("headers"))
              : Visitor.map(response.get("headers")));
      if (h.responseExtra != null) {
        ArrayNode blocked = JSON.createArrayNode();
        for (Map<String, Object> b : Visitor.maps(h.responseExtra.get("blockedCookies"))) {
          ObjectNode o = blocked.addObject();
          o.put("cookieLine", String.valueOf(b.getOrDefault("cookieLine", "")));
          ArrayNode reasons = o.putArray("blockedReasons");
          if (b.get("blockedReasons") instanceof List<?> l)
            l.forEach(r -> reasons.add(String.valueOf(r)));
        }
        if (!blocked.isEmpty()) rs.set("_blockedCookies", blocked);
      }
      rs.putObject("content")
          .put("size", 0)
          .put("mimeType", String.valueOf(response.getOrDefault("mimeType", "")));
      rs.put("redirectURL", "");
      rs.put("headersSize", -1);
      rs.put("bodySize", -1);
      e.putObject("cache");
      e.putObject("timings").put("send", 0).put("wait", 0).put("receive", 0);
    }
  }

  private void writes(String pageref, Visitor.Visit visit) {
    for (Map<String, Object> w : visit.writes()) {
      String origin = String.valueOf(w.getOrDefault("origin", ""));
      double time = w.get("time") instanceof Number n ? n.doubleValue() / 1000 : 0;
      if ("cookie".equals(w.get("kind"))) {
        if (!isHttp(origin)) continue;
        cookieWrites
            .addObject()
            .put("pageref", pageref)
            .put("startedDateTime", instant(time))
            .put("origin", origin)
            .put("value", String.valueOf(w.getOrDefault("value", "")));
      } else if ("storage".equals(w.get("kind"))) {
        addStorage(pageref, String.valueOf(w.get("area")), String.valueOf(w.get("key")), origin);
      }
    }
  }

  private void storage(String pageref, Map<String, Object> snapshot) {
    String origin = String.valueOf(snapshot.getOrDefault("origin", ""));
    for (String area : List.of("local", "session")) {
      if (snapshot.get(area) instanceof List<?> keys) {
        for (Object k : keys) addStorage(pageref, area, String.valueOf(k), origin);
      }
    }
  }

  private void addStorage(String pageref, String area, String key, String origin) {
    if (!isHttp(origin)) return;
    if (!storageSeen.add(pageref + "\t" + area + "\t" + key + "\t" + origin)) return;
    storage
        .addObject()
        .put("area", area)
        .put("key", key)
        .put("origin", origin)
        .put("pageref", pageref);
  }

  /** A DevTools cookie as a HAR cookie object. */
  private static ObjectNode cookie(Map<String, Object> c) {
    ObjectNode o = JSON.createObjectNode();
    o.put("name", String.valueOf(c.get("name")));
    o.put("value", String.valueOf(c.getOrDefault("value", "")));
    o.put("domain", String.valueOf(c.getOrDefault("domain", "")));
    o.put("path", String.valueOf(c.getOrDefault("path", "/")));
    boolean session = Boolean.TRUE.equals(c.get("session"));
    if (!session && c.get("expires") instanceof Number n && n.doubleValue() > 0) {
      o.put("expires", instant(n.doubleValue()));
    }
    o.put("httpOnly", Boolean.TRUE.equals(c.get("httpOnly")));
    o.put("secure", Boolean.TRUE.equals(c.get("secure")));
    if (c.get("sameSite") != null) o.put("sameSite", String.valueOf(c.get("sameSite")));
    return o;
  }

  /** DevTools headers (an object; repeated headers joined by line breaks) as HAR's list. */
  private static void headers(ArrayNode out, Map<String, Object> headers) {
    headers.entrySet().stream()
        .sorted(Map.Entry.comparingByKey(String.CASE_INSENSITIVE_ORDER))
        .forEach(
            h ->
                out.addObject()
                    .put("name", h.getKey().toLowerCase(Locale.ROOT))
                    .put("value", String.valueOf(h.getValue())));
  }

  private static boolean isHttp(String url) {
    try {
      String scheme = URI.create(url).getScheme();
      return "http".equals(scheme) || "https".equals(scheme);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String instant(double epochSeconds) {
    long millis = Math.round(epochSeconds * 1000);
    return Instant.ofEpochMilli(millis).toString();
  }
}
