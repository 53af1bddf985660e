package dev.cookiereg.crawl;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The pages a crawl visits: the start pages, then the pages of the sitemap, then those the links
 * lead to, breadth first, in the order they appear, on the start pages' own origins, up to the
 * plan's number. Without a sitemap and with no more pages than start pages, no browser is needed.
 */
final class Pages {
  private Pages() {}

  static List<URI> discover(CrawlPlan plan) throws BrowserUnavailableException {
    Set<URI> found = new LinkedHashSet<>();
    for (URI u : plan.start()) found.add(normal(u));
    if (plan.sitemap() == null && plan.pages() <= found.size()) return List.copyOf(found);
    Set<String> origins = new LinkedHashSet<>();
    for (URI u : found) origins.add(origin(u));
    try (Visitor v = Visitor.start(plan, false)) {
      if (plan.sitemap() != null) {
        for (String loc : v.sitemap(plan.sitemap())) {
          if (found.size() >= plan.pages()) break;
          URI u = parse(loc);
          if (u != null && origins.contains(origin(u))) found.add(u);
        }
      }
      Deque<URI> queue = new ArrayDeque<>(found);
      Set<URI> opened = new LinkedHashSet<>();
      while (found.size() < plan.pages() && !queue.isEmpty()) {
        URI page = queue.removeFirst();
        if (!opened.add(page)) continue;
        v.open(page);
        for (String href : v.links()) {
          if (found.size() >= plan.pages()) break;
          URI u = parse(href);
          if (u == null || !origins.contains(origin(u)) || !found.add(u)) continue;
          queue.addLast(u);
        }
      }
    }
    return List.copyOf(new ArrayList<>(found));
  }

  /** A page's URL without its fragment; null when it is not an http(s) URL. */
  static URI parse(String text) {
    try {
      URI u = new URI(text.strip());
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || u.getHost() == null) return null;
      return normal(u);
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static URI normal(URI u) {
    try {
      String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
      return new URI(
          u.getScheme().toLowerCase(Locale.ROOT)
              + "://"
              + u.getRawAuthority().toLowerCase(Locale.ROOT)
              + path
              + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery()));
    } catch (URISyntaxException e) {
      return u;
    }
  }

  private static String origin(URI u) {
    return u.getScheme() + "://" + u.getRawAuthority();
  }
}
