package dev.cookiereg.diff;

/**
 * The comparison of one kind of element: it emits the change rules whose rows name it (see {@link
 * ChangeRule#emittedBy()}), and only those.
 */
interface Comparison {
  /**
   * Adds to {@code out} every change of this comparison's kind between the registries {@code
   * matching} pairs, reading prose through {@code prose}.
   */
  void compare(Matching matching, ProseComparison prose, Changes out);
}
