package dev.cookiereg.prose;

import java.util.ArrayDeque;
import java.util.Deque;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/**
 * How deeply Markdown nests: quotes, lists, emphasis and links inside one another. The Markdown
 * parser and every renderer recurse once per level, so a small text of thousands of {@code >} or
 * {@code *} would overflow the stack; prose may nest at most {@link #MAX} levels, which no policy
 * comes near.
 */
public final class Nesting {
  /** The deepest Markdown accepted, counting every node from the document down to the text. */
  public static final int MAX = 32;

  private static final Parser PARSER = Parser.builder().build();

  private Nesting() {}

  /** Thrown for Markdown that nests more than {@link #MAX} levels; its message says so in words. */
  public static final class TooDeep extends IllegalArgumentException {
    public TooDeep() {
      super(
          "the Markdown nests more than "
              + MAX
              + " levels deep (quotes, lists, emphasis or links inside one "
              + "another); write it flatter");
    }
  }

  /**
   * True when {@code markdown} nests more than {@link #MAX} levels. The same text always gets the
   * same answer.
   */
  public static boolean tooDeep(String markdown) {
    if (bound(markdown) <= MAX)
      return false; // nearly every text: decided by counting, without a parse
    Node document;
    try {
      document = PARSER.parse(markdown);
    } catch (StackOverflowError e) {
      return true; // only nesting far deeper than MAX recurses that far
    }
    return depth(document) > MAX;
  }

  /** Throws {@link TooDeep} when {@code markdown} nests more than {@link #MAX} levels. */
  public static String check(String markdown) {
    if (tooDeep(markdown)) throw new TooDeep();
    return markdown;
  }

  /**
   * An upper bound of the depth, from characters alone: every container block needs a character of
   * its own in the prefix of the line that opens it ({@code >}, a list marker, indentation; a tab
   * counts as four) and opens at most two levels (list and item); every inline span needs a {@code
   * *}, {@code _} or {@code [} of its own.
   */
  static int bound(String markdown) {
    int spans = 0;
    int prefix = 0;
    int deepestPrefix = 0;
    boolean atLineStart = true;
    for (int i = 0, n = markdown.length(); i < n; i++) {
      char c = markdown.charAt(i);
      if (c == '*' || c == '_' || c == '[') spans++;
      if (c == '\n') {
        atLineStart = true;
        prefix = 0;
      } else if (atLineStart
          && (c == ' '
              || c == '\t'
              || c == '>'
              || c == '-'
              || c == '+'
              || c == '*'
              || c == '.'
              || c == ')'
              || c >= '0' && c <= '9')) {
        prefix += c == '\t' ? 4 : 1; // a tab indents up to four columns, as deep as four spaces
        deepestPrefix = Math.max(deepestPrefix, prefix);
      } else {
        atLineStart = false;
      }
    }
    return 3
        + 2 * deepestPrefix
        + spans; // the document, the leaf block and its text; containers and spans between
  }

  /** The depth of the tree, counted without recursion. */
  static int depth(Node root) {
    int deepest = 0;
    Deque<Node> nodes = new ArrayDeque<>();
    Deque<Integer> depths = new ArrayDeque<>();
    nodes.push(root);
    depths.push(1);
    while (!nodes.isEmpty()) {
      Node node = nodes.pop();
      int d = depths.pop();
      deepest = Math.max(deepest, d);
      for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
        nodes.push(child);
        depths.push(d + 1);
      }
    }
    return deepest;
  }
}
