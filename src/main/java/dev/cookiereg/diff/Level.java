package dev.cookiereg.diff;

import java.util.Locale;

/**
 * How much a change matters, from none to material; a release's verdict is the highest level of its
 * changes.
 */
public enum Level {
  /** Nothing changed. */
  NONE,
  /** Wording, order, corrections: ships at once, logged in the changelog. */
  EDITORIAL,
  /** A change a human should review: a minor version and a changelog entry. */
  NOTABLE,
  /** A change users must be told about and may need to consent to again: a major version. */
  MATERIAL;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
