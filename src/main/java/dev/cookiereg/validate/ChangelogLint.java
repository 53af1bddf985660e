package dev.cookiereg.validate;

import dev.cookiereg.diagnostic.Diagnostic;
import dev.cookiereg.diagnostic.Location;
import dev.cookiereg.diagnostic.Severity;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lint rules of the policy history (CHANGELOG.md), which the history page renders as Markdown:
 * it holds no images ({@link Lints#IMAGE_IN_PROSE}), and one entry per version. Each finding is
 * located in the file.
 */
public final class ChangelogLint {
  public static final LintRule DUPLICATE_VERSION =
      new LintRule(
          "duplicate-version-heading",
          Severity.ERROR,
          "the policy history (CHANGELOG.md) has one entry per version");

  /** The rules of the history that no registry rule covers. */
  public static final List<LintRule> RULES = List.of(DUPLICATE_VERSION);

  private ChangelogLint() {}

  /**
   * A level-two heading {@code ## [name]} of the history: its name, line (from 1) and offset in the
   * text.
   */
  public record Heading(String name, int line, int offset) {}

  private static final Pattern HEADING = Pattern.compile("## \\[([^\\]\n]+)]");

  /** Every {@code ## [name]} heading of a history, in order, outside fenced code. */
  public static List<Heading> headings(String markdown) {
    List<Heading> out = new ArrayList<>();
    boolean fenced = false;
    int offset = 0;
    int line = 1;
    for (String text : markdown.split("\n", -1)) {
      if (text.startsWith("```") || text.startsWith("~~~")) fenced = !fenced;
      Matcher m = HEADING.matcher(text);
      if (!fenced && m.lookingAt()) out.add(new Heading(m.group(1), line, offset));
      offset += text.length() + 1;
      line++;
    }
    return out;
  }

  /** The findings in the history's text; {@code file} names it in each diagnostic. */
  public static List<Diagnostic> check(String markdown, String file) {
    List<Diagnostic> found = new ArrayList<>();
    for (MarkdownImages.Found image : MarkdownImages.in(markdown)) {
      found.add(
          new Diagnostic(
              file,
              new Location(image.line(), image.column()),
              Lints.IMAGE_IN_PROSE.severity(),
              Lints.IMAGE_IN_PROSE.id(),
              MarkdownImages.message(image.source())));
    }
    Map<String, Heading> first = new HashMap<>();
    for (Heading h : headings(markdown)) {
      Heading earlier = first.putIfAbsent(h.name().toLowerCase(Locale.ROOT), h);
      if (earlier != null) {
        found.add(
            Diagnostic.error(
                file,
                new Location(h.line(), 1),
                DUPLICATE_VERSION.id(),
                "a second entry for ["
                    + h.name()
                    + "] (the first is at line "
                    + earlier.line()
                    + "); keep one entry per version"));
      }
    }
    return found;
  }

  /**
   * The findings in the history file at {@code path}, named {@code name}; none when there is no
   * such file.
   */
  public static List<Diagnostic> check(Path path, String name) {
    if (!Files.isRegularFile(path)) return List.of();
    try {
      return check(Files.readString(path, StandardCharsets.UTF_8), name);
    } catch (CharacterCodingException e) {
      return List.of(Diagnostic.error(name, Location.START, "io", "the file is not valid UTF-8"));
    } catch (IOException e) {
      return List.of(
          Diagnostic.error(name, Location.START, "io", "cannot read the file: " + e.getMessage()));
    }
  }
}
