package dev.cookiereg.diff;

import dev.cookiereg.model.Cookie;
import java.util.Map;
import java.util.Objects;

/**
 * Cookies: added, removed, renamed, moved, widened to a pattern, recognised by other names (their
 * {@code matches}), kept longer or shorter.
 */
final class CookieComparison implements Comparison {
  private static final String KIND = "cookie";

  @Override
  public void compare(Matching matching, ProseComparison prose, Changes out) {
    Matching.Matched<Cookie> m = matching.cookies();
    for (Matching.Pair<Cookie> pair : m.pairs()) {
      Cookie c = pair.now();
      Cookie was = pair.was();
      String at = pair.at();
      if (was == null) {
        out.add(CookieRules.COOKIE_ADDED, KIND, c.id(), at, Map.of("category", c.category()));
        continue;
      }
      if (pair.renamed())
        out.add(CookieRules.COOKIE_RENAMED, KIND, c.id(), at, Map.of("from", was.id()));
      if (!was.category().equals(c.category())) {
        out.add(
            CookieRules.COOKIE_MOVED_CATEGORY,
            KIND,
            c.id(),
            at,
            Map.of("from", was.category(), "to", c.category()));
      }
      FactComparison.provider(out, matching, KIND, c.id(), at, was.provider(), c.provider());
      if (!Objects.equals(was.name(), c.name()) && !pair.renamed()) {
        out.add(
            CookieRules.COOKIE_PATTERN_CHANGED,
            KIND,
            c.id(),
            at,
            Map.of("from", Objects.toString(was.name()), "to", Objects.toString(c.name())));
      }
      // What the cookie is recognised by, where a matches states it on either side (a name
      // change alone is the pattern rule's).
      if (!Objects.equals(was.pattern(), c.pattern())
          && (was.matches() != null || c.matches() != null)) {
        out.add(
            CookieRules.COOKIE_MATCHING_CHANGED,
            KIND,
            c.id(),
            at,
            Map.of("from", Objects.toString(was.pattern()), "to", Objects.toString(c.pattern())));
      }
      FactComparison.details(out, KIND, c.id(), at, "domain", was.domain(), c.domain());
      FactComparison.accepted(out, KIND, c.id(), at, was.accepted(), c.accepted());
      retention(out, prose, c.id(), at, was, c);
      prose.purpose(out, KIND, c.id(), at, "purpose", was.purpose(), c.purpose());
      prose.text(out, KIND, c.id(), at, labels(was), labels(c));
    }
    m.removed()
        .forEach(
            c ->
                out.add(
                    CookieRules.COOKIE_REMOVED,
                    KIND,
                    c.id(),
                    "/cookies",
                    Map.of("category", c.category())));
  }

  private static Text labels(Cookie c) {
    return Text.join("\n", c.label(), c.providerLabel());
  }

  /**
   * Longer (or from session to persistent) is an increase, shorter a decrease; the same length
   * written otherwise is prose.
   */
  private static void retention(
      Changes out, ProseComparison prose, String id, String at, Cookie was, Cookie now) {
    long before = was.retention().maxSeconds();
    long after = now.retention().maxSeconds();
    boolean becamePersistent = was.isSession() && !now.isSession();
    boolean becameSession = !was.isSession() && now.isSession();
    Map<String, String> v =
        Map.of("from", was.retention().display(), "to", now.retention().display());
    if (becamePersistent || (!becameSession && after > before)) {
      out.add(CookieRules.RETENTION_INCREASED, KIND, id, at, v);
    } else if (becameSession || after < before) {
      out.add(CookieRules.RETENTION_DECREASED, KIND, id, at, v);
    } else if (!was.retention().display().equals(now.retention().display())) {
      prose.text(out, KIND, id, at, was.retention().display(), now.retention().display());
    }
  }
}
