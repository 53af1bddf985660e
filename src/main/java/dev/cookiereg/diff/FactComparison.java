package dev.cookiereg.diff;

import dev.cookiereg.model.Acceptance;
import dev.cookiereg.model.LegalBasis;
import dev.cookiereg.model.Provider;
import dev.cookiereg.model.Technology;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The facts several kinds of element share: published details, the legal basis, a renamed id and
 * the provider a cookie or technology belongs to.
 */
final class FactComparison {
  private FactComparison() {}

  /** A published fact other than those with rules of their own. */
  static void details(
      Changes out, String kind, String id, String at, String what, Object from, Object to) {
    if (Objects.equals(from, to)) return;
    out.add(
        FactRules.DETAILS_CHANGED,
        kind,
        id,
        at,
        Map.of("what", what, "from", describe(from), "to", describe(to)));
  }

  private static String describe(Object value) {
    if (value == null || value instanceof List<?> l && l.isEmpty()) return "none";
    if (value instanceof List<?> l)
      return l.stream().map(String::valueOf).collect(Collectors.joining(", "));
    if (value instanceof Provider.Party p) return p.yaml();
    if (value instanceof Technology.Kind k) return k.yaml();
    return String.valueOf(value);
  }

  /** Consent swapped for legitimate interest, or back, has a rule of its own. */
  static void legalBasis(
      Changes out, String kind, String id, String at, LegalBasis from, LegalBasis to) {
    if (from == to) return;
    Map<String, String> v = Map.of("from", from.yaml(), "to", to.yaml());
    if (from == LegalBasis.CONSENT && to == LegalBasis.LEGITIMATE_INTEREST) {
      out.add(FactRules.LEGAL_BASIS_CONSENT_TO_LEGITIMATE_INTEREST, kind, id, at, v);
    } else if (from == LegalBasis.LEGITIMATE_INTEREST && to == LegalBasis.CONSENT) {
      out.add(FactRules.LEGAL_BASIS_LEGITIMATE_INTEREST_TO_CONSENT, kind, id, at, v);
    } else {
      out.add(FactRules.LEGAL_BASIS_CHANGED, kind, id, at, v);
    }
  }

  /** An element continued under a new id through {@code renamedFrom}. */
  static void renamed(Changes out, String kind, String id, String at, String from) {
    out.add(FactRules.ID_RENAMED, kind, id, at, Map.of("from", from));
  }

  /**
   * A cookie or technology now set by another provider (a provider renamed since is the same one).
   * The rule keeps its id {@code cookie-provider-changed} for technologies too: reviews and CI
   * refer to it.
   */
  static void provider(
      Changes out, Matching matching, String kind, String id, String at, String from, String to) {
    if (matching.sameProvider(from, to)) return;
    out.add(FactRules.COOKIE_PROVIDER_CHANGED, kind, id, at, Map.of("from", from, "to", to));
  }

  /** Where the policy is published: a fact of its own, never part of its wording. */
  static void policyAddress(Changes out, String from, String to) {
    if (Objects.equals(from, to)) return;
    out.add(
        FactRules.POLICY_ADDRESS_CHANGED,
        "policy",
        "url",
        "/policy/url",
        Map.of("from", describe(from), "to", describe(to)));
  }

  /**
   * The compliance findings an entry accepts, by rule and reason: what services and auditors are
   * told was set aside, never what visitors are told.
   */
  static void accepted(
      Changes out, String kind, String id, String at, List<Acceptance> from, List<Acceptance> to) {
    if (from.equals(to)) return;
    out.add(
        FactRules.ACCEPTED_FINDINGS_CHANGED,
        kind,
        id,
        at,
        Map.of("from", rules(from), "to", rules(to)));
  }

  private static String rules(List<Acceptance> accepted) {
    return accepted.isEmpty()
        ? "none"
        : accepted.stream().map(Acceptance::rule).collect(Collectors.joining(", "));
  }

  /** The policy-wide promise to honour Global Privacy Control, given or withdrawn. */
  static void gpcPromise(Changes out, Boolean from, Boolean to) {
    boolean before = Boolean.TRUE.equals(from);
    boolean after = Boolean.TRUE.equals(to);
    if (before == after) return;
    out.add(
        before ? FactRules.GPC_PROMISE_WITHDRAWN : FactRules.GPC_PROMISE_MADE,
        "policy",
        "consent-platform",
        "/consentPlatform/honoursGlobalPrivacyControl");
  }
}
