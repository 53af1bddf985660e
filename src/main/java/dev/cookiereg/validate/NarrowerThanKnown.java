package dev.cookiereg.validate;

import dev.cookiereg.model.Cookie;
import dev.cookiereg.model.CookieKey;
import dev.cookiereg.model.Globs;
import dev.cookiereg.ocd.CookieDatabase;
import java.util.List;
import java.util.Optional;

/**
 * {@link Lints#NARROWER_THAN_KNOWN}: a cookie recognised by an exact name, or by a pattern, that
 * the bundled Open Cookie Database lists as a wildcard covering more names. Tools that add an id to
 * a cookie's name write names the policy's name does not match (Matomo's {@code _pk_id} is {@code
 * _pk_id.<site>.<hash>} in the browser): banners would leave them on Reject, and audits would call
 * them undeclared.
 *
 * <p>What a cookie is recognised by ({@link Cookie#pattern()}) is held against the database's
 * wildcard on exactly its name, or on exactly the literal prefix of its pattern ({@link
 * CookieDatabase#wildcardOn}): {@code _pk_id} against Matomo's {@code _pk_id*}. A shorter wildcard
 * that only happens to match ({@code _s*} for {@code _st}) says nothing of the cookie, and a
 * pattern that spells out more than the database knows ({@code _pk_ref.*}) is the editor's
 * knowledge, not a narrower claim. The cookie is narrower when its pattern does not match the
 * wildcard's text, and so misses names the wildcard covers (a pattern that matches {@code _pk_id*}
 * as text matches every name it stands for).
 */
final class NarrowerThanKnown implements Check {
  @Override
  public void check(LintedRegistry registry, Report report) {
    List<Cookie> cookies = registry.model().cookies();
    for (int i = 0; i < cookies.size(); i++) {
      Cookie c = cookies.get(i);
      String pattern = c.pattern();
      if (pattern == null || CookieKey.onlyWildcards(pattern)) continue;
      Optional<CookieDatabase.Key> known = CookieDatabase.wildcardOn(Globs.literalPrefix(pattern));
      if (known.isEmpty() || Globs.matches(pattern, known.get().name())) continue;
      CookieDatabase.Key e = known.get();
      String where = "/cookies/" + i + (c.matches() != null ? "/matches" : "/name");
      report.at(
          where,
          "cookie '"
              + c.id()
              + "' matches only '"
              + pattern
              + "', but the Open Cookie Database lists it as '"
              + e.name()
              + "' ("
              + e.platform()
              + ", database line "
              + e.line()
              + "): banners would leave the names "
              + e.platform()
              + " writes on Reject; "
              + (c.matches() != null ? "write 'matches: " : "add 'matches: ")
              + e.name()
              + "'"
              + (c.matches() != null ? "" : " (the page keeps '" + c.name() + "')"));
    }
  }
}
