package dev.cookiereg.render.html;

/** A view of one registry element, so a template error can say which element was being rendered. */
public interface Located {
  /** The element as an editor knows it: {@code category analytics}, {@code cookie _ga}. */
  String element();

  /** How deeply nested the element is on the page; the deepest element in scope is named. */
  int depth();
}
