package dev.cookiereg.model;

import java.util.List;

/** A numbered section of the policy; its number is computed from its place, never written. */
public record Section(String id, String title, List<Block> content) {
  public Section {
    Ids.require(id);
    content = List.copyOf(content);
  }
}
