package dev.cookiereg.release;

import dev.cookiereg.diff.Change;
import dev.cookiereg.diff.DiffReport;
import dev.cookiereg.diff.Level;
import dev.cookiereg.model.Version;
import dev.cookiereg.site.SitePaths;
import dev.cookiereg.validate.ChangelogLint;
import dev.cookiereg.validate.ChangelogLint.Heading;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A Keep a Changelog entry for a released policy version, in public words (the history page shows
 * it): the level in the heading (so CI can compare it), the effective date, what the changes mean
 * for a visitor's consent and how they are told, then one line per change under Added / Changed /
 * Removed, material items marked. Rule ids stay in the machine formats.
 */
public final class ChangelogEntry {
  private ChangelogEntry() {}

  public static String of(
      Version version, LocalDate released, LocalDate effective, DiffReport report) {
    StringBuilder out = new StringBuilder();
    out.append("## [")
        .append(version)
        .append("] - ")
        .append(released)
        .append(" [")
        .append(report.verdict().label())
        .append("]\n\n");
    out.append("Effective ")
        .append(effective)
        .append(". ")
        .append(report.consequences())
        .append('\n');
    Map<String, List<Change>> sections = new LinkedHashMap<>();
    sections.put("Added", new ArrayList<>());
    sections.put("Changed", new ArrayList<>());
    sections.put("Removed", new ArrayList<>());
    for (Change c : report.changes()) {
      sections.get(section(c.rule().id())).add(c);
    }
    sections.forEach(
        (title, changes) -> {
          if (changes.isEmpty()) return;
          out.append("\n### ").append(title).append("\n\n");
          for (Change c : changes) {
            out.append("- ")
                .append(c.level() == Level.MATERIAL ? "**Material:** " : "")
                .append(escape(c.words()))
                .append('\n');
          }
        });
    return out.toString();
  }

  /** True when {@code changelog} has an entry headed {@code ## [version]}. */
  public static boolean hasEntry(String changelog, Version version) {
    return ChangelogLint.headings(changelog).stream()
        .anyMatch(h -> h.name().equals(version.toString()));
  }

  /**
   * Puts the entry into {@code changelog}: in place of an entry of the same version (so a release
   * run again writes one entry, not two), else above the newest version and below {@code ##
   * [Unreleased]}; and adds its link to the archived version unless the link is there.
   */
  public static String insert(String changelog, String entry, Version version) {
    String text = changelog.isEmpty() ? "# Cookie Policy history\n" : changelog;
    List<Heading> headings = ChangelogLint.headings(text);
    String body;
    Heading same =
        headings.stream().filter(h -> h.name().equals(version.toString())).findFirst().orElse(null);
    if (same != null) {
      int next =
          headings.stream()
              .mapToInt(Heading::offset)
              .filter(i -> i > same.offset())
              .min()
              .orElse(endOfEntries(text, same.offset()));
      body = text.substring(0, same.offset()) + entry + "\n" + text.substring(next);
    } else {
      int at =
          headings.stream()
              .filter(h -> !h.name().equalsIgnoreCase("Unreleased"))
              .mapToInt(Heading::offset)
              .findFirst()
              .orElse(-1);
      body =
          at >= 0
              ? text.substring(0, at) + entry + "\n" + text.substring(at)
              : text.stripTrailing() + "\n\n" + entry;
    }
    String link = "[" + version + "]: " + SitePaths.version(version.toString()) + SitePaths.POLICY;
    String trimmed = body.stripTrailing();
    if (trimmed.lines().anyMatch(l -> l.equals(link))) return trimmed + "\n";
    String lastLine = trimmed.substring(trimmed.lastIndexOf('\n') + 1);
    boolean endsWithLinks = LINK_DEFINITION.matcher(lastLine).matches();
    return trimmed + (endsWithLinks ? "\n" : "\n\n") + link + "\n";
  }

  private static final Pattern LINK_DEFINITION = Pattern.compile("\\[[^\\]]+]: \\S+");

  /**
   * Where the entry starting at {@code start} ends when no heading follows it: before the link
   * definitions (and blank lines) that close the file.
   */
  private static int endOfEntries(String text, int start) {
    int end = text.length();
    while (end > start) {
      int lineStart = text.lastIndexOf('\n', end - 2) + 1;
      String line = text.substring(lineStart, end).strip();
      if (!line.isEmpty() && !LINK_DEFINITION.matcher(line).matches()) break;
      end = lineStart;
    }
    return Math.max(end, start);
  }

  private static String section(String rule) {
    if (rule.endsWith("-added")
        || rule.endsWith("-added-active")
        || rule.endsWith("-added-inactive")
        || rule.endsWith("-activated")
        || rule.endsWith("-started")
        || rule.endsWith("-enabled-by-default")) {
      return "Added";
    }
    if (rule.endsWith("-removed") || rule.endsWith("-stopped")) return "Removed";
    return "Changed";
  }

  /** Registry ids can hold Markdown characters (`_ga`); the entry shows them literally. */
  private static String escape(String text) {
    StringBuilder out = new StringBuilder();
    for (char ch : text.toCharArray()) {
      if ("\\`*_[]<>#|".indexOf(ch) >= 0) out.append('\\');
      out.append(ch);
    }
    return out.toString();
  }
}
