package dev.cookiereg.testing;

import dev.cookiereg.compliance.ComplianceRule;
import dev.cookiereg.compliance.ComplianceRules;

/**
 * Lines of {@code check}'s text output that are compliance findings: they end with the source their
 * rule cites. Tests about other rules leave them aside, as they leave aside the seed's cookies
 * named only by role.
 */
public final class ComplianceFindings {
  private ComplianceFindings() {}

  /** True for a compliance rule's finding, as {@code check} prints it. */
  public static boolean cited(String line) {
    for (ComplianceRule r : ComplianceRules.ALL) {
      if (line.endsWith(" (" + r.source() + ")")) return true;
    }
    return false;
  }
}
