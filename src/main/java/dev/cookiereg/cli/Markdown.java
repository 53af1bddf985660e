package dev.cookiereg.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text from a registry or a command line written into GitHub-flavoured Markdown so that it stays
 * text: no emphasis, link, HTML or table it could open. A reviewer reads the pull-request comment;
 * the registry's author must not be able to write into it.
 */
final class Markdown {
  private static final Pattern BACKTICKS = Pattern.compile("`+");
  private static final Pattern ASCII_PUNCTUATION = Pattern.compile("[!-/:-@\\[-`{-~]");

  private Markdown() {}

  /**
   * {@code text} as plain words: every ASCII punctuation mark backslash-escaped (CommonMark reads
   * any of them escaped as itself), line breaks as spaces.
   */
  static String text(String text) {
    return ASCII_PUNCTUATION.matcher(oneLine(text)).replaceAll("\\\\$0");
  }

  /**
   * {@code text} as a code span, for use outside tables: fenced by more backticks than it holds in
   * a row, padded with a space where it starts or ends with one.
   */
  static String code(String text) {
    String s = oneLine(text);
    String fence = "`".repeat(longestRun(s) + 1);
    boolean pad = s.startsWith("`") || s.endsWith("`") || s.isBlank();
    return fence + (pad ? " " + s + " " : s) + fence;
  }

  /**
   * A fence for a code block holding {@code text}: three backticks or more than it has in a row.
   */
  static String fence(String text) {
    return "`".repeat(Math.max(3, longestRun(text) + 1));
  }

  private static int longestRun(String s) {
    int longest = 0;
    Matcher m = BACKTICKS.matcher(s);
    while (m.find()) longest = Math.max(longest, m.group().length());
    return longest;
  }

  private static String oneLine(String text) {
    return text.replaceAll("[\\r\\n\\u0085\\u2028\\u2029]+", " ");
  }
}
