package dev.cookiereg.diff;

import static dev.cookiereg.diff.ConsentImpact.ALL;
import static dev.cookiereg.diff.ConsentImpact.ASK;
import static dev.cookiereg.diff.ConsentImpact.CATEGORY;
import static dev.cookiereg.diff.ConsentImpact.INVALID;
import static dev.cookiereg.diff.ConsentImpact.NONE;
import static dev.cookiereg.diff.Level.EDITORIAL;
import static dev.cookiereg.diff.Level.MATERIAL;
import static dev.cookiereg.diff.Level.NOTABLE;
import static dev.cookiereg.diff.Notice.BANNER;
import static dev.cookiereg.diff.Notice.LOG;
import static dev.cookiereg.diff.Notice.PRIOR;

import java.util.List;
import java.util.Set;

/**
 * The change-rules table. Each rule's id is stable (reviewers and CI refer to it); its level,
 * consent impact and notice follow the rules table of the project's brief (after oasdiff's
 * checker), the EDPB consent guidelines (05/2020), WP260 and the policy's section 7.2. Every {@code
 * *-added} rule has a {@code *-removed} mirror (or a decreased/deactivated one). Whether a
 * release's version moved far enough is the release gate's rule {@code version-not-bumped} (see
 * ReleaseGate).
 */
public final class ChangeRules {
  private ChangeRules() {}

  private static ChangeRule rule(
      Class<?> emittedBy,
      String id,
      Level level,
      ConsentImpact consent,
      Set<Notice> notice,
      String message,
      String rationale) {
    return new ChangeRule(id, level, consent, notice, message, rationale, emittedBy);
  }

