package dev.cookiereg.cli;

import dev.cookiereg.diagnostic.RegistryException;
import dev.cookiereg.site.RenderException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * How commands report a failed pipeline: one line each, a stack trace only with {@code --verbose}.
 */
final class Failures {
  private Failures() {}

  /** An invalid registry: every located diagnostic, then exit 3. */
  static int invalid(RegistryException e, PrintWriter err) {
    e.diagnostics().forEach(err::println);
    return ExitCodes.INVALID;
  }

  /**
   * A template error: printed as located when it is ({@code file:line:column: error: …}), then exit
   * 4.
   */
  static int render(RenderException e, String aftermath, boolean verbose, PrintWriter err) {
    if (verbose) e.printStackTrace(err);
    String m = e.getMessage();
    err.println((m.contains(": error: ") ? m : "error: " + m) + " (" + aftermath + ")");
    return ExitCodes.INTERNAL;
  }

  /**
   * Anything else a command threw: a bug, or the JVM out of stack or memory. One line in words (a
   * disk error as a disk error), then exit 4; the stack trace only with {@code --verbose}. {@code
   * aftermath} says what was left untouched, or is empty.
   */
  static int internal(Throwable thrown, String aftermath, boolean verbose, PrintWriter err) {
    try {
      if (verbose) thrown.printStackTrace(err);
      Throwable t = unwrap(thrown);
      String what =
          t instanceof UncheckedIOException io
              ? IoMessages.describe(io.getCause())
              : "internal error: " + describe(t);
      String after = aftermath.isEmpty() ? "" : "; " + aftermath;
      err.println("error: " + what + after + (verbose ? "" : " (--verbose shows where)"));
    } catch (Throwable again) { // out of memory even for the message: the exit code still tells
      err.println("error: internal error");
    }
    return ExitCodes.INTERNAL;
  }

  /** The exception a wrapper (a future's, a reflective call's) carries. */
  private static Throwable unwrap(Throwable t) {
    Throwable out = t;
    while ((out instanceof CompletionException
            || out instanceof ExecutionException
            || out instanceof InvocationTargetException
            || out instanceof picocli.CommandLine.ExecutionException)
        && out.getCause() != null
        && out.getCause() != out) {
      out = out.getCause();
    }
    return out;
  }

  private static String describe(Throwable t) {
    if (t instanceof StackOverflowError) return "out of stack space";
    if (t instanceof OutOfMemoryError) {
      return "out of memory ("
          + (t.getMessage() == null ? "heap" : t.getMessage())
          + "); java -Xmx… allows more";
    }
    String message =
        t.getMessage() == null ? "" : t.getMessage().strip().lines().findFirst().orElse("");
    if (message.length() > 300) message = message.substring(0, 300) + "…";
    return t.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
  }

  /** A disk error, in words, then exit 4. */
  static int io(IOException e, String what, String aftermath, boolean verbose, PrintWriter err) {
    if (verbose) e.printStackTrace(err);
    err.println("error: " + what + IoMessages.describe(e) + " (" + aftermath + ")");
    return ExitCodes.INTERNAL;
  }
}
