package dev.cookiereg.diff;

import dev.cookiereg.model.Registry;
import dev.cookiereg.prose.Placeholders;
import dev.cookiereg.prose.Prose;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prose compared as it reads: two texts read alike when they have the same words, numbers,
 * negations and sentence boundaries, in the same order, and the same numbers, addresses and legal
 * citations written exactly alike. The one emitter of the prose rules; each change carries the
 * text's wording before and after.
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

  private static final Pattern MARKDOWN_ESCAPE = Pattern.compile("\\\\(\\p{Punct})");

  /**
   * What a reader must see written exactly as before, whatever its case, punctuation or spacing
   * (runs of whitespace excepted): a web address, an e-mail address, a cross-reference, a legal
   * citation ({@code Article 6(1)(a) of the GDPR}, {@code Art. 13 GDPR}, {@code § 25 TTDSG}, {@code
   * Section 7.2}), a domain name and a number with the marks between its digits. Repeated groups
   * are bounded: Java's matcher recurses once per repetition of a group, and a hostile text could
   * otherwise overflow its stack.
   */
  private static final Pattern EXACT =
      Pattern.compile(
          String.join(
              "|",
              "(?i:\\b(?:https?|ftp)://|\\bmailto:|\\btel:|\\bwww\\.)[^\\s<>\"'`\\[\\](){}]+",
              "(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+){1,16}",
              "\\[\\[[^\\]]*]]",
              "(?:(?i:\\b(?:articles?|arts?\\.|sections?|secs?\\.|recitals?|paragraphs?|paras?\\.|chapters?"
                  + "|annex(?:es)?|schedules?|clauses?)(?![\\p{L}]))|\u00a7{1,2})\\s*\\p{Nd}+\\p{L}?"
                  + "(?:\\s*\\(\\s*[\\p{L}\\p{N}]{1,4}\\s*\\)|[.,:/-]\\p{Nd}+\\p{L}?){0,16}"
                  + "(?:\\s+(?:of\\s+(?:the\\s+)?)?(?:ePrivacy\\s+Directive|\\p{Lu}[\\p{L}\\p{N}-]*\\p{Lu}))?",
              "(?<![\\p{L}\\p{N}@./-])(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.){1,16}\\p{L}{2,63}"
                  + "(?![\\p{L}\\p{N}@-])(?:/[^\\s<>\"'`\\[\\](){}]*)?",
              "\\p{Nd}+(?:[.,:/\u2013-]\\p{Nd}+){0,16}"));

  /** What an address ends with that belongs to the sentence around it. */
  private static final Pattern TRAILING = Pattern.compile("[.,;:!?*_~]+$");

  private final Placeholders baseGlobal;

  /** Compares prose with the facts of {@code base}. */
  ProseComparison(Registry base) {
    this.baseGlobal = Placeholders.global(base);
  }

  /** A purpose reworded is notable; one only re-punctuated is editorial. */
  void purpose(
      Changes out, String kind, String id, String at, String what, String from, String to) {
    purpose(out, kind, id, at, what, from, to, () -> baseGlobal);
  }

  /** As {@link #purpose(Changes, String, String, String, String, String, String)}, in a scope. */
  void purpose(
      Changes out,
      String kind,
      String id,
      String at,
      String what,
      String from,
      String to,
      Supplier<Placeholders> was) {
    Reading r = read(new Text(from, from), new Text(to, to), was);
    if (r == null) return;
    if (r.alike()) {
      out.add(ProseRules.TEXT_EDITORIAL, kind, id, at, Map.of(), r.wording());
    } else {
      out.add(ProseRules.PURPOSE_TEXT_CHANGED, kind, id, at, Map.of("what", what), r.wording());
    }
  }

  void text(Changes out, String kind, String id, String at, String from, String to) {
    text(out, kind, id, at, new Text(from, from), new Text(to, to), () -> baseGlobal);
  }

  void text(Changes out, String kind, String id, String at, Text from, Text to) {
    text(out, kind, id, at, from, to, () -> baseGlobal);
  }

  /**
   * A text reads as it did when the new text, with the facts as they were ({@code was}: the
   * placeholders' values of the base), reads as the old one did. So a text written differently that
   * reads the same (a fact now written as a placeholder) is no change, and a fact that changes is
   * its own change, not one for every text that shows it: whether the base wrote a fact out or as a
   * placeholder (a release archive and a later commit of the same version) makes no difference.
   */
  void text(
      Changes out,
      String kind,
      String id,
      String at,
      Text from,
      Text to,
      Supplier<Placeholders> was) {
    Reading r = read(from, to, was);
    if (r == null) return;
    out.add(
        r.alike() ? ProseRules.TEXT_EDITORIAL : ProseRules.POLICY_TEXT_CHANGED,
        kind,
        id,
        at,
        Map.of(),
        r.wording());
  }

  /**
   * A translated text ({@link TranslationComparison}): reworded is {@code
   * translation-text-changed}, re-punctuated {@code translation-editorial}, read with the base's
   * facts as the English is.
   */
  void translation(
      Changes out,
      String kind,
      String id,
      String at,
      Map<String, String> values,
      String from,
      String to) {
    Reading r = read(new Text(from, from), new Text(to, to), () -> baseGlobal);
    if (r == null) return;
    out.add(
        r.alike() ? ProseRules.TRANSLATION_EDITORIAL : ProseRules.TRANSLATION_TEXT_CHANGED,
        kind,
        id,
        at,
        values,
        r.wording());
  }

  /** How a changed text reads: alike (editorial) or not, and its wording before and after. */
  private record Reading(boolean alike, Wording wording) {}

  /**
   * Null when the two texts read the same with the facts {@code was}; else whether they read alike
   * ({@link #readAlike}) and their wording as a reader sees it (their compared forms when the shown
   * ones are the same: a changed id or switch).
   */
  private static Reading read(Text from, Text to, Supplier<Placeholders> was) {
    if (Objects.equals(from.compared(), to.compared())) return null;
    Placeholders scope = was.get();
    String before = reads(from.compared(), scope);
    String after = reads(to.compared(), scope);
    if (Objects.equals(before, after)) return null;
    String shownBefore = Wording.collapse(reads(from.shown(), scope));
    String shownAfter = Wording.collapse(reads(to.shown(), scope));
    Wording wording =
        shownBefore.equals(shownAfter)
            ? Wording.of(before, after)
            : Wording.of(shownBefore, shownAfter);
    return new Reading(readAlike(before, after), wording);
  }

  /** A text added or removed whole (a section). */
  void addedOrRemoved(Changes out, String kind, String id, String at) {
    out.add(ProseRules.POLICY_TEXT_CHANGED, kind, id, at);
  }

  /** The same texts in another order. */
  void reordered(Changes out, String kind, String id, String at) {
    out.add(ProseRules.TEXT_EDITORIAL, kind, id, at);
  }

  /**
   * The words a text shows: placeholders filled in (cross-references stay as written, so
   * renumbering is no change) and Markdown's backslash escapes dropped, as a reader never sees
   * them.
   */
  private static String reads(String text, Placeholders scope) {
    String expanded = Prose.expand(text, scope, id -> "[[" + id + "]]");
    if (expanded == null || expanded.indexOf('\\') < 0) return expanded;
    return MARKDOWN_ESCAPE.matcher(expanded).replaceAll("$1");
  }

  /**
   * True when {@code a} and {@code b} have the same {@link #tokens}: their difference is editorial.
   */
  static boolean readAlike(String a, String b) {
    return tokens(a).equals(tokens(b)) && exact(a).equals(exact(b));
  }

  /**
   * The {@link #EXACT} parts of {@code text}, in order, each with its runs of whitespace as one
   * space: a digit, a web or e-mail address or a legal citation that changed in any way is never
   * editorial.
   */
  static List<String> exact(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) return out;
    String s = Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("[\\s\\p{Z}]+", " ");
    Matcher m = EXACT.matcher(s);
    while (m.find()) {
      out.add(TRAILING.matcher(m.group()).replaceFirst(""));
    }
    return out;
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
