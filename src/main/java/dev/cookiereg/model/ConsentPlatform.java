package dev.cookiereg.model;

import java.util.List;

/**
 * The consent management platform: its deployment status, the features the policy promises, the
 * banner library the site deploys and the regions its categories' {@code consentRequiredIn} names.
 *
 * @param library the banner library, or null when the registry does not say which
 * @param regions the groups of countries the registry defines (its top-level {@code regions})
 * @param honoursGlobalPrivacyControl the policy's promise that a Global Privacy Control signal is
 *     honoured as an opt-out of sale and sharing for every provider (true), or null when it makes
 *     none
 */
public record ConsentPlatform(
    Status status,
    String cookieSettingsLabel,
    boolean consentLog,
    List<Item> features,
    ConsentLibrary library,
    List<Region> regions,
    Boolean honoursGlobalPrivacyControl) {
  public static final String DEFAULT_SETTINGS_LABEL = "Cookie settings";

  /**
   * A registry that declares no consent platform: one is planned, with the default label and no
   * features.
   */
  public static ConsentPlatform undeclared() {
    return new ConsentPlatform(Status.PLANNED, null, false, List.of(), null, List.of(), null);
  }

  /** A platform that says nothing of Global Privacy Control. */
  public ConsentPlatform(
      Status status,
      String cookieSettingsLabel,
      boolean consentLog,
      List<Item> features,
      ConsentLibrary library,
      List<Region> regions) {
    this(status, cookieSettingsLabel, consentLog, features, library, regions, null);
  }

  public ConsentPlatform {
    features = List.copyOf(features);
    regions = List.copyOf(regions);
    cookieSettingsLabel =
        cookieSettingsLabel == null ? DEFAULT_SETTINGS_LABEL : cookieSettingsLabel;
  }

  /** The codes {@code consentRequiredIn} may name: built in, and the registry's own. */
  public Regions regionCodes() {
    return Regions.of(regions);
  }

  /** How far the platform is deployed. */
  public enum Status {
    PLANNED,
    IMPLEMENTING,
    ACTIVE,
    RETIRED;

    public String yaml() {
      return Yaml.name(this);
    }
  }
}
