package dev.cookiereg.diff;

import java.util.Locale;

/** What a change does to consent already given. */
public enum ConsentImpact {
  /** Nothing: existing consent still covers what runs. */
  NONE("none"),
  /** The affected category must be asked again. */
  CATEGORY("re-ask the category"),
  /** Every visitor must be asked again (the banner's revision changes). */
  ALL("re-ask everyone"),
  /** Newly consent-based: stays off until the visitor agrees. */
  ASK("ask before use"),
  /** The result cannot be valid consent at all. */
  INVALID("invalid");

  private final String words;

  ConsentImpact(String words) {
    this.words = words;
  }

  public String words() {
    return words;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
