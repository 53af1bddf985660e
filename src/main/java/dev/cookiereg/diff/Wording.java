package dev.cookiereg.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text before and after a change, as a reader sees it (whitespace runs shown as one space), with
 * the words that changed: the diff of java-diff-utils (Myers) over words (runs of anything but
 * spaces), whose edits separated only by spaces are joined into one.
 *
 * @param before the text as published
 * @param after the new text, read with the facts as published: a fact that changed is a change of
 *     its own, not marked here
 * @param edits the changed runs of words, in order
 */
public record Wording(String before, String after, List<Edit> edits) {
  /** How many words an excerpt shows around the words that changed. */
  public static final int CONTEXT = 6;

  /**
   * Above this many tokens of text that differ (after the common beginning and end), the middle is
   * shown as one edit: Myers' diff takes time in the product of length and difference.
   */
  static final int MAX_DIFFERING_TOKENS = 6000;

  /**
   * A word with the marks written against it, as git's word diff cuts text ({@code 6(1)(a)}, {@code
   * consent,}); or a space.
   */
  private static final Pattern TOKEN = Pattern.compile("[^ ]+| ");

  public Wording {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    edits = List.copyOf(edits);
  }

  /**
   * One changed run: {@code before} at offset {@code beforeAt} of the text before became {@code
   * after} at {@code afterAt} of the text after; one of them is empty for an insertion or a
   * deletion.
   */
  public record Edit(int beforeAt, String before, int afterAt, String after) {
    /** The edit without the spaces around its words, its offsets moved past them. */
    static Edit trimmed(int beforeAt, String before, int afterAt, String after) {
      int b = before.length() - before.stripLeading().length();
      int a = after.length() - after.stripLeading().length();
      return new Edit(beforeAt + b, before.strip(), afterAt + a, after.strip());
    }

    /** {@code insert}, {@code delete} or {@code change}. */
    public String type() {
      if (before.isEmpty()) return "insert";
      if (after.isEmpty()) return "delete";
      return "change";
    }
  }

  /** A piece of an excerpt; {@code changed} when it is part of an edit. */
  public record Span(String text, boolean changed) {}

  /**
   * The words around one or more nearby edits, before and after; {@code cutStart} and {@code
   * cutEnd} tell whether the text goes on beyond it.
   */
  public record Excerpt(List<Span> before, List<Span> after, boolean cutStart, boolean cutEnd) {
    public Excerpt {
      before = List.copyOf(before);
      after = List.copyOf(after);
    }
  }

  /** The wording of a text that changed from {@code before} to {@code after}. */
  public static Wording of(String before, String after) {
    String b = collapse(before);
    String a = collapse(after);
    Tokens from = Tokens.of(b);
    Tokens to = Tokens.of(a);
    List<Edit> edits = new ArrayList<>();
    for (int[] d : deltas(from.words, to.words)) {
      edits.add(
          Edit.trimmed(
              from.offset(d[0]), from.text(d[0], d[1]), to.offset(d[2]), to.text(d[2], d[3])));
    }
    return new Wording(b, a, edits);
  }

  /**
   * The edits with up to {@link #CONTEXT} words around each; edits that close together share one
   * excerpt.
   */
  public List<Excerpt> excerpts() {
    Tokens from = Tokens.of(before);
    Tokens to = Tokens.of(after);
    List<int[]> deltas = deltas(from.words, to.words);
    List<Excerpt> out = new ArrayList<>();
    int i = 0;
    while (i < deltas.size()) {
      int j = i;
      while (j + 1 < deltas.size()
          && from.wordsBetween(deltas.get(j)[1], deltas.get(j + 1)[0]) <= 2 * CONTEXT) {
        j++;
      }
      int start = from.back(deltas.get(i)[0], CONTEXT);
      int end = from.forward(deltas.get(j)[1], CONTEXT);
      int shift = deltas.get(i)[2] - deltas.get(i)[0];
      List<Span> b = new ArrayList<>();
      List<Span> a = new ArrayList<>();
      b.add(new Span(from.text(start, deltas.get(i)[0]), false));
      a.add(new Span(to.text(start + shift, deltas.get(i)[2]), false));
      for (int k = i; k <= j; k++) {
        int[] d = deltas.get(k);
        b.add(new Span(from.text(d[0], d[1]), true));
        a.add(new Span(to.text(d[2], d[3]), true));
        int nextFrom = k < j ? deltas.get(k + 1)[0] : end;
        b.add(new Span(from.text(d[1], nextFrom), false));
        a.add(new Span(to.text(d[3], d[3] + (nextFrom - d[1])), false));
      }
      out.add(new Excerpt(nonEmpty(b), nonEmpty(a), start > 0, end < from.words.size()));
      i = j + 1;
    }
    return out;
  }

