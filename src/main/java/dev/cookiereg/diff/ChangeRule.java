package dev.cookiereg.diff;

import java.util.List;
import java.util.Set;

/**
 * One row of the change-rules table: a stable id, a level, the consent impact, the notice it
 * requires, the message template ({@code {subject}} and named values), why the rule exists and the
 * class of the diff that emits it (and no other class does).
 */
public record ChangeRule(
    String id,
    Level level,
    ConsentImpact consent,
    Set<Notice> notice,
    String message,
    String rationale,
    Class<?> emittedBy) {
  public ChangeRule {
    notice = Set.copyOf(notice);
  }

  /** A row of the change-rules table, written emitter first as the tables read. */
  static ChangeRule row(
      Class<?> emittedBy,
      String id,
      Level level,
      ConsentImpact consent,
      Set<Notice> notice,
      String message,
      String rationale) {
    return new ChangeRule(id, level, consent, notice, message, rationale, emittedBy);
  }

  /** The notices in a stable order. */
  public List<Notice> notices() {
    return notice.stream().sorted().toList();
  }

  @Override
  public String toString() {
    return id + " (" + level.label() + ")";
  }
}
