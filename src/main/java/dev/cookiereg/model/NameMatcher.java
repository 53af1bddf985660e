package dev.cookiereg.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which declared cookie a cookie name seen in a browser belongs to, by the one precedence the
 * manifest documents for its consumers:
 *
 * <ol>
 *   <li>a cookie declared by that exact name;
 *   <li>else, of the patterns that match the name, the one with the longest literal prefix (the
 *       text before its first {@code *});
 *   <li>between patterns with equally long prefixes, the one with the most literal text (all but
 *       its {@code *});
 *   <li>and between those, the one declared first.
 * </ol>
 *
 * A cookie takes part by what it is recognised by ({@link Cookie#pattern()}), so the ranks above
 * read a cookie's {@code matches} where it has one. Cookies named only by a label match nothing.
 * Names are compared as written (cookie names are case-sensitive), and domains play no part. The
 * same order ranks any named items, such as technologies' storage keys.
 *
 * <p>A lookup reads the name once down a tree of the patterns' literal prefixes, so it costs time
 * linear in the name's length plus a linear match for each pattern whose prefix the name starts
 * with, longest prefix first, until one matches. Immutable once built.
 *
 * @param <T> what a name is declared by
 */
public final class NameMatcher<T> {
  /** Why one of two declarations that match the same name takes it: the rule that decides. */
  public enum Precedence {
    /** An exact name comes before every pattern. */
    EXACT_NAME("an exact name comes before a pattern"),
    /** The pattern with the longer literal prefix. */
    LONGER_PREFIX("its pattern's literal prefix is longer"),
    /** The pattern with more literal text. */
    MORE_LITERAL_TEXT("its pattern has more literal text"),
    /** The declaration that comes first in the registry. */
    DECLARED_FIRST("it is declared first");

    private final String words;

    Precedence(String words) {
      this.words = words;
    }

    /** The rule in words, for messages: "an exact name comes before a pattern". */
    public String words() {
      return words;
    }
  }

  /** A declared name and where it stands in the registry's order. */
  private record Entry<T>(String name, int order, T item) {}

  /**
   * The precedence as a table: each rule and how it orders two entries that match one name. The
   * matcher sorts by the rules in turn, and {@link #decidedBy} names the first rule that tells two
   * entries apart, so the order is written once.
   */
  private static final Map<Precedence, Comparator<Entry<?>>> RULES = rules();

  private static Map<Precedence, Comparator<Entry<?>>> rules() {
    Map<Precedence, Comparator<Entry<?>>> rules = new java.util.EnumMap<>(Precedence.class);
    rules.put(
        Precedence.EXACT_NAME, Comparator.comparingInt(e -> Globs.isPattern(e.name()) ? 1 : 0));
    rules.put(
        Precedence.LONGER_PREFIX,
        Comparator.comparingInt(e -> -Globs.literalPrefix(e.name()).length()));
    rules.put(
        Precedence.MORE_LITERAL_TEXT, Comparator.comparingInt(e -> -Globs.literalLength(e.name())));
    rules.put(Precedence.DECLARED_FIRST, Comparator.comparingInt(Entry::order));
    return rules;
  }

  /** Highest precedence first, for entries that all match one name. */
  private static final Comparator<Entry<?>> ORDER =
      RULES.values().stream().reduce(Comparator::thenComparing).orElseThrow();

  /** A node of the tree of literal prefixes: the patterns whose prefix ends here, in order. */
  private static final class Node<T> {
    final Map<Character, Node<T>> next = new HashMap<>();
    final List<Entry<T>> patterns = new ArrayList<>();
  }

  private final Map<String, T> exact = new HashMap<>();
  private final Node<T> root = new Node<>();

  /** {@code entries} in registry order. */
  private NameMatcher(List<Entry<T>> entries) {
    // Of several exact names alike the first declared wins, so only the patterns need sorting.
    List<Entry<T>> sorted = new ArrayList<>();
    for (Entry<T> e : entries) {
      if (Globs.isPattern(e.name())) {
        sorted.add(e);
      } else {
        exact.putIfAbsent(e.name(), e.item());
      }
    }
    sorted.sort(ORDER);
    for (Entry<T> e : sorted) {
      Node<T> node = root;
      String prefix = Globs.literalPrefix(e.name());
      for (int i = 0; i < prefix.length(); i++) {
        node = node.next.computeIfAbsent(prefix.charAt(i), c -> new Node<>());
      }
      node.patterns.add(e);
    }
  }

  /**
   * A matcher of the registry's named cookies, in registry order, each by what it is recognised by
   * ({@link Cookie#pattern()}: its {@code matches}, else its name).
   */
  public static NameMatcher<Cookie> of(List<Cookie> cookies) {
    return of(cookies, Cookie::pattern);
  }

  /** A matcher of the items with a name ({@code name} gives null for one without), in order. */
  public static <T> NameMatcher<T> of(List<T> items, Function<? super T, String> name) {
    List<Entry<T>> entries = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String n = name.apply(items.get(i));
      if (n != null) entries.add(new Entry<>(Globs.collapse(n), i, items.get(i)));
    }
    return new NameMatcher<>(entries);
  }

  /** The declaration {@code name} belongs to, if any. */
  public Optional<T> match(String name) {
    T found = exact.get(name);
    if (found != null) return Optional.of(found);
    // The nodes the name passes through, deepest (longest prefix) last.
    List<Node<T>> path = new ArrayList<>();
    Node<T> node = root;
    path.add(node);
    for (int i = 0; i < name.length(); i++) {
      node = node.next.get(name.charAt(i));
      if (node == null) break;
      path.add(node);
    }
    for (int k = path.size() - 1; k >= 0; k--) {
      for (Entry<T> e : path.get(k).patterns) {
        if (Globs.matches(e.name(), name)) return Optional.of(e.item());
      }
    }
    return Optional.empty();
  }

  /**
   * Which rule gives a name that both match to one of two declarations, {@code first} declared
   * before {@code second}.
   */
  public static Precedence decidedBy(String first, String second) {
    Entry<?> a = new Entry<>(Globs.collapse(first), 0, null);
    Entry<?> b = new Entry<>(Globs.collapse(second), 1, null);
    for (Map.Entry<Precedence, Comparator<Entry<?>>> rule : RULES.entrySet()) {
      if (rule.getValue().compare(a, b) != 0) return rule.getKey();
    }
    throw new AssertionError("declared first always decides");
  }

  /**
   * True when a name both match belongs to {@code second}, declared after {@code first}: the order
   * {@link #match} follows.
   */
  public static boolean secondWins(String first, String second) {
    return ORDER.compare(
            new Entry<>(Globs.collapse(first), 0, null),
            new Entry<>(Globs.collapse(second), 1, null))
        > 0;
  }
}
