package dev.cookiereg.compliance;

import dev.cookiereg.model.Acceptance;
import dev.cookiereg.model.Registry;
import java.util.List;
import java.util.function.Predicate;

/** What one compliance rule checks, with the figures of its row. */
@FunctionalInterface
interface Check {
  /**
   * @param written whether the registry's text holds an element at a JSON pointer (an element the
   *     model adds, such as the banner library's cookie, has none)
   */
  void check(ComplianceRule rule, Registry registry, Predicate<String> written, Report report);

  /**
   * Where a check reports: a finding about an entry, with the entry's {@code accepted} list, which
   * may silence it.
   */
  @FunctionalInterface
  interface Report {
    void at(String pointer, List<Acceptance> accepted, String message);
  }
}
