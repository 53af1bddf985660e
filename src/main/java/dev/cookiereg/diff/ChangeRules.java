package dev.cookiereg.diff;

import java.util.List;

/**
 * The change-rules table, in one part per kind of element beside the comparison that emits its rows
 * ({@code CategoryRules}, {@code CookieRules}, {@code ProviderRules}, {@code TechnologyRules},
 * {@code FactRules}, {@code ProseRules}, {@code TranslationRules}); {@link #ALL_RULES} lists them
 * in documented order. Each rule's id is stable (reviewers and CI refer to it); its level, consent
 * impact and notice follow the rules table of the project's brief (after oasdiff's checker), the
 * EDPB consent guidelines (05/2020), WP260 and the policy's section 7.2. Every {@code *-added} rule
 * has a {@code *-removed} mirror (or a decreased/deactivated one). Whether a release's version
 * moved far enough is the release gate's rule {@code version-not-bumped} (see ReleaseGate).
 */
public final class ChangeRules {
  private ChangeRules() {}

  /** Every change rule, in the order they are documented. */
  public static final List<ChangeRule> ALL_RULES =
      List.of(
          CategoryRules.CATEGORY_ADDED,
          CategoryRules.CATEGORY_REMOVED,
          CategoryRules.CATEGORY_MADE_NECESSARY,
          CategoryRules.CATEGORY_MADE_OPTIONAL,
          CategoryRules.CATEGORY_DEFAULT_ON,
          CategoryRules.CATEGORY_DEFAULT_OFF,
          CategoryRules.CONSENT_REGIONS_NARROWED,
          CategoryRules.CONSENT_REGIONS_WIDENED,
          ProseRules.PURPOSE_TEXT_CHANGED,
          CookieRules.COOKIE_ADDED,
          CookieRules.COOKIE_REMOVED,
          CookieRules.COOKIE_MOVED_CATEGORY,
          FactRules.COOKIE_PROVIDER_CHANGED,
          CookieRules.COOKIE_RENAMED,
          FactRules.ID_RENAMED,
          CookieRules.COOKIE_PATTERN_CHANGED,
          CookieRules.COOKIE_MATCHING_CHANGED,
          CookieRules.RETENTION_INCREASED,
          CookieRules.RETENTION_DECREASED,
          ProviderRules.PROVIDER_ADDED,
          ProviderRules.PROVIDER_REMOVED,
          ProviderRules.PROVIDER_TRANSFER_THIRD_COUNTRY,
          ProviderRules.PROVIDER_LOCATION_CHANGED,
          ProviderRules.PROVIDER_ENTITY_CHANGED,
          ProviderRules.PROVIDER_PRIVACY_LINK_CHANGED,
          ProviderRules.SESSION_RECORDING_STARTED,
          ProviderRules.SESSION_RECORDING_STOPPED,
          TechnologyRules.TECHNOLOGY_ADDED_ACTIVE,
          TechnologyRules.TECHNOLOGY_ADDED_INACTIVE,
          TechnologyRules.TECHNOLOGY_REMOVED,
          TechnologyRules.TECHNOLOGY_ACTIVATED,
          TechnologyRules.TECHNOLOGY_DEACTIVATED,
          TechnologyRules.TECHNOLOGY_ENABLED_BY_DEFAULT,
          TechnologyRules.TECHNOLOGY_DISABLED_BY_DEFAULT,
          TechnologyRules.TECHNOLOGY_MOVED_CATEGORY,
          FactRules.LEGAL_BASIS_CONSENT_TO_LEGITIMATE_INTEREST,
          FactRules.LEGAL_BASIS_LEGITIMATE_INTEREST_TO_CONSENT,
          FactRules.LEGAL_BASIS_CHANGED,
          ProviderRules.OPT_OUT_REMOVED,
          ProviderRules.OPT_OUT_ADDED,
          ProviderRules.OPT_OUT_LINK_CHANGED,
          ProviderRules.DNT_OR_GPC_WEAKENED,
          ProviderRules.DNT_OR_GPC_STRENGTHENED,
          ProviderRules.SALE_OR_SHARING_STARTED,
          ProviderRules.SALE_OR_SHARING_STOPPED,
          FactRules.GPC_PROMISE_WITHDRAWN,
          FactRules.GPC_PROMISE_MADE,
          FactRules.DETAILS_CHANGED,
          FactRules.POLICY_ADDRESS_CHANGED,
          FactRules.ACCEPTED_FINDINGS_CHANGED,
          ProseRules.POLICY_TEXT_CHANGED,
          ProseRules.TEXT_EDITORIAL,
          TranslationRules.LANGUAGE_ADDED,
          TranslationRules.LANGUAGE_REMOVED,
          TranslationRules.TRANSLATION_ADDED,
          TranslationRules.TRANSLATION_REMOVED,
          ProseRules.TRANSLATION_TEXT_CHANGED,
          ProseRules.TRANSLATION_EDITORIAL);
}
