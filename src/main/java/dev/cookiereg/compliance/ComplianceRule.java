package dev.cookiereg.compliance;

import dev.cookiereg.diagnostic.Severity;
import dev.cookiereg.model.IsoDuration;
import java.util.List;

/**
 * A compliance rule: a row of {@link ComplianceRules}, with the figures its check reads.
 *
 * @param id stable kebab-case id, printed with every finding; other tools depend on it
 * @param subject the kind of entry a finding concerns, where {@code accepted} silences it
 * @param regions where the rule applies: region codes as {@code consentRequiredIn} writes them
 *     ({@code FR}, {@code EEA}, {@code UK}, {@code US-CA}), or {@code ALL}
 * @param limit the figure the check holds a lifetime against, or null for a rule without one
 * @param source the text and paragraph the rule rests on, shown with every finding
 */
public record ComplianceRule(
    String id,
    Severity severity,
    Subject subject,
    List<String> regions,
    IsoDuration limit,
    String source,
    String summary) {
  public ComplianceRule {
    regions = List.copyOf(regions);
  }

  /** The kind of registry entry a rule reports, and whose {@code accepted} silences it. */
  public enum Subject {
    COOKIE("cookie"),
    PROVIDER("provider"),
    CATEGORY("category");

    private final String word;

    Subject(String word) {
      this.word = word;
    }

    /** How messages name the kind: {@code cookie}, {@code provider}, {@code category}. */
    public String word() {
      return word;
    }
  }
}
