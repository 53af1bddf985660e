package dev.cookiereg.diff;

import static dev.cookiereg.diff.ConsentImpact.CATEGORY;
import static dev.cookiereg.diff.ConsentImpact.NONE;
import static dev.cookiereg.diff.Level.EDITORIAL;
import static dev.cookiereg.diff.Level.MATERIAL;
import static dev.cookiereg.diff.Level.NOTABLE;
import static dev.cookiereg.diff.Notice.BANNER;
import static dev.cookiereg.diff.Notice.LOG;
import static dev.cookiereg.diff.Notice.PRIOR;

import java.util.Set;

/**
 * The change rules of providers: who they are, where data goes, their privacy and opt-out links,
 * session recording and browser signals. Rows of the change-rules table ({@link ChangeRules}).
 */
final class ProviderRules {
  private ProviderRules() {}

  public static final ChangeRule PROVIDER_ADDED =
      ChangeRule.of(
          ProviderComparison.class,
          "provider-added",
          MATERIAL,
          CATEGORY,
          Set.of(PRIOR, BANNER),
          "provider '{subject}' added",
          "a new recipient must be named before consent (EDPB 05/2020 ¶64-65)");
  public static final ChangeRule PROVIDER_REMOVED =
      ChangeRule.of(
          ProviderComparison.class,
          "provider-removed",
          NOTABLE,
          NONE,
          Set.of(LOG),
          "provider '{subject}' removed",
          "fewer recipients");
  public static final ChangeRule PROVIDER_TRANSFER_THIRD_COUNTRY =
      ChangeRule.of(
          ProviderComparison.class,
          "provider-transfer-third-country",
          MATERIAL,
          NONE,
          Set.of(PRIOR),
          "provider '{subject}' now processes data in {to} (was {from})",
          "a new third-country transfer needs notice well in advance (WP260 ¶30)");
  public static final ChangeRule PROVIDER_LOCATION_CHANGED =
      ChangeRule.of(
          ProviderComparison.class,
          "provider-location-changed",
          NOTABLE,
          NONE,
          Set.of(LOG),
          "provider '{subject}' processing location changed from {from} to {to}",
          "a move within the EEA or to an adequate country");
  public static final ChangeRule PROVIDER_ENTITY_CHANGED =
      ChangeRule.of(
          ProviderComparison.class,
          "provider-entity-changed",
          NOTABLE,
          NONE,
          Set.of(PRIOR),
          "provider '{subject}' is now named '{to}' (was '{from}')",
          "a new legal name may mean a new controller: a human must review it");
  public static final ChangeRule PROVIDER_PRIVACY_LINK_CHANGED =
      ChangeRule.of(
          ProviderComparison.class,
          "provider-privacy-link-changed",
          EDITORIAL,
          NONE,
          Set.of(LOG),
          "provider '{subject}' privacy policy link changed",
          "where to read more moved");
  public static final ChangeRule SESSION_RECORDING_STARTED =
      ChangeRule.of(
          ProviderComparison.class,
          "session-recording-started",
          MATERIAL,
          CATEGORY,
          Set.of(PRIOR, BANNER),
          "provider '{subject}' now records browsing sessions",
          "session replay is a new, intrusive processing of the visitor's behaviour");
  public static final ChangeRule SESSION_RECORDING_STOPPED =
      ChangeRule.of(
          ProviderComparison.class,
          "session-recording-stopped",
          EDITORIAL,
          NONE,
          Set.of(LOG),
          "provider '{subject}' no longer records browsing sessions",
          "less processing");
  public static final ChangeRule OPT_OUT_REMOVED =
      ChangeRule.of(
          ProviderComparison.class,
          "opt-out-removed",
          MATERIAL,
          NONE,
          Set.of(PRIOR),
          "provider '{subject}' no longer offers an opt-out",
          "visitors lose a way to object");
  public static final ChangeRule OPT_OUT_ADDED =
      ChangeRule.of(
          ProviderComparison.class,
          "opt-out-added",
          EDITORIAL,
          NONE,
          Set.of(LOG),
          "provider '{subject}' now offers an opt-out",
          "one more way to object");
  public static final ChangeRule OPT_OUT_LINK_CHANGED =
      ChangeRule.of(
          ProviderComparison.class,
          "opt-out-link-changed",
          NOTABLE,
          NONE,
          Set.of(LOG),
          "provider '{subject}' opt-out link or title changed",
          "the route to object moved: check it still works");
  public static final ChangeRule DNT_OR_GPC_WEAKENED =
      ChangeRule.of(
          ProviderComparison.class,
          "dnt-or-gpc-weakened",
          MATERIAL,
          NONE,
          Set.of(PRIOR),
          "provider '{subject}' no longer honours {signal}",
          "visitors relying on the signal will be tracked");
  public static final ChangeRule DNT_OR_GPC_STRENGTHENED =
      ChangeRule.of(
          ProviderComparison.class,
          "dnt-or-gpc-strengthened",
          NOTABLE,
          NONE,
          Set.of(LOG),
          "provider '{subject}' now honours {signal}",
          "more respect for browser signals");
  public static final ChangeRule SALE_OR_SHARING_STARTED =
      ChangeRule.of(
          ProviderComparison.class,
          "sale-or-sharing-started",
          MATERIAL,
          CATEGORY,
          Set.of(PRIOR, BANNER),
          "provider '{subject}' now sells or shares data for cross-context advertising",
          "a new purpose of processing: consent covers only the purposes stated (GDPR Art. 6(1)(a),"
              + " EDPB 05/2020 ¶56), and California requires notice and an opt-out before it"
              + " (Cal. Civ. Code §1798.120, §1798.135)");
  public static final ChangeRule SALE_OR_SHARING_STOPPED =
      ChangeRule.of(
          ProviderComparison.class,
          "sale-or-sharing-stopped",
          NOTABLE,
          NONE,
          Set.of(LOG),
          "provider '{subject}' no longer sells or shares data for cross-context advertising",
          "one purpose of processing fewer");
}
