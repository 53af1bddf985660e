package dev.cookiereg.load;

import dev.cookiereg.diagnostic.Location;
import java.io.StringReader;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.StreamEndEvent;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * The full parser's refusal of a text, in an editor's words and at the line where the problem is.
 *
 * <p>SnakeYAML says what its grammar expected ("expected &lt;block end&gt;, but found '&lt;block
 * mapping start&gt;'") where it noticed, which can be lines after the cause: an under-indented line
 * that continues a value is noticed at the next key, an unclosed quote at the next quote, however
 * far. {@link BlockStructure} reads the lines as an editor sees them and names the first that
 * breaks the structure; its finding is taken when it is at or before the parser's and the text
 * before it parses. Otherwise the parser's own problem is worded from a table, at the mark that
 * says most: where a quote or key started, or where the parser stopped.
 */
final class SyntaxMessages {
  private SyntaxMessages() {}

  /** A located message. */
  record Worded(Location at, String message) {}

  /** The refusal {@code e} of {@code text}, worded and placed for an editor. */
  static Worded explain(String text, MarkedYAMLException e, LoaderOptions options) {
    Location stopped = location(e.getProblemMark(), Location.START);
    Optional<BlockStructure.Problem> found = BlockStructure.firstProblem(text);
    if (found.isPresent()
        && found.get().at().line() <= stopped.line()
        && parsesBefore(text, found.get().at().line(), options)) {
      return new Worded(found.get().at(), found.get().message());
    }
    return fromParser(e, stopped);
  }

  /** The parser's problem, worded, at the mark that says most. */
  private static Worded fromParser(MarkedYAMLException e, Location stopped) {
    String problem = String.valueOf(e.getProblem()).strip();
    String context = e.getContext() == null ? "" : e.getContext().strip();
    Location started = location(e.getContextMark(), stopped);
    if (problem.startsWith("found character '\\t(TAB)'")) {
      return new Worded(
          stopped, "a tab character: YAML reads only spaces here; replace the tab with a space");
    }
    if (problem.startsWith("found character '")) {
      String c = Character.toString(problem.codePointAt("found character '".length()));
      return new Worded(stopped, "a value cannot start with '" + c + "': put the value in quotes");
    }
    if (context.contains("alias") || context.contains("anchor")) {
      return new Worded(
          started,
          "'"
              + (context.contains("alias") ? '*' : '&')
              + "' starts an "
              + (context.contains("alias") ? "alias" : "anchor")
              + ", which a registry does not use: put the value in quotes");
    }
    if (context.contains("directive")) {
      return new Worded(
          started, "a line cannot start with '%': remove it, or put the text in quotes");
    }
    if (problem.startsWith("expected the node content, but found '")) {
      String found = problem.substring("expected the node content, but found '".length());
      found = found.endsWith("'") ? found.substring(0, found.length() - 1) : found;
      return new Worded(
          stopped, "a value cannot start with '" + found + "': put the value in quotes");
    }
    if (problem.startsWith("expected '<document start>'")) {
      return new Worded(
          stopped,
          "the registry is one mapping of keys, and this line does not continue it: check that"
              + " the lines above it are keys, list items or comments (starting with '#')");
    }
    if (problem.contains("escape")) {
      return new Worded(
          stopped,
          "a backslash starts an escape that double quotes do not know: write \\\\ for a"
              + " backslash, or put the value in single quotes");
    }
    if (context.contains("quoted scalar")
        && (problem.contains("end of stream") || problem.contains("document separator"))) {
      return new Worded(
          started,
          "the quote that opens this value is never closed: end the value with the same quote");
    }
    if (problem.startsWith("could not find expected ':'")) {
      return new Worded(started, "this line has no colon: write 'key: value'");
    }
    if (problem.startsWith("mapping values are not allowed here")) {
      return new Worded(
          stopped,
          "this ': ' starts a key where none can start: put the value before it in quotes, or"
              + " indent the line like the key above it");
    }
    if (problem.startsWith("sequence entries are not allowed here")) {
      return new Worded(
          stopped,
          "a list item cannot start here: put '- …' on a line of its own, indented more than its"
              + " key");
    }
    if (problem.startsWith("expected ',' or ']'")) {
      return new Worded(
          started,
          "the list opened with '[' here is not closed, or an item in it holds ':': end it with ']'"
              + " on the same line, and put such an item in quotes");
    }
    if (problem.startsWith("expected ',' or '}'")) {
      return new Worded(
          started,
          "the mapping opened with '{' here is not closed: end it with '}' on the same line");
    }
    if (problem.startsWith("expected <block end>, but found '-'")) {
      return new Worded(stopped, "a list item where a key was expected");
    }
    if (problem.startsWith("expected <block end>")) {
      return new Worded(
          stopped,
          "this line does not line up with the lines above it: indent it like the key"
              + " or list item it belongs with");
    }
    if (context.contains("block scalar")) {
      return new Worded(
          stopped,
          "after '|' or '>' only a comment may follow on the same line; the text goes on the lines"
              + " below, indented");
    }
    return new Worded(
        stopped, "invalid YAML: " + problem + (context.isEmpty() ? "" : " (" + context + ")"));
  }

  /** Whether the lines before {@code line} (1-based) parse on their own. */
  private static boolean parsesBefore(String text, int line, LoaderOptions options) {
    int end = 0;
    for (int l = 1; l < line; l++) {
      int lineEnd = text.indexOf('\n', end);
      if (lineEnd < 0) return false;
      end = lineEnd + 1;
    }
    try {
      ParserImpl events =
          new ParserImpl(new StreamReader(new StringReader(text.substring(0, end))), options);
      while (!(events.getEvent() instanceof StreamEndEvent)) {
        // read to the end
      }
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static Location location(Mark m, Location otherwise) {
    return m == null ? otherwise : new Location(m.getLine() + 1, m.getColumn() + 1);
  }
}
