package dev.cookiereg.validate;

/**
 * What one lint rule checks. A row of {@link Lints#ALL} pairs the rule with its check; the check
 * reads the registry and reports each finding at the JSON pointer of the element concerned.
 */
@FunctionalInterface
interface Check {
  void check(LintedRegistry registry, Report report);

  /** Where a check reports: each finding becomes a diagnostic of the row's rule. */
  @FunctionalInterface
  interface Report {
    void at(String pointer, String message);
  }
}
