package dev.cookiereg.audit;

import java.util.Objects;

/**
 * One disagreement between the website and the registry.
 *
 * @param name the cookie, storage key or host
 * @param state the state it was seen in, or null for a finding over all evidence
 * @param declared what the registry says, or null
 * @param observed what was seen, or null
 * @param suggestion a registry entry to review, or null
 */
public record Finding(
    AuditRule rule,
    String name,
    String domain,
    State state,
    String page,
    String message,
    String declared,
    String observed,
    Suggestion suggestion) {
  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(message, "message");
    domain = domain == null ? "" : domain;
    page = page == null ? "" : page;
  }

  /**
   * An entry of the Open Cookie Database offered for an undeclared cookie.
   *
   * @param yaml a cookie block ready to paste under {@code cookies:}, marked as a suggestion
   */
  public record Suggestion(
      String provider, String category, String retention, String description, String yaml) {}
}