  public static final ChangeRule CATEGORY_ADDED =
      rule(
          CategoryComparison.class,
          "category-added",
          MATERIAL,
          ALL,
          Set.of(PRIOR, BANNER),
          "category '{subject}' added",
          "a new purpose needs its own consent; the policy (7.2) names new categories as material");
  public static final ChangeRule CATEGORY_REMOVED =
      rule(
          CategoryComparison.class,
          "category-removed",
          NOTABLE,
          NONE,
          Set.of(LOG),
          "category '{subject}' removed",
          "less processing; consent given for it simply lapses");
  public static final ChangeRule CATEGORY_MADE_NECESSARY =
      rule(
          CategoryComparison.class,
          "category-made-necessary",
          MATERIAL,
          NONE,
          Set.of(PRIOR),
          "category '{subject}' is now always on",
          "removes a choice visitors had; the strictly-necessary claim needs review");
  public static final ChangeRule CATEGORY_MADE_OPTIONAL =
      rule(
          CategoryComparison.class,
          "category-made-optional",
          NOTABLE,
          ASK,
          Set.of(BANNER),
          "category '{subject}' can now be refused",
          "more choice; the category stays off until a visitor agrees");
  public static final ChangeRule CATEGORY_DEFAULT_ON =
      rule(
          CategoryComparison.class,
          "category-default-on",
          MATERIAL,
          INVALID,
          Set.of(),
          "category '{subject}' is now on by default",
          "pre-ticked boxes are not consent (Planet49, C-673/17); check also rejects it");
  public static final ChangeRule CONSENT_REGIONS_NARROWED =
      rule(
          CategoryComparison.class,
          "consent-regions-narrowed",
          MATERIAL,
          NONE,
          Set.of(PRIOR),
          "category '{subject}' no longer asks for consent in {regions}",
          "visitors there lose the choice they had");
  public static final ChangeRule CONSENT_REGIONS_WIDENED =
      rule(
          CategoryComparison.class,
          "consent-regions-widened",
          NOTABLE,
          ASK,
          Set.of(BANNER),
          "category '{subject}' now asks for consent in {regions}",
          "more choice; the category stays off there until a visitor agrees");
  public static final ChangeRule CATEGORY_DEFAULT_OFF =
      rule(
          CategoryComparison.class,
          "category-default-off",
          EDITORIAL,
          NONE,
          Set.of(LOG),
          "category '{subject}' is now off by default",
          "restores the lawful default");
  public static final ChangeRule PURPOSE_TEXT_CHANGED =
      rule(
          ProseComparison.class,
          "purpose-text-changed",
          NOTABLE,
          NONE,
          Set.of(LOG),
          "the {what} of {kind} '{subject}' changed",
          "a reworded purpose may change what visitors agreed to: a human must review it");
  public static final ChangeRule COOKIE_ADDED =
      rule(
          CookieComparison.class,
          "cookie-added",
          MATERIAL,
          CATEGORY,
          Set.of(BANNER),
          "cookie '{subject}' added to category '{category}'",
          "consent given to a category does not cover a tracker it did not list");
  public static final ChangeRule COOKIE_REMOVED =
      rule(
          CookieComparison.class,
          "cookie-removed",
          EDITORIAL,
          NONE,
          Set.of(LOG),
          "cookie '{subject}' removed from category '{category}'",
          "less storage on the device");
  public static final ChangeRule COOKIE_MOVED_CATEGORY =
      rule(
          CookieComparison.class,
          "cookie-moved-category",
          MATERIAL,
          CATEGORY,
          Set.of(BANNER),
          "cookie '{subject}' moved from category '{from}' to '{to}'",
          "consent to the target category did not cover this cookie");
  public static final ChangeRule COOKIE_PROVIDER_CHANGED =
      rule(
          FactComparison.class,
          "cookie-provider-changed",
          MATERIAL,
          CATEGORY,
          Set.of(PRIOR, BANNER),
          "{kind} '{subject}' now belongs to provider '{to}' instead of '{from}'",
          "every controller relying on consent must be named (EDPB 05/2020 ¶65)");
  public static final ChangeRule COOKIE_RENAMED =
      rule(
          CookieComparison.class,
          "cookie-renamed",
          NOTABLE,
          NONE,
          Set.of(LOG),
          "cookie '{from}' renamed to '{subject}'",
          "the same storage under a new name; banners must clear the new name");
  public static final ChangeRule ID_RENAMED =
      rule(
          FactComparison.class,
          "id-renamed",
          EDITORIAL,
          NONE,
          Set.of(LOG),
          "{kind} '{from}' is now called '{subject}' in the registry",
          "an id only names the entry and its anchor");
  public static final ChangeRule COOKIE_PATTERN_CHANGED =
      rule(
          CookieComparison.class,
          "cookie-pattern-changed",
          NOTABLE,
          NONE,
          Set.of(LOG),
          "cookie '{subject}' now matches '{to}' instead of '{from}'",
          "a wider pattern may cover more storage");
  public static final ChangeRule RETENTION_INCREASED =
      rule(
          CookieComparison.class,
          "retention-increased",
          MATERIAL,
          CATEGORY,
          Set.of(BANNER),
          "cookie '{subject}' now lasts {to} instead of {from}",
          "duration is part of the information consent rests on (Planet49)");
  public static final ChangeRule RETENTION_DECREASED =
      rule(
          CookieComparison.class,
          "retention-decreased",
          EDITORIAL,
          NONE,
          Set.of(LOG),
          "cookie '{subject}' now lasts {to} instead of {from}",
          "shorter storage needs no new consent");
  public static final ChangeRule PROVIDER_ADDED =
      rule(
          ProviderComparison.class,
          "provider-added",
          MATERIAL,
          CATEGORY,
          Set.of(PRIOR, BANNER),
          "provider '{subject}' added",
          "a new recipient must be named before consent (EDPB 05/2020 ¶64-65)");
  public static final ChangeRule PROVIDER_REMOVED =
      rule(
          ProviderComparison.class,
          "provider-removed",
          NOTABLE,
          NONE,
          Set.of(LOG),
          "provider '{subject}' removed",
          "fewer recipients");
  public static final ChangeRule PROVIDER_TRANSFER_THIRD_COUNTRY =
      rule(
          ProviderComparison.class,
          "provider-transfer-third-country",
          MATERIAL,
          NONE,
          Set.of(PRIOR),
          "provider '{subject}' now processes data in {to} (was {from})",
          "a new third-country transfer needs notice well in advance (WP260 ¶30)");
  public static final ChangeRule PROVIDER_LOCATION_CHANGED =
      rule(
          ProviderComparison.class,
          "provider-location-changed",
          NOTABLE,
          NONE,
          Set.of(LOG),
          "provider '{subject}' processing location changed from {from} to {to}",
          "a move within the EEA or to an adequate country");
  public static final ChangeRule PROVIDER_ENTITY_CHANGED =
      rule(
          ProviderComparison.class,
          "provider-entity-changed",
          NOTABLE,
          NONE,
          Set.of(PRIOR),
          "provider '{subject}' is now named '{to}' (was '{from}')",
          "a new legal name may mean a new controller: a human must review it");
  public static final ChangeRule PROVIDER_PRIVACY_LINK_CHANGED =
      rule(
          ProviderComparison.class,
          "provider-privacy-link-changed",
          EDITORIAL,
          NONE,
          Set.of(LOG),
          "provider '{subject}' privacy policy link changed",
          "where to read more moved");
  public static final ChangeRule SESSION_RECORDING_STARTED =
      rule(
          ProviderComparison.class,
          "session-recording-started",
          MATERIAL,
          CATEGORY,
          Set.of(PRIOR, BANNER),
          "provider '{subject}' now records browsing sessions",
          "session replay is a new, intrusive processing of the visitor's behaviour");
  public static final ChangeRule SESSION_RECORDING_STOPPED =
      rule(
          ProviderComparison.class,
          "session-recording-stopped",
          EDITORIAL,
          NONE,
          Set.of(LOG),
          "provider '{subject}' no longer records browsing sessions",
          "less processing");
  public static final ChangeRule TECHNOLOGY_ADDED_ACTIVE =
      rule(
          TechnologyComparison.class,
          "technology-added-active",
          MATERIAL,
          CATEGORY,
          Set.of(PRIOR, BANNER),
          "technology '{subject}' added, active",
          "a new tracker running now; the policy (7.2) names new tracking as material");
  public static final ChangeRule TECHNOLOGY_ADDED_INACTIVE =
      rule(
          TechnologyComparison.class,
          "technology-added-inactive",
          NOTABLE,
          NONE,
          Set.of(LOG),
          "technology '{subject}' declared ({status}), not yet active",
          "announced before it runs; activating it later is material");
  public static final ChangeRule TECHNOLOGY_REMOVED =
      rule(
          TechnologyComparison.class,
          "technology-removed",
          NOTABLE,
          NONE,
          Set.of(LOG),
          "technology '{subject}' removed",
          "less tracking");
  public static final ChangeRule TECHNOLOGY_ACTIVATED =
      rule(
          TechnologyComparison.class,
          "technology-activated",
          MATERIAL,
          CATEGORY,
          Set.of(PRIOR, BANNER),
          "technology '{subject}' activated (was {from})",
          "the policy (7.2) names activating previously inactive tracking as material");
  public static final ChangeRule TECHNOLOGY_DEACTIVATED =
      rule(
          TechnologyComparison.class,
          "technology-deactivated",
          NOTABLE,
          NONE,
          Set.of(LOG),
          "technology '{subject}' is now {to} (was active)",
          "the tracker stops running");
  public static final ChangeRule TECHNOLOGY_ENABLED_BY_DEFAULT =
      rule(
          TechnologyComparison.class,
          "technology-enabled-by-default",
          MATERIAL,
          NONE,
          Set.of(PRIOR),
          "technology '{subject}' is now enabled by default",
          "on unless someone switches it off");
  public static final ChangeRule TECHNOLOGY_DISABLED_BY_DEFAULT =
      rule(
          TechnologyComparison.class,
          "technology-disabled-by-default",
          EDITORIAL,
          NONE,
          Set.of(LOG),
          "technology '{subject}' is now disabled by default",
          "off unless someone switches it on");
  public static final ChangeRule TECHNOLOGY_MOVED_CATEGORY =
      rule(
          TechnologyComparison.class,
          "technology-moved-category",
          MATERIAL,
          CATEGORY,
          Set.of(BANNER),
          "technology '{subject}' moved from category '{from}' to '{to}'",
          "consent to the target category did not cover it");
  public static final ChangeRule LEGAL_BASIS_CONSENT_TO_LEGITIMATE_INTEREST =
      rule(
          FactComparison.class,
          "legal-basis-consent-to-legitimate-interest",
          MATERIAL,
          INVALID,
          Set.of(PRIOR),
          "{kind} '{subject}' moved from consent to legitimate interest",
          "a controller cannot swap consent for another basis (EDPB 05/2020 ¶123); ePrivacy 5(3) has no such ground");
  public static final ChangeRule LEGAL_BASIS_LEGITIMATE_INTEREST_TO_CONSENT =
      rule(
          FactComparison.class,
          "legal-basis-legitimate-interest-to-consent",
          MATERIAL,
          ASK,
          Set.of(BANNER),
          "{kind} '{subject}' moved from legitimate interest to consent",
          "now off until the visitor agrees");
  public static final ChangeRule LEGAL_BASIS_CHANGED =
      rule(
          FactComparison.class,
          "legal-basis-changed",
          NOTABLE,
          NONE,
          Set.of(LOG),
          "{kind} '{subject}' legal basis changed from {from} to {to}",
          "a human must review the new ground");
  public static final ChangeRule OPT_OUT_REMOVED =
      rule(
          ProviderComparison.class,
          "opt-out-removed",
          MATERIAL,
          NONE,
          Set.of(PRIOR),
          "provider '{subject}' no longer offers an opt-out",
          "visitors lose a way to object");
  public static final ChangeRule OPT_OUT_ADDED =
      rule(
          ProviderComparison.class,
          "opt-out-added",
          EDITORIAL,
          NONE,
          Set.of(LOG),
          "provider '{subject}' now offers an opt-out",
          "one more way to object");
  public static final ChangeRule OPT_OUT_LINK_CHANGED =
      rule(
          ProviderComparison.class,
          "opt-out-link-changed",
          NOTABLE,
          NONE,
          Set.of(LOG),
          "provider '{subject}' opt-out link or title changed",
          "the route to object moved: check it still works");
  public static final ChangeRule DNT_OR_GPC_WEAKENED =
      rule(
          ProviderComparison.class,
          "dnt-or-gpc-weakened",
          MATERIAL,
          NONE,
          Set.of(PRIOR),
          "provider '{subject}' no longer honours {signal}",
          "visitors relying on the signal will be tracked");
  public static final ChangeRule DNT_OR_GPC_STRENGTHENED =
      rule(
          ProviderComparison.class,
          "dnt-or-gpc-strengthened",
          NOTABLE,
          NONE,
          Set.of(LOG),
          "provider '{subject}' now honours {signal}",
          "more respect for browser signals");
  public static final ChangeRule DETAILS_CHANGED =
      rule(
          FactComparison.class,
          "details-changed",
          NOTABLE,
          NONE,
          Set.of(LOG),
          "the {what} of {kind} '{subject}' changed from {from} to {to}",
          "a fact the banners, the manifest or the device-storage disclosure publish: a human must review it");
  public static final ChangeRule POLICY_TEXT_CHANGED =
      rule(
          ProseComparison.class,
          "policy-text-changed",
          NOTABLE,
          NONE,
          Set.of(LOG),
          "the wording of {kind} '{subject}' changed",
          "prose may change what visitors were told: a human must review");
  public static final ChangeRule TEXT_EDITORIAL =
      rule(
          ProseComparison.class,
          "text-editorial",
          EDITORIAL,
          NONE,
          Set.of(LOG),
          "{kind} '{subject}': punctuation, spacing or capitalisation changed",
          "no change of meaning");

