package dev.cookiereg.diagnostic;

import java.util.Locale;

/**
 * How serious a diagnostic is: an error makes the registry invalid, a warning does not, a note
 * states a fact (such as changes not released yet).
 */
public enum Severity {
  ERROR,
  WARNING,
  NOTE;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
