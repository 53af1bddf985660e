package dev.cookiereg.model;

import java.util.List;

/**
 * A consent category (essential, functional, analytics, marketing): what the banner offers and the
 * policy explains.
 *
 * @param required always on; the visitor cannot refuse it
 * @param defaultEnabled on before the visitor chooses (never for a non-required category)
 * @param consentRequiredIn regions where consent is required, e.g. EEA, UK, OTHER-OPT-IN
 * @param consentMode the Google Consent Mode v2 storage types the category governs
 * @param clauses further numbered clauses after the description
 * @param notes unnumbered paragraphs after the cookie table
 * @param accepted the compliance findings the registry accepts for this category, each with a
 *     reason
 */
public record Category(
    String id,
    String title,
    String description,
    LegalBasis legalBasis,
    String legalBasisStatement,
    boolean required,
    boolean defaultEnabled,
    List<String> consentRequiredIn,
    List<String> consentMode,
    List<Block> clauses,
    List<String> notes,
    List<Acceptance> accepted) {

  /** A category that accepts no compliance finding. */
  public Category(
      String id,
      String title,
      String description,
      LegalBasis legalBasis,
      String legalBasisStatement,
      boolean required,
      boolean defaultEnabled,
      List<String> consentRequiredIn,
      List<String> consentMode,
      List<Block> clauses,
      List<String> notes) {
    this(
        id,
        title,
        description,
        legalBasis,
        legalBasisStatement,
        required,
        defaultEnabled,
        consentRequiredIn,
        consentMode,
        clauses,
        notes,
        List.of());
  }

  public Category {
    Ids.require(id);
    consentRequiredIn = List.copyOf(consentRequiredIn);
    consentMode = List.copyOf(consentMode);
    clauses = List.copyOf(clauses);
    notes = List.copyOf(notes);
    accepted = accepted == null ? List.of() : List.copyOf(accepted);
  }
}
