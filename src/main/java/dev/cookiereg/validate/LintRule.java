package dev.cookiereg.validate;

import dev.cookiereg.diagnostic.Severity;

/**
 * A rule the JSON Schema cannot express, with a stable id, a severity and what it checks.
 *
 * @param id stable kebab-case id, printed with every diagnostic it finds
 * @param summary one line saying what the rule requires
 */
public record LintRule(String id, Severity severity, String summary) {
  @Override
  public String toString() {
    return id + " (" + severity.label() + "): " + summary;
  }
}
