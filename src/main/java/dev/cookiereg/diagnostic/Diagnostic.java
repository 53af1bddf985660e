package dev.cookiereg.diagnostic;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in a registry, located at a line and column: {@code cookies.yaml:42:7: error:
 * message}.
 *
 * @param rule the id of the rule that found it: a lint or release-gate rule, {@code schema}, {@code
 *     yaml}, {@code io} (the file could not be read) or {@code model} (the schema let through what
 *     the model refuses)
 * @param source the text and paragraph a compliance rule rests on ("GDPR Art. 13(1)(e)"), shown
 *     after the message; null for every other rule
 */
public record Diagnostic(
    String file, Location location, Severity severity, String rule, String message, String source) {

  public static final Comparator<Diagnostic> BY_POSITION =
      Comparator.comparing(Diagnostic::file)
          .thenComparing(Diagnostic::location)
          .thenComparing(Diagnostic::severity)
          .thenComparing(Diagnostic::message);

  /** A finding of a rule that cites no source. */
  public Diagnostic(
      String file, Location location, Severity severity, String rule, String message) {
    this(file, location, severity, rule, message, null);
  }

  public Diagnostic {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(rule, "rule");
    message = oneLine(Objects.requireNonNull(message, "message"));
  }

  public static Diagnostic error(String file, Location at, String rule, String message) {
    return new Diagnostic(file, at, Severity.ERROR, rule, message);
  }

  /** The same finding, as a warning. */
  public Diagnostic asWarning() {
    return new Diagnostic(file, location, Severity.WARNING, rule, message, source);
  }

  /** The same finding, as a note. */
  public Diagnostic asNote() {
    return new Diagnostic(file, location, Severity.NOTE, rule, message, source);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The message, with the source it rests on in parentheses where the rule cites one. */
  public String messageWithSource() {
    return source == null ? message : message + " (" + source + ")";
  }

  /**
   * The compiler-style line: {@code file:line:column: severity: message}, and {@code (source)}
   * after a compliance rule's message.
   */
  @Override
  public String toString() {
    return file
        + ":"
        + location.line()
        + ":"
        + location.column()
        + ": "
        + severity.label()
        + ": "
        + messageWithSource();
  }

  /** Messages quote registry text: keep them on one line and bounded, whatever the text holds. */
  private static String oneLine(String message) {
    StringBuilder out = new StringBuilder(Math.min(message.length(), 300));
    int i = 0;
    while (i < message.length() && out.length() < 300) {
      int cp = message.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '\n' || cp == '\r' || cp == '\t') {
        out.append(' ');
      } else if (Character.isISOControl(cp) || isInvisible(cp)) {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04X", cp));
      } else {
        out.appendCodePoint(cp);
      }
    }
    if (i < message.length()) out.append('…');
    return out.toString();
  }

  private static boolean isInvisible(int cp) {
    int type = Character.getType(cp);
    return type == Character.FORMAT
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }
}
