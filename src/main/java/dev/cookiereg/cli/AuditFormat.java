package dev.cookiereg.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cookiereg.audit.AuditReport;
import dev.cookiereg.audit.Finding;
import dev.cookiereg.audit.State;
import dev.cookiereg.diagnostic.Severity;
import dev.cookiereg.render.Json;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * How an audit is printed: text, the JSON contract, a Markdown table for a pull request, or GitHub
 * Actions annotations. Names come from the website, so every format treats them as untrusted text.
 */
enum AuditFormat {
  TEXT,
  JSON,
  MARKDOWN,
  GITHUB;

  void print(AuditReport report, PrintWriter out) {
    switch (this) {
      case TEXT -> text(report, out);
      case JSON -> out.print(Json.write(json(report)));
      case MARKDOWN -> markdown(report, out);
      case GITHUB -> github(report, out);
    }
  }

  /** The JSON contract: {@code {"findings": [...], "states": [...], "pages": [...]}}. */
  static ObjectNode json(AuditReport report) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    ArrayNode findings = root.putArray("findings");
    for (Finding f : report.findings()) {
      ObjectNode o = findings.addObject();
      o.put("rule", f.rule().id());
      o.put("severity", f.rule().severity().label());
      o.put("name", f.name());
      o.put("domain", f.domain());
      o.put("state", f.state() == null ? null : f.state().id());
      o.put("page", f.page());
      o.put("message", f.message());
      o.put("declared", f.declared());
      o.put("observed", f.observed());
      if (f.suggestion() != null) {
        ObjectNode s = o.putObject("suggestion");
        s.put("provider", f.suggestion().provider());
        s.put("category", f.suggestion().category());
        s.put("retention", f.suggestion().retention());
        s.put("description", f.suggestion().description());
        s.put("yaml", f.suggestion().yaml());
      }
    }
    ArrayNode states = root.putArray("states");
    report.states().forEach(s -> states.add(s.id()));
    ArrayNode pages = root.putArray("pages");
    report.pages().forEach(pages::add);
    return root;
  }

  private static void text(AuditReport report, PrintWriter out) {
    for (Finding f : report.findings()) {
      out.println(
          String.format(
              Locale.ROOT,
              "%s: %s [%s]%s: %s",
              f.rule().severity().label(),
              f.rule().id(),
              state(f),
              f.page().isEmpty() ? "" : " " + printable(f.page()),
              printable(f.message())));
      if (f.suggestion() != null) {
        out.println("  suggestion (review before pasting into cookies.yaml):");
        f.suggestion().yaml().lines().forEach(l -> out.println("  " + printable(l)));
      }
    }
    out.println(summary(report));
  }

  private static void markdown(AuditReport report, PrintWriter out) {
    out.println("## Audit: " + Markdown.text(summary(report)));
    out.println();
    if (report.findings().isEmpty()) return;
    out.println("| Severity | Rule | State | Name | Finding |");
    out.println("|---|---|---|---|---|");
    for (Finding f : report.findings()) {
      out.println(
          "| "
              + f.rule().severity().label()
              + " | `"
              + f.rule().id()
              + "` | "
              + Markdown.text(state(f))
              + " | "
              + Markdown.text(f.name())
              + " | "
              + Markdown.text(f.message())
              + " |");
    }
    for (Finding f : report.findings()) {
      if (f.suggestion() == null) continue;
      String yaml = f.suggestion().yaml();
      String fence = Markdown.fence(yaml);
      out.println();
      out.println("Suggested for " + Markdown.code(f.name()) + " (review before pasting):");
      out.println();
      out.println(fence + "yaml");
      out.print(yaml);
      out.println(fence);
    }
  }

  private static void github(AuditReport report, PrintWriter out) {
    for (Finding f : report.findings()) {
      Severity s = f.rule().severity();
      out.println(
          "::"
              + (s == Severity.NOTE ? "notice" : s.label())
              + " title="
              + DiagnosticFormat.property(f.rule().id())
              + "::"
              + DiagnosticFormat.data("[" + state(f) + "] " + f.message()));
    }
  }

  private static String state(Finding f) {
    State s = f.state();
    return s == null ? "all states" : "state " + s.id();
  }

  static String summary(AuditReport report) {
    long errors = count(report, Severity.ERROR);
    long warnings = count(report, Severity.WARNING);
    long notes = count(report, Severity.NOTE);
    return String.format(
        Locale.ROOT,
        "%s, %s, %s in %s (%s)",
        dev.cookiereg.text.English.plural(errors, "error"),
        dev.cookiereg.text.English.plural(warnings, "warning"),
        dev.cookiereg.text.English.plural(notes, "note"),
        dev.cookiereg.text.English.plural(report.states().size(), "state"),
        String.join(", ", report.states().stream().map(State::id).toList()));
  }

  private static long count(AuditReport report, Severity s) {
    return report.findings().stream().filter(f -> f.rule().severity() == s).count();
  }

  /** Text from the website with control characters (a terminal's escapes) shown as {@code ?}. */
  private static String printable(String s) {
    return s.replaceAll("[\\p{Cntrl}\\u2028\\u2029]", "?");
  }
}
