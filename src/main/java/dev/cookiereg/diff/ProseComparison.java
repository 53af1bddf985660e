package dev.cookiereg.diff;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whether two texts read alike: the same words, numbers, negations and sentence boundaries, in the
 * same order.
 */
final class ProseComparison {
  /** The token a sentence boundary leaves between two words. */
  static final String BOUNDARY = ".";

  private static final String APOSTROPHES = "'\u2019\u2018\u02bc\uff07";
  private static final String SENTENCE_MARKS = ".!?;\u2026";

  /**
   * What may follow a sentence mark before the space: more marks, closing quotes and brackets,
   * emphasis.
   */
  private static final String CLOSERS = SENTENCE_MARKS + ")]}\"'\u2019\u201d\u00bb\u203a*_~`";

  /** Contractions whose stem is not the word before {@code n't}. */
  private static final Map<String, String> STEMS =
      Map.of("ca", "can", "wo", "will", "sha", "shall");

  private ProseComparison() {}

  /**
   * True when {@code a} and {@code b} have the same {@link #tokens}: their difference is editorial.
   */
  static boolean readAlike(String a, String b) {
    return tokens(a).equals(tokens(b));
  }

  /**
   * The tokens of {@code text}, none for null. Each rule is there because without it a change of
   * meaning passed as punctuation:
   *
   * <ul>
   *   <li>a word is a run of letters, digits and combining marks, in lower case ({@link
   *       Locale#ROOT});
   *   <li>a {@code .} or {@code ,} between two digits stays in its number: {@code 1.5} is not
   *       {@code 15}, nor {@code 1,000} {@code 1000} (in German it is one); {@code 3.0.1} is one
   *       token;
   *   <li>an apostrophe between two letters ({@code '}, {@code ’}, {@code ‘}, {@code ʼ}) stays in
   *       its word as {@code '}; {@code n't} and {@code cannot} read as {@code not}: {@code don't}
   *       is {@code do not}, and {@code can't} never {@code can};
   *   <li>a {@link #BOUNDARY} stands between two words wherever a {@code .}, {@code !}, {@code ?},
   *       {@code ;} or {@code …} is followed by a space (after any closing quote, bracket or
   *       emphasis), or a line breaks: {@code no advertising} is not {@code no. Advertising}. It
   *       counts once, and never before the first word or after the last, so the full stop that
   *       ends a text, a line or a text the diff joins to the next with a line break stays
   *       editorial.
   * </ul>
   *
   * Anything else between words is spacing: commas, colons, quotes, dashes, brackets, Markdown
   * emphasis.
   */
  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) return out;
    String s = Normalizer.normalize(text, Normalizer.Form.NFC);
    boolean boundary = false;
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      if (isWordPart(cp)) {
        int end = wordEnd(s, i);
        if (boundary && !out.isEmpty()) out.add(BOUNDARY);
        boundary = false;
        addWord(s.substring(i, end), out);
        i = end;
      } else {
        i += Character.charCount(cp);
        if (isLineBreak(cp) || SENTENCE_MARKS.indexOf(cp) >= 0 && spaceFollows(s, i))
          boundary = true;
      }
    }
    return out;
  }

  private static boolean isWordPart(int cp) {
    if (Character.isLetterOrDigit(cp)) return true;
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /**
   * Where the word starting at {@code start} ends, keeping number punctuation and apostrophes
   * inside it.
   */
  private static int wordEnd(String s, int start) {
    int j = start;
    while (j < s.length()) {
      int cp = s.codePointAt(j);
      int next = j + Character.charCount(cp);
      if (isWordPart(cp)) {
        j = next;
        continue;
      }
      if (next >= s.length()) break;
      int before = s.codePointBefore(j);
      int after = s.codePointAt(next);
      boolean numberPunctuation =
          (cp == '.' || cp == ',') && Character.isDigit(before) && Character.isDigit(after);
      boolean apostrophe =
          APOSTROPHES.indexOf(cp) >= 0 && Character.isLetter(before) && Character.isLetter(after);
      if (!numberPunctuation && !apostrophe) break;
      j = next;
    }
    return j;
  }

  private static void addWord(String word, List<String> out) {
    String w = word.toLowerCase(Locale.ROOT);
    for (int k = 0; k < APOSTROPHES.length(); k++) w = w.replace(APOSTROPHES.charAt(k), '\'');
    if (w.equals("cannot")) {
      out.add("can");
      out.add("not");
    } else if (w.endsWith("n't") && w.length() > 3) {
      String stem = w.substring(0, w.length() - 3);
      out.add(STEMS.getOrDefault(stem, stem));
      out.add("not");
    } else {
      out.add(w);
    }
  }

  /**
   * Whether whitespace follows {@code from}, after any closing quotes, brackets, emphasis or
   * further marks.
   */
  private static boolean spaceFollows(String s, int from) {
    int j = from;
    while (j < s.length() && CLOSERS.indexOf(s.charAt(j)) >= 0) j++;
    if (j >= s.length()) return false;
    int cp = s.codePointAt(j);
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
  }

  private static boolean isLineBreak(int cp) {
    return cp == '\n' || cp == '\r' || cp == '\u0085' || cp == '\u2028' || cp == '\u2029';
  }
}
