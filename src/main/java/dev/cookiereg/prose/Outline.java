package dev.cookiereg.prose;

import dev.cookiereg.model.Block;
import dev.cookiereg.model.Category;
import dev.cookiereg.model.Provider;
import dev.cookiereg.model.Registry;
import dev.cookiereg.model.Section;
import dev.cookiereg.model.Technology;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The policy's numbered tree, computed once from the places of its sections and clauses (1, 2.1,
 * 2.3.4): the page renders it, and cross-references read its numbers by id.
 *
 * <p>Every numbered element counts: clauses, subsections, category and technology subsections, and
 * generated clauses (a provider's notice or opt-out). Unnumbered paragraphs do not. A category's
 * description is its first clause.
 */
public final class Outline {
  /** One piece of the policy in document order, with its number when it has one. */
  public sealed interface Part
      permits SectionPart,
          ClausePart,
          TextPart,
          CategoryPart,
          TechnologyPart,
          ProviderClause,
          ContactPart {}

  /** A section or subsection and its parts. */
  public record SectionPart(String number, Section section, List<Part> parts) implements Part {}

  /** A written clause. */
  public record ClausePart(String number, Block.Clause clause) implements Part {}

  /** An unnumbered paragraph. */
  public record TextPart(Block.Text text) implements Part {}

  /**
   * A category's subsection: its description is clause {@link #descriptionNumber()}, its clauses
   * and paragraphs follow.
   */
  public record CategoryPart(String number, Category category, List<Part> parts) implements Part {
    public String descriptionNumber() {
      return number + ".1";
    }
  }

  /** A technology's subsection and its parts. */
  public record TechnologyPart(String number, Technology technology, List<Part> parts)
      implements Part {}

  /** A generated clause: a provider's notice or opt-out. */
  public record ProviderClause(String number, Provider provider, Block.GeneratedClauses what)
      implements Part {}

  /** The generated contact details: not numbered. */
  public record ContactPart() implements Part {}

  private final List<SectionPart> sections;
  private final Map<String, String> numbers;

  private Outline(List<SectionPart> sections, Map<String, String> numbers) {
    this.sections = List.copyOf(sections);
    this.numbers = Collections.unmodifiableMap(numbers);
  }

  public static Outline of(Registry registry) {
    Walk walk = new Walk(registry);
    List<SectionPart> sections = new ArrayList<>();
    int n = 0;
    for (Section s : registry.sections()) {
      String number = String.valueOf(++n);
      walk.name(s.id(), number);
      sections.add(new SectionPart(number, s, walk.parts(s.content(), number)));
    }
    return new Outline(sections, walk.numbers);
  }

  /** The top-level sections, numbered 1, 2, …, each with its parts. */
  public List<SectionPart> sections() {
    return sections;
  }

  /** The number of a section, category, technology or clause id, if it has one. */
  public Optional<String> number(String id) {
    return Optional.ofNullable(numbers.get(id));
  }

  /** Every numbered id with its number, in document order. */
  public Map<String, String> numbers() {
    return numbers;
  }

  /** One numbering of a registry: the parts of each container, and the number of each id. */
  private static final class Walk {
    private final Registry registry;
    private final Map<String, String> numbers = new LinkedHashMap<>();

    Walk(Registry registry) {
      this.registry = registry;
    }

    void name(String id, String number) {
      if (id != null) numbers.putIfAbsent(id, number);
    }

    List<Part> parts(List<Block> blocks, String parent) {
      List<Part> parts = new ArrayList<>();
      int k = 0;
      for (Block b : blocks) {
        if (b instanceof Block.Clause c) {
          parts.add(clause(c, parent + "." + ++k));
        } else if (b instanceof Block.Text t) {
          parts.add(new TextPart(t));
        } else if (b instanceof Block.Subsection s) {
          String number = parent + "." + ++k;
          name(s.section().id(), number);
          parts.add(new SectionPart(number, s.section(), parts(s.section().content(), number)));
        } else if (b instanceof Block.CategoryRef ref) {
          String number = parent + "." + ++k;
          name(ref.category(), number);
          registry
              .category(ref.category())
              .ifPresent(c -> parts.add(new CategoryPart(number, c, categoryParts(c, number))));
        } else if (b instanceof Block.TechnologyRef ref) {
          String number = parent + "." + ++k;
          name(ref.technology(), number);
          registry
              .technology(ref.technology())
              .ifPresent(t -> parts.add(new TechnologyPart(number, t, parts(t.clauses(), number))));
        } else if (b instanceof Block.Generated g) {
          for (Provider p : generated(g.what())) {
            parts.add(new ProviderClause(parent + "." + ++k, p, g.what()));
          }
          if (g.what() == Block.GeneratedClauses.CONTACT) parts.add(new ContactPart());
        }
      }
      return parts;
    }

    private ClausePart clause(Block.Clause c, String number) {
      name(c.id(), number);
      return new ClausePart(number, c);
    }

    /** A category's clauses and paragraphs: its description is clause 1, so they count from 2. */
    private List<Part> categoryParts(Category category, String parent) {
      List<Part> parts = new ArrayList<>();
      int k = 1;
      for (Block b : category.clauses()) {
        if (b instanceof Block.Clause c) {
          parts.add(clause(c, parent + "." + ++k));
        } else if (b instanceof Block.Text t) {
          parts.add(new TextPart(t));
        }
      }
      return parts;
    }

    /** The providers a block of generated clauses writes a clause for, in registry order. */
    private List<Provider> generated(Block.GeneratedClauses what) {
      return switch (what) {
        case PROVIDER_NOTICES ->
            registry.providers().stream().filter(p -> p.notice() != null).toList();
        case OPT_OUTS -> registry.providers().stream().filter(p -> p.optOut() != null).toList();
        case CONTACT -> List.of();
      };
    }
  }
}
