package dev.cookiereg.model;

import java.util.List;
import java.util.Objects;

/**
 * A compliance finding the registry accepts for one entry, with the editor's reason: {@code
 * accepted: [{rule: lifetime-over-browser-cap, reason: "…"}]} on a cookie, provider or category
 * silences exactly that rule for exactly that entry.
 *
 * @param rule a compliance rule's id
 * @param reason why the finding is accepted, in the editor's words (a lint rule refuses a blank
 *     one)
 */
public record Acceptance(String rule, String reason) {
  public Acceptance {
    Objects.requireNonNull(rule, "rule");
    reason = reason == null ? "" : reason;
  }

  /** True when {@code accepted} holds an acceptance of {@code rule}. */
  public static boolean covers(List<Acceptance> accepted, String rule) {
    return accepted.stream().anyMatch(a -> a.rule().equals(rule));
  }
}
