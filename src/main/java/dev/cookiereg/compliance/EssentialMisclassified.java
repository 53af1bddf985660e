package dev.cookiereg.compliance;

import dev.cookiereg.model.Category;
import dev.cookiereg.model.Cookie;
import dev.cookiereg.model.Globs;
import dev.cookiereg.model.LegalBasis;
import dev.cookiereg.model.Registry;
import dev.cookiereg.ocd.CookieDatabase;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code essential-misclassified}: a cookie filed in a category visitors cannot refuse (required,
 * or resting on the strictly-necessary exemption) that the bundled Open Cookie Database knows as
 * analytics or marketing. Its rows are suggestions, not authority, so only a cookie every row of
 * its exact name calls analytics or marketing is reported, and a pattern by the wildcard row on
 * exactly its literal prefix.
 */
final class EssentialMisclassified implements Check {
  private static final Set<String> TRACKING = Set.of("analytics", "marketing");

  @Override
  public void check(
      ComplianceRule rule, Registry registry, Predicate<String> written, Report report) {
    if (!Reach.reaches(rule, registry)) return;
    List<Cookie> cookies = registry.cookies();
    for (int i = 0; i < cookies.size(); i++) {
      Cookie c = cookies.get(i);
      Category category = registry.category(c.category()).orElse(null);
      if (category == null || !cannotBeRefused(category) || c.pattern() == null) continue;
      Optional<CookieDatabase.Key> known = known(c.pattern());
      if (known.isEmpty()) continue;
      CookieDatabase.Key k = known.get();
      report.at(
          "/cookies/" + i + "/category",
          c.accepted(),
          "cookie '"
              + Names.of(c)
              + "' is filed under '"
              + category.id()
              + "', which visitors cannot refuse, but the Open Cookie Database lists '"
              + k.name()
              + "' as "
              + k.category()
              + " ("
              + k.platform()
              + ", database line "
              + k.line()
              + "): file it under a consent-based category, or accept the finding with a reason");
    }
  }

  private static boolean cannotBeRefused(Category c) {
    return c.required() || c.legalBasis() == LegalBasis.STRICTLY_NECESSARY;
  }

  /** The database's row the pattern is known by, when every such row calls it tracking. */
  private static Optional<CookieDatabase.Key> known(String pattern) {
    if (pattern.indexOf('*') < 0) {
      List<CookieDatabase.Key> rows = CookieDatabase.rowsNamed(pattern);
      if (rows.isEmpty() || !rows.stream().allMatch(EssentialMisclassified::tracking)) {
        return Optional.empty();
      }
      return Optional.of(rows.get(0));
    }
    return CookieDatabase.wildcardOn(Globs.literalPrefix(pattern))
        .filter(EssentialMisclassified::tracking);
  }

  private static boolean tracking(CookieDatabase.Key k) {
    return TRACKING.contains(k.category().toLowerCase(Locale.ROOT));
  }
}
