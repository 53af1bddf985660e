package dev.cookiereg.model;

/** Invariants shared by every record that carries an id. */
final class Ids {
  private Ids() {}

  static String require(String id) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
    return id;
  }
}
