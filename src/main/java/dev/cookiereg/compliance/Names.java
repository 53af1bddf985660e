package dev.cookiereg.compliance;

import dev.cookiereg.model.Cookie;

/** How a finding names an entry. */
final class Names {
  private Names() {}

  /** A cookie by the name the page prints, else its id. */
  static String of(Cookie c) {
    return c.name() != null ? c.name() : c.id();
  }
}
