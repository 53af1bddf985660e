package dev.cookiereg.cli;

import dev.cookiereg.diagnostic.RegistryException;
import dev.cookiereg.render.RenderException;
import java.io.IOException;
import java.io.PrintWriter;

/** How commands report a failed pipeline: one line each, a stack trace only with {@code --verbose}. */
final class Failures {
  private Failures() {}

  /** An invalid registry: every located diagnostic, then exit 3. */
  static int invalid(RegistryException e, PrintWriter err) {
    e.diagnostics().forEach(err::println);
    return ExitCodes.INVALID;
  }

  /** A template error: printed as located when it is ({@code file:line:column: error: …}), then exit 4. */
  static int render(RenderException e, String aftermath, boolean verbose, PrintWriter err) {
    if (verbose) e.printStackTrace(err);
    String m = e.getMessage();
    err.println((m.contains(": error: ") ? m : "error: " + m) + " (" + aftermath + ")");
    return ExitCodes.INTERNAL;
  }

  /** A disk error, in words, then exit 4. */
  static int io(IOException e, String what, String aftermath, boolean verbose, PrintWriter err) {
    if (verbose) e.printStackTrace(err);
    err.println("error: " + what + IoMessages.describe(e) + " (" + aftermath + ")");
    return ExitCodes.INTERNAL;
  }
}
