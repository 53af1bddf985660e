package dev.cookiereg.cli;

import static dev.cookiereg.text.English.plural;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cookiereg.diagnostic.Location;
import dev.cookiereg.diff.Change;
import dev.cookiereg.diff.DiffReport;
import dev.cookiereg.diff.Level;
import dev.cookiereg.diff.Notice;
import dev.cookiereg.load.SourceMap;
import dev.cookiereg.render.ChangeJson;
import dev.cookiereg.render.Json;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How a diff report is printed: plain words, Markdown for a pull request, JSON, or GitHub
 * annotations.
 */
public enum DiffFormat {
  TEXT,
  MARKDOWN,
  JSON,
  GITHUB;

  private static final List<Level> LEVELS = List.of(Level.MATERIAL, Level.NOTABLE, Level.EDITORIAL);

  /** What follows the name of a side that is a manifest, which has no prose. */
  static final String FACTS_ONLY = " (facts only: a manifest holds no wording)";

  /**
   * The two sides compared: their names, and whether each is a manifest. When either is, the
   * policy's wording was not compared: said after that side's name in text and Markdown, {@code
   * "wordingCompared": false} in JSON.
   */
  public record Sides(String base, boolean baseIsManifest, String head, boolean headIsManifest) {
    boolean factsOnly() {
      return baseIsManifest || headIsManifest;
    }

    String baseNote() {
      return baseIsManifest ? FACTS_ONLY : "";
    }

    String headNote() {
      return headIsManifest && !baseIsManifest ? FACTS_ONLY : "";
    }
  }

  /**
   * Prints {@code report}; {@code headMap} locates each change in NEW (null when NEW is a manifest,
   * which has no lines to annotate).
   */
  public void print(DiffReport report, Sides sides, SourceMap headMap, PrintWriter out) {
    switch (this) {
      case TEXT -> text(report, sides, out);
      case MARKDOWN -> markdown(report, sides, out);
      case JSON -> out.print(Json.write(json(report, sides, headMap)));
      case GITHUB -> github(report, sides.head(), headMap, out);
    }
  }

  static String summary(DiffReport report) {
    if (report.changes().isEmpty()) return "no changes";
    return report.verdict().label()
        + " ("
        + plural(report.changes().size(), "change")
        + "; consent: "
        + report.consentImpact().words()
        + "; notice: "
        + notices(report)
        + ")";
  }

  private static String notices(DiffReport report) {
    return report.notices().isEmpty()
        ? "none"
        : report.notices().stream().map(Notice::id).collect(Collectors.joining(", "));
  }

  private static void text(DiffReport report, Sides sides, PrintWriter out) {
    out.println(
        "Changes from "
            + sides.base()
            + sides.baseNote()
            + " to "
            + sides.head()
            + sides.headNote()
            + ": "
            + summary(report));
    for (Level level : LEVELS) {
      List<Change> changes = report.at(level);
      if (changes.isEmpty()) continue;
      out.println();
      out.println(capitalise(level.label()) + ":");
      for (Change c : changes) {
        out.println("  - " + c.message() + " [" + c.rule().id() + "]");
        if (c.wording() != null)
          DiffWords.wording(c.wording()).forEach(l -> out.println("      " + l));
      }
    }
  }

  /**
   * A pull-request comment: the verdict, then per level what it means and each change with its
   * meaning in words, names as code, and a reworded text's excerpts in a {@code diff} block.
   * Nothing from the registry or the command line is read as Markdown (see {@link Markdown}).
   */
  private static void markdown(DiffReport report, Sides sides, PrintWriter out) {
    out.println(
        "## Cookie policy changes: "
            + (report.changes().isEmpty() ? "none" : "**" + report.verdict().label() + "**"));
    out.println();
    out.println(
        "From "
            + Markdown.code(sides.base())
            + sides.baseNote()
            + " to "
            + Markdown.code(sides.head())
            + sides.headNote()
            + (report.changes().isEmpty()
                ? "."
                : ": " + plural(report.changes().size(), "change") + "."));
    if (report.changes().isEmpty()) return;
    out.println();
    out.println("- Consent: " + report.consentImpact().words());
    out.println("- Notice: " + notices(report));
    for (Level level : LEVELS) {
      List<Change> changes = report.at(level);
      if (changes.isEmpty()) continue;
      out.println();
      out.println("### " + capitalise(level.label()) + " (" + changes.size() + ")");
      out.println();
      out.println(DiffWords.level(level));
      out.println();
      for (Change c : changes) {
        out.println("- " + capitalise(c.message(Markdown::code, Markdown::text)) + "  ");
        out.println(
            "  "
                + DiffWords.meaning(c, t -> "'" + Markdown.text(t) + "'")
                + " Rule "
                + Markdown.code(c.rule().id())
                + ".");
        if (c.wording() != null && !c.wording().edits().isEmpty()) {
          List<String> lines = DiffWords.wording(c.wording());
          String fence = Markdown.fence(String.join("\n", lines));
          out.println();
          out.println("  " + fence + "diff");
          lines.forEach(l -> out.println("  " + l));
          out.println("  " + fence);
        }
      }
    }
  }

  static ObjectNode json(DiffReport report, Sides sides, SourceMap headMap) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode o = f.objectNode();
    o.put("base", sides.base());
    o.put("head", sides.head());
    o.put("wordingCompared", !sides.factsOnly());
    ChangeJson.verdict(o, report);
    ArrayNode changes = o.putArray("changes");
    for (Change c : report.changes()) {
      ObjectNode j = ChangeJson.change(changes, c, true);
      if (c.pointer() != null && headMap != null) {
        j.put("line", headMap.locate(c.pointer()).line());
      }
      ChangeJson.review(j, c);
    }
    return o;
  }

  private static void github(DiffReport report, String head, SourceMap headMap, PrintWriter out) {
    for (Change c : report.changes()) {
      String command =
          switch (c.level()) {
            case MATERIAL -> "error";
            case NOTABLE -> "warning";
            default -> "notice";
          };
      Location at =
          c.pointer() != null && headMap != null ? headMap.locate(c.pointer()) : Location.START;
      String file = headMap == null ? head : headMap.file();
      out.println(
          "::"
              + command
              + " file="
              + DiagnosticFormat.property(file)
              + ",line="
              + at.line()
              + ",col="
              + at.column()
              + ",title="
              + DiagnosticFormat.property(c.level().label() + ": " + c.rule().id())
              + "::"
              + DiagnosticFormat.data(c.message()));
    }
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
