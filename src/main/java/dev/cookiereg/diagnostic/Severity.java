package dev.cookiereg.diagnostic;

import java.util.Locale;

/** How serious a diagnostic is: an error makes the registry invalid, a warning does not. */
public enum Severity {
  ERROR,
  WARNING;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
