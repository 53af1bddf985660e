package dev.cookiereg.diagnostic;

import java.util.List;

/**
 * The registry could not be loaded or is invalid; carries every error found, sorted by position.
 */
public final class RegistryException extends Exception {
  private final transient List<Diagnostic> diagnostics;

  public RegistryException(List<Diagnostic> diagnostics) {
    super(diagnostics.isEmpty() ? "invalid registry" : diagnostics.get(0).toString());
    this.diagnostics = diagnostics.stream().sorted(Diagnostic.BY_POSITION).toList();
  }

  public RegistryException(Diagnostic diagnostic) {
    this(List.of(diagnostic));
  }

  /** Every diagnostic, errors and warnings, sorted by position. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
