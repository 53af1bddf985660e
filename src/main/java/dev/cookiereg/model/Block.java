package dev.cookiereg.model;

import java.util.List;

/** One piece of a section's content, in order. */
public sealed interface Block {

  /**
   * A numbered clause (1.1, 2.3.4): Markdown, optionally followed by a list or a table.
   *
   * @param id optional, to cross-reference the clause
   * @param items an inline list under the clause
   * @param list a generated list under the clause, or null
   * @param lettered list items are shown as (a), (b), …
   * @param table a generated table under the clause, or null
   */
  record Clause(
      String id,
      String text,
      List<String> items,
      GeneratedList list,
      boolean lettered,
      GeneratedTable table)
      implements Block {
    public Clause {
      items = List.copyOf(items);
    }
  }

  /** An unnumbered paragraph. */
  record Text(String text) implements Block {}

  /** A numbered subsection. */
  record Subsection(Section section) implements Block {}

  /** The generated subsection of a category: description, clauses, cookie table, notes. */
  record CategoryRef(String category) implements Block {}

  /** The generated subsection of a technology. */
  record TechnologyRef(String technology) implements Block {}

  /** Generated clauses. */
  record Generated(GeneratedClauses what) implements Block {}

  /** Lists generated from registry data. */
  enum GeneratedList {
    PROVIDERS,
    RELATED_DOCUMENTS,
    CONSENT_FEATURES,
    NOTICE_METHODS,
    BROWSERS;

    public String yaml() {
      return Yaml.name(this);
    }
  }

  /** Tables generated from registry data. */
  enum GeneratedTable {
    /** Every provider with a {@code thirdParty} entry. */
    THIRD_PARTIES,
    /** The category's cookie table, placed under this clause instead of after the clauses. */
    COOKIES;

    public String yaml() {
      return Yaml.name(this);
    }
  }

  /** Clause sequences generated from registry data. */
  enum GeneratedClauses {
    PROVIDER_NOTICES,
    OPT_OUTS,
    CONTACT;

    public String yaml() {
      return Yaml.name(this);
    }
  }
}
