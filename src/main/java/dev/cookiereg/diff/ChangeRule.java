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

  /**
   * A row of the table. It lives here, not in {@link ChangeRules}: a part of the table that called
   * into {@code ChangeRules} while being initialised would start the table's own initialisation,
   * which reads that part's rows while they are still null (whichever part a diff touched first).
   */
  static ChangeRule of(
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
