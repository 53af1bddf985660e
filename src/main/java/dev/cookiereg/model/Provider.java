package dev.cookiereg.model;

import java.util.List;
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
 * @param sellsOrShares whether the registry declares that data collected through this provider is
 *     sold or shared for cross-context behavioural advertising (CCPA/CPRA, Cal. Civ. Code
 *     §1798.140(ah)); null when it says nothing
 * @param accepted the compliance findings the registry accepts for this provider, each with a
 *     reason
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
    String renamedFrom,
    Boolean sellsOrShares,
    List<Acceptance> accepted) {

  /** A provider that states nothing of sale or sharing and accepts no compliance finding. */
  public Provider(
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
    this(
        id,
        name,
        shortName,
        productName,
        party,
        selfHosted,
        host,
        processing,
        description,
        privacyUrl,
        thirdParty,
        notice,
        optOut,
        honoursDoNotTrack,
        honoursGlobalPrivacyControl,
        sessionRecording,
        undeclaredCookiesCategory,
        renamedFrom,
        null,
        List.of());
  }

  public Provider {
    Ids.require(id);
    shortName = shortName == null ? name : shortName;
    productName = productName == null ? name : productName;
    processing = processing == null ? Processing.UNSTATED : processing;
    accepted = accepted == null ? List.of() : List.copyOf(accepted);
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

  /**
   * Where and by whom the provider processes data; every field may be unstated.
   *
   * @param location where the data is processed: an ISO 3166 code or a region code ({@code US},
   *     {@code EEA})
   * @param safeguard what makes a transfer outside the EEA and the UK lawful (GDPR Arts. 44-49):
   *     {@code adequacy}, {@code dpf}, {@code scc}, {@code bcr} or {@code derogation}; null when
   *     unstated
   */
  public record Processing(String location, String processor, String statement, String safeguard) {
    public static final Processing UNSTATED = new Processing(null, null, null, null);

    /** Processing with no safeguard stated. */
    public Processing(String location, String processor, String statement) {
      this(location, processor, statement, null);
    }
  }

  /** The provider's row in the third-party table. */
  public record ThirdPartyListing(String purpose, String privacyNote) {}

  /** How to opt out of the provider: a title, a link and the policy's words. */
  public record OptOut(String title, String url, String text) {}
}
