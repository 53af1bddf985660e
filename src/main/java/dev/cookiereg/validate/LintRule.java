package dev.cookiereg.validate;

import dev.cookiereg.diagnostic.Severity;
import java.util.List;

/**
 * A rule the JSON Schema cannot express, with a stable id, a severity and what it checks.
 *
 * @param id stable kebab-case id, printed with every diagnostic it finds
 * @param summary one line saying what the rule requires
 * @param regions where a compliance rule applies ({@code FR}, {@code EEA}, {@code ALL}); empty for
 *     every other rule
 * @param source the text and paragraph a compliance rule rests on; null for every other rule
 */
public record LintRule(
    String id, Severity severity, String summary, List<String> regions, String source) {
  public LintRule {
    regions = List.copyOf(regions);
  }

  /** A rule of the registry's shape, citing no source. */
  public LintRule(String id, Severity severity, String summary) {
    this(id, severity, summary, List.of(), null);
  }

  /** True for a compliance rule: one that cites its source. */
  public boolean isCompliance() {
    return source != null;
  }

  @Override
  public String toString() {
    return id
        + " ("
        + severity.label()
        + "): "
        + summary
        + (source == null ? "" : " [" + String.join(", ", regions) + "; " + source + "]");
  }
}
