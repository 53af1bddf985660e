package dev.cookiereg.prose;

import dev.cookiereg.model.Block;
import dev.cookiereg.model.Category;
import dev.cookiereg.model.Registry;
import dev.cookiereg.model.Section;
import dev.cookiereg.model.Technology;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The numbers of the policy's sections and clauses, computed from their place (1, 2.1, 2.3.4) and
 * keyed by id.
 *
 * <p>Every numbered element of the outline counts: clauses, subsections, category and technology
 * subsections, and generated clauses. Unnumbered paragraphs do not. A category's description is its
 * first clause.
 */
public final class Outline {
  private final Map<String, String> numbers;

  private Outline(Map<String, String> numbers) {
    this.numbers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(numbers));
  }

  public static Outline of(Registry registry) {
    Map<String, String> numbers = new LinkedHashMap<>();
    int n = 0;
    for (Section s : registry.sections()) {
      String number = String.valueOf(++n);
      numbers.putIfAbsent(s.id(), number);
      walk(registry, s.content(), number, numbers);
    }
    return new Outline(numbers);
  }

  private static void walk(
      Registry registry, List<Block> blocks, String parent, Map<String, String> numbers) {
    int k = 0;
    for (Block b : blocks) {
      if (b instanceof Block.Clause c) {
        k++;
        if (c.id() != null) numbers.putIfAbsent(c.id(), parent + "." + k);
      } else if (b instanceof Block.Subsection s) {
        String number = parent + "." + ++k;
        numbers.putIfAbsent(s.section().id(), number);
        walk(registry, s.section().content(), number, numbers);
      } else if (b instanceof Block.CategoryRef ref) {
        String number = parent + "." + ++k;
        numbers.putIfAbsent(ref.category(), number);
        Optional<Category> category = registry.category(ref.category());
        category.ifPresent(c -> walk(registry, c.clauses(), number + ".1", numbers, 1));
      } else if (b instanceof Block.TechnologyRef ref) {
        String number = parent + "." + ++k;
        numbers.putIfAbsent(ref.technology(), number);
        Optional<Technology> technology = registry.technology(ref.technology());
        technology.ifPresent(t -> walk(registry, t.clauses(), number, numbers));
      } else if (b instanceof Block.Generated g) {
        k += generatedClauseCount(registry, g.what());
      }
    }
  }

  /**
   * Walks clauses that follow {@code offset} clauses already numbered (a category's description).
   */
  private static void walk(
      Registry registry,
      List<Block> blocks,
      String first,
      Map<String, String> numbers,
      int offset) {
    String parent = first.substring(0, first.lastIndexOf('.'));
    int k = offset;
    for (Block b : blocks) {
      if (b instanceof Block.Clause c) {
        k++;
        if (c.id() != null) numbers.putIfAbsent(c.id(), parent + "." + k);
      }
    }
  }

  /** How many numbered clauses a generated block produces. */
  public static int generatedClauseCount(Registry registry, Block.GeneratedClauses what) {
    return switch (what) {
      case PROVIDER_NOTICES ->
          (int) registry.providers().stream().filter(p -> p.notice() != null).count();
      case OPT_OUTS -> (int) registry.providers().stream().filter(p -> p.optOut() != null).count();
      case CONTACT -> 0;
    };
  }

  /** The number of a section, category, technology or clause id, if it has one. */
  public Optional<String> number(String id) {
    return Optional.ofNullable(numbers.get(id));
  }

  /** Every numbered id with its number, in document order. */
  public Map<String, String> numbers() {
    return numbers;
  }
}
