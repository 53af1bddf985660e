package dev.cookiereg.audit;

import java.util.List;

/** The findings of an audit, and the states and pages the evidence covers, in order. */
public record AuditReport(List<Finding> findings, List<State> states, List<String> pages) {
  public AuditReport {
    findings = List.copyOf(findings);
    states = List.copyOf(states);
    pages = List.copyOf(pages);
  }
}
