package dev.cookiereg.audit;

/** Evidence that cannot be read: one located line, {@code file:line: error: …}. */
public final class EvidenceException extends Exception {
  private static final long serialVersionUID = 1L;

  EvidenceException(String where, String message) {
    super(where + ": error: " + message);
  }
}
