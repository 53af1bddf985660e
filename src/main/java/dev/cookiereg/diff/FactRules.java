package dev.cookiereg.diff;

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

import java.util.Set;

/**
 * The change rules of facts every element kind shares: its id, its provider, its legal basis and
 * its other details. Rows of the change-rules table ({@link ChangeRules}).
 */
final class FactRules {
  private FactRules() {}

  public static final ChangeRule COOKIE_PROVIDER_CHANGED =
      ChangeRule.of(
          FactComparison.class,
          "cookie-provider-changed",
          MATERIAL,
          CATEGORY,
          Set.of(PRIOR, BANNER),
          "{kind} '{subject}' now belongs to provider '{to}' instead of '{from}'",
          "every controller relying on consent must be named (EDPB 05/2020 ¶65)");
  public static final ChangeRule ID_RENAMED =
      ChangeRule.of(
          FactComparison.class,
          "id-renamed",
          EDITORIAL,
          NONE,
          Set.of(LOG),
          "{kind} '{from}' is now called '{subject}' in the registry",
          "an id only names the entry and its anchor");
  public static final ChangeRule LEGAL_BASIS_CONSENT_TO_LEGITIMATE_INTEREST =
      ChangeRule.of(
          FactComparison.class,
          "legal-basis-consent-to-legitimate-interest",
          MATERIAL,
          INVALID,
          Set.of(PRIOR),
          "{kind} '{subject}' moved from consent to legitimate interest",
          "a controller cannot swap consent for another basis (EDPB 05/2020 ¶123); ePrivacy 5(3) has no such ground");
  public static final ChangeRule LEGAL_BASIS_LEGITIMATE_INTEREST_TO_CONSENT =
      ChangeRule.of(
          FactComparison.class,
          "legal-basis-legitimate-interest-to-consent",
          MATERIAL,
          ASK,
          Set.of(BANNER),
          "{kind} '{subject}' moved from legitimate interest to consent",
          "now off until the visitor agrees");
  public static final ChangeRule LEGAL_BASIS_CHANGED =
      ChangeRule.of(
          FactComparison.class,
          "legal-basis-changed",
          NOTABLE,
          NONE,
          Set.of(LOG),
          "{kind} '{subject}' legal basis changed from {from} to {to}",
          "a human must review the new ground");
  public static final ChangeRule DETAILS_CHANGED =
      ChangeRule.of(
          FactComparison.class,
          "details-changed",
          NOTABLE,
          NONE,
          Set.of(LOG),
          "the {what} of {kind} '{subject}' changed from {from} to {to}",
          "a fact the banners, the manifest or the device-storage disclosure publish: a human must review it");
  public static final ChangeRule POLICY_ADDRESS_CHANGED =
      ChangeRule.of(
          FactComparison.class,
          "policy-address-changed",
          EDITORIAL,
          NONE,
          Set.of(LOG),
          "the policy's published address changed from {from} to {to}",
          "where the policy is read, not what it says: banners, notices and the canonical link follow it");
  public static final ChangeRule ACCEPTED_FINDINGS_CHANGED =
      ChangeRule.of(
          FactComparison.class,
          "accepted-findings-changed",
          EDITORIAL,
          NONE,
          Set.of(LOG),
          "the compliance findings {kind} '{subject}' accepts changed from {from} to {to}",
          "a note for auditors and services on which rules were set aside, and why; nothing a"
              + " visitor is told changes");
  public static final ChangeRule GPC_PROMISE_WITHDRAWN =
      ChangeRule.of(
          FactComparison.class,
          "gpc-promise-withdrawn",
          MATERIAL,
          NONE,
          Set.of(PRIOR),
          "the policy no longer promises to honour Global Privacy Control for every provider",
          "visitors relying on the signal will have their data sold or shared (11 CCR §7025)");
  public static final ChangeRule GPC_PROMISE_MADE =
      ChangeRule.of(
          FactComparison.class,
          "gpc-promise-made",
          NOTABLE,
          NONE,
          Set.of(LOG),
          "the policy now promises to honour Global Privacy Control for every provider",
          "more respect for browser signals");
}
