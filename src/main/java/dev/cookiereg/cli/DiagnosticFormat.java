package dev.cookiereg.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cookiereg.diagnostic.Diagnostic;
import dev.cookiereg.diagnostic.Severity;
import dev.cookiereg.render.Json;
import java.io.PrintWriter;
import java.util.List;

/**
 * How diagnostics are printed: compiler-style text, a JSON array, GitHub Actions annotations, or a
 * SARIF 2.1.0 log for code-scanning tools. A compliance rule's source follows its message in text
 * and annotations, and is a member of its own in JSON and SARIF.
 */
public enum DiagnosticFormat {
  TEXT,
  JSON,
  GITHUB,
  SARIF;

  public void print(List<Diagnostic> diagnostics, PrintWriter out) {
    switch (this) {
      case TEXT -> diagnostics.forEach(out::println);
      case GITHUB ->
          diagnostics.forEach(
              d ->
                  out.println(
                      "::"
                          + (d.severity() == Severity.NOTE ? "notice" : d.severity().label())
                          + " file="
                          + property(d.file())
                          + ",line="
                          + d.location().line()
                          + ",col="
                          + d.location().column()
                          + ",title="
                          + property(d.rule())
                          + "::"
                          + data(d.messageWithSource())));
      case JSON -> {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (Diagnostic d : diagnostics) {
          ObjectNode o = array.addObject();
          o.put("file", d.file());
          o.put("line", d.location().line());
          o.put("column", d.location().column());
          o.put("severity", d.severity().label());
          o.put("rule", d.rule());
          o.put("message", d.message());
          if (d.source() != null) o.put("source", d.source());
        }
        out.print(Json.write(array));
      }
      case SARIF -> out.print(Json.write(Sarif.log(diagnostics)));
    }
  }

  /** What {@link #print} prints, as text: {@code check}'s words wherever else they are shown. */
  public String format(List<Diagnostic> diagnostics) {
    java.io.StringWriter text = new java.io.StringWriter();
    PrintWriter out = new PrintWriter(text);
    print(diagnostics, out);
    out.flush();
    return text.toString();
  }

  /** GitHub workflow-command escaping for the message part. */
  static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** GitHub workflow-command escaping for a property value. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
