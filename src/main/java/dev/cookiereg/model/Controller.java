package dev.cookiereg.model;

import java.util.List;
import java.util.Objects;

/** The company responsible for the policy, as named in it and in its contact block. */
public record Controller(
    String name, String shortName, String incorporation, List<String> address, String email) {
  public Controller {
    Objects.requireNonNull(name, "name");
    address = List.copyOf(address);
    shortName = shortName == null ? name : shortName;
  }
}
