package dev.cookiereg.audit;

import dev.cookiereg.diagnostic.Severity;

/**
 * A way the website can disagree with the registry, with a stable id, a severity and the law or
 * policy promise it rests on.
 *
 * @param summary one line saying when the rule finds something
 * @param rationale the law or the policy's promise the finding breaks
 */
public record AuditRule(String id, Severity severity, String summary, String rationale) {
  @Override
  public String toString() {
    return id + " (" + severity.label() + "): " + summary;
  }
}
