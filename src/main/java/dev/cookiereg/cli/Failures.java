package dev.cookiereg.cli;

import dev.cookiereg.diagnostic.RegistryException;
import dev.cookiereg.release.Archive;
import dev.cookiereg.site.RenderException;
import dev.cookiereg.write.SiteWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * How commands report a failed pipeline: one line each, a stack trace only with {@code --verbose}.
 */
final class Failures {
  private Failures() {}

  /**
   * What a failed command leaves behind and how it says so; the exit code of each failure is {@link
   * #exitCode}'s.
   *
   * @param unchanged what was left untouched ("the previous site is unchanged")
   * @param ioWhat the words before a disk error ("cannot write site: "), or empty
   * @param tamperedCode the exit code of a release archive that is not as released
   * @param tamperedLine the line after such an archive's message, or null
   */
  record Aftermath(String unchanged, String ioWhat, int tamperedCode, String tamperedLine) {
    /** For a command that writes nothing. */
    static final Aftermath NONE = new Aftermath("", "", ExitCodes.INTERNAL, null);
  }

  /**
   * The one mapping from a command's failure to its exit code and its line: an invalid registry
   * exits 3, a site that is not one is a usage error, a template or disk error exits 4, an archive
   * not as released exits as the command says.
   */
  static int exitCode(Exception e, Aftermath after, CommandSpec spec, boolean verbose) {
    PrintWriter err = spec.commandLine().getErr();
    if (e instanceof RegistryException invalid) return invalid(invalid, err);
    if (e instanceof RenderException render) return render(render, after.unchanged(), verbose, err);
    if (e instanceof SiteWriter.NotASiteException notASite) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--out: " + notASite.getMessage());
    }
    if (e instanceof SiteWriter.IncompleteCommitException incomplete) {
      if (verbose) incomplete.printStackTrace(err);
      err.println("error: " + incomplete.getMessage());
      return ExitCodes.INTERNAL;
    }
    if (e instanceof Archive.TamperedException tampered) {
      err.println(tampered.getMessage());
      if (after.tamperedLine() != null) err.println(after.tamperedLine());
      return after.tamperedCode();
    }
    if (e instanceof IOException io) {
      return io(io, after.ioWhat(), after.unchanged(), verbose, err);
    }
    return internal(e, after.unchanged(), verbose, err);
  }

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
