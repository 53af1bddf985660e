package dev.cookiereg.render;

import dev.cookiereg.model.Item;
import dev.cookiereg.model.Registry;
import dev.cookiereg.prose.Outline;
import dev.cookiereg.prose.Prose;
import java.util.Optional;

/**
 * The text of a cross-reference {@code [[id]]}, for the page and the machine outputs alike:
 * "Section 5.1" for a numbered id, or a related document's title.
 */
final class CrossReferences {
  private CrossReferences() {}

  /**
   * The reference as Markdown, or empty when {@code id} names neither a numbered element nor a
   * related document.
   *
   * @param sectionHref what a section's link points into ({@code ""} for the same page), or null
   *     for no link
   * @param linkDocuments whether a related document with a url is linked
   */
  static Optional<String> markdown(
      Registry registry, Outline outline, String id, String sectionHref, boolean linkDocuments) {
    return markdown(registry, outline, id, sectionHref, linkDocuments, "Section");
  }

  /** As above, with {@code section} for the word "Section" ("section" in French running text). */
  static Optional<String> markdown(
      Registry registry,
      Outline outline,
      String id,
      String sectionHref,
      boolean linkDocuments,
      String section) {
    Optional<String> number = outline.number(id);
    if (number.isPresent()) {
      String text = section + " " + number.get();
      return Optional.of(
          sectionHref == null ? text : "[" + text + "](" + sectionHref + "#" + id + ")");
    }
    return registry.policy().relatedDocuments().stream()
        .filter(d -> d.id().equals(id))
        .findFirst()
        .map(d -> document(d, linkDocuments));
  }

  /** A related document: its title, linked when it has a url and links are wanted. */
  static String document(Item doc, boolean link) {
    return link && doc.url() != null
        ? "[" + Prose.escape(doc.text()) + "](" + Prose.destination(doc.url()) + ")"
        : Prose.escape(doc.text());
  }
}