  private static List<Span> nonEmpty(List<Span> spans) {
    return spans.stream().filter(s -> !s.text().isEmpty() || s.changed()).toList();
  }

  /** The text with every run of whitespace as one space, without leading or trailing space. */
  static String collapse(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s+", " ");
  }

  /**
   * The deltas between two token lists, each {@code [fromStart, fromEnd, toStart, toEnd]}; deltas
   * separated only by spaces are one.
   */
  private static List<int[]> deltas(List<String> from, List<String> to) {
    int head = 0;
    while (head < from.size() && head < to.size() && from.get(head).equals(to.get(head))) head++;
    int tail = 0;
    while (tail < from.size() - head
        && tail < to.size() - head
        && from.get(from.size() - 1 - tail).equals(to.get(to.size() - 1 - tail))) {
      tail++;
    }
    List<String> f = from.subList(head, from.size() - tail);
    List<String> t = to.subList(head, to.size() - tail);
    List<int[]> raw = new ArrayList<>();
    if (f.isEmpty() && t.isEmpty()) return raw;
    if (f.size() + t.size() > MAX_DIFFERING_TOKENS) {
      raw.add(new int[] {head, head + f.size(), head, head + t.size()});
    } else {
      for (AbstractDelta<String> d : DiffUtils.diff(f, t).getDeltas()) {
        int fs = head + d.getSource().getPosition();
        int ts = head + d.getTarget().getPosition();
        raw.add(new int[] {fs, fs + d.getSource().size(), ts, ts + d.getTarget().size()});
      }
    }
    List<int[]> merged = new ArrayList<>();
    for (int[] d : raw) {
      int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && onlySpaces(from, last[1], d[0])) {
        last[1] = d[1];
        last[3] = d[3];
      } else {
        merged.add(d.clone());
      }
    }
    return merged;
  }

  private static boolean onlySpaces(List<String> tokens, int from, int to) {
    for (int i = from; i < to; i++) if (!tokens.get(i).isBlank()) return false;
    return true;
  }

  /** A text cut into tokens, with where each starts. */
  private record Tokens(String text, List<String> words, List<Integer> starts) {
    static Tokens of(String text) {
      List<String> words = new ArrayList<>();
      List<Integer> starts = new ArrayList<>();
      Matcher m = TOKEN.matcher(text);
      while (m.find()) {
        words.add(m.group());
        starts.add(m.start());
      }
      return new Tokens(text, words, starts);
    }

    int offset(int token) {
      return token < starts.size() ? starts.get(token) : text.length();
    }

    String text(int fromToken, int toToken) {
      return text.substring(offset(fromToken), offset(toToken));
    }

    int wordsBetween(int from, int to) {
      int n = 0;
      for (int i = from; i < to; i++) if (!words.get(i).isBlank()) n++;
      return n;
    }

    /** The token {@code n} words before {@code at} (or the start). */
    int back(int at, int n) {
      int i = at;
      int seen = 0;
      while (i > 0 && seen < n) {
        i--;
        if (!words.get(i).isBlank()) seen++;
      }
      while (i < at && words.get(i).isBlank()) i++;
      return i;
    }

    /** The token after {@code n} words from {@code at} (or the end). */
    int forward(int at, int n) {
      int i = at;
      int seen = 0;
      while (i < words.size() && seen < n) {
        if (!words.get(i).isBlank()) seen++;
        i++;
      }
      while (i > at && words.get(i - 1).isBlank()) i--;
      return i;
    }
  }
}
