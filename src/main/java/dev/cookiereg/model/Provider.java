package dev.cookiereg.model;

import java.util.Optional;

/**
 * A party whose cookies or technologies the service uses: Aktok itself, a self-hosted tool, or a
 * third party.
 *
 * @param shortName the name in running text and lists (defaults to name)
 * @param productName the name in the category tool lists (defaults to name)
 * @param host where a self-hosted tool runs
 * @param description the provider's line in its category's tool list (Markdown)
 * @param thirdParty present when the provider is listed in the third-party table
 * @param notice a clause about the provider in the third-party section (Markdown)
 * @param honoursDoNotTrack null when the policy says nothing about it
 * @param undeclaredCookiesCategory the category of cookies the provider sets that are not itemised,
 *     or null
 */
public record Provider(
    String id,
    String name,
    String shortName,
    String productName,
    Party party,
    boolean selfHosted,
    String host,
    Processing processing,
    String description,
    String privacyUrl,
    ThirdPartyListing thirdParty,
    String notice,
    OptOut optOut,
    Boolean honoursDoNotTrack,
    Boolean honoursGlobalPrivacyControl,
    boolean sessionRecording,
    String undeclaredCookiesCategory,
    String renamedFrom) {

  public Provider {
    Ids.require(id);
    shortName = shortName == null ? name : shortName;
    productName = productName == null ? name : productName;
    processing = processing == null ? Processing.UNSTATED : processing;
  }

  public Optional<OptOut> optOutRoute() {
    return Optional.ofNullable(optOut);
  }

  /** First or third party. */
  public enum Party {
    FIRST,
    THIRD;

    public String yaml() {
      return Yaml.name(this);
    }
  }

  /** Where and by whom the provider processes data; every field may be unstated. */
  public record Processing(String location, String processor, String statement) {
    public static final Processing UNSTATED = new Processing(null, null, null);
  }

  /** The provider's row in the third-party table. */
  public record ThirdPartyListing(String purpose, String privacyNote) {}

  /** How to opt out of the provider: a title, a link and the policy's words. */
  public record OptOut(String title, String url, String text) {}
}