  /** Every change rule, in the order they are documented. */
  public static final List<ChangeRule> ALL_RULES =
      List.of(
          CATEGORY_ADDED,
          CATEGORY_REMOVED,
          CATEGORY_MADE_NECESSARY,
          CATEGORY_MADE_OPTIONAL,
          CATEGORY_DEFAULT_ON,
          CATEGORY_DEFAULT_OFF,
          CONSENT_REGIONS_NARROWED,
          CONSENT_REGIONS_WIDENED,
          PURPOSE_TEXT_CHANGED,
          COOKIE_ADDED,
          COOKIE_REMOVED,
          COOKIE_MOVED_CATEGORY,
          COOKIE_PROVIDER_CHANGED,
          COOKIE_RENAMED,
          ID_RENAMED,
          COOKIE_PATTERN_CHANGED,
          RETENTION_INCREASED,
          RETENTION_DECREASED,
          PROVIDER_ADDED,
          PROVIDER_REMOVED,
          PROVIDER_TRANSFER_THIRD_COUNTRY,
          PROVIDER_LOCATION_CHANGED,
          PROVIDER_ENTITY_CHANGED,
          PROVIDER_PRIVACY_LINK_CHANGED,
          SESSION_RECORDING_STARTED,
          SESSION_RECORDING_STOPPED,
          TECHNOLOGY_ADDED_ACTIVE,
          TECHNOLOGY_ADDED_INACTIVE,
          TECHNOLOGY_REMOVED,
          TECHNOLOGY_ACTIVATED,
          TECHNOLOGY_DEACTIVATED,
          TECHNOLOGY_ENABLED_BY_DEFAULT,
          TECHNOLOGY_DISABLED_BY_DEFAULT,
          TECHNOLOGY_MOVED_CATEGORY,
          LEGAL_BASIS_CONSENT_TO_LEGITIMATE_INTEREST,
          LEGAL_BASIS_LEGITIMATE_INTEREST_TO_CONSENT,
          LEGAL_BASIS_CHANGED,
          OPT_OUT_REMOVED,
          OPT_OUT_ADDED,
          OPT_OUT_LINK_CHANGED,
          DNT_OR_GPC_WEAKENED,
          DNT_OR_GPC_STRENGTHENED,
          DETAILS_CHANGED,
          POLICY_TEXT_CHANGED,
          TEXT_EDITORIAL);
}
