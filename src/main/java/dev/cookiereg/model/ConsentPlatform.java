package dev.cookiereg.model;

import java.util.List;

/** The consent management platform: its deployment status and the features the policy promises. */
public record ConsentPlatform(Status status, String cookieSettingsLabel, boolean consentLog, List<Item> features) {
  public static final String DEFAULT_SETTINGS_LABEL = "Cookie settings";

  public ConsentPlatform {
    features = List.copyOf(features);
    cookieSettingsLabel = cookieSettingsLabel == null ? DEFAULT_SETTINGS_LABEL : cookieSettingsLabel;
  }

  /** How far the platform is deployed. */
  public enum Status {
    PLANNED, IMPLEMENTING, ACTIVE, RETIRED;

    public String yaml() {
      return Yaml.name(this);
    }
  }
}
