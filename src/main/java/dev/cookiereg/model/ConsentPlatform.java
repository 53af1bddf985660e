package dev.cookiereg.model;

import java.util.List;

/** The consent management platform: its deployment status and the features the policy promises. */
public record ConsentPlatform(
    Status status, String cookieSettingsLabel, boolean consentLog, List<Item> features) {
  public static final String DEFAULT_SETTINGS_LABEL = "Cookie settings";

  /**
   * A registry that declares no consent platform: one is planned, with the default label and no
   * features.
   */
  public static ConsentPlatform undeclared() {
    return new ConsentPlatform(Status.PLANNED, null, false, List.of());
  }

  public ConsentPlatform {
    features = List.copyOf(features);
    cookieSettingsLabel =
        cookieSettingsLabel == null ? DEFAULT_SETTINGS_LABEL : cookieSettingsLabel;
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
