package dev.cookiereg.model;

/**
 * A named entry of a short list: a related document, a notice method, a consent-platform feature.
 *
 * @param text the entry's words (Markdown), or its title
 * @param url an optional https or mailto link
 */
public record Item(String id, String text, String url) {
  public Item {
    Ids.require(id);
  }
}
