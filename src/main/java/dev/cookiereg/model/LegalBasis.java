package dev.cookiereg.model;

/** The lawful ground for storing or reading information on a device. */
public enum LegalBasis {
  CONSENT,
  STRICTLY_NECESSARY,
  LEGITIMATE_INTEREST,
  CONTRACT,
  LEGAL_OBLIGATION;

  public String yaml() {
    return Yaml.name(this);
  }
}
