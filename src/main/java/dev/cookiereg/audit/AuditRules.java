package dev.cookiereg.audit;

import dev.cookiereg.diagnostic.Severity;
import java.util.List;

/** The audit's rules: what evidence of the website can show the registry gets wrong. */
public final class AuditRules {
  private AuditRules() {}

  public static final AuditRule UNDECLARED_COOKIE =
      new AuditRule(
          "undeclared-cookie",
          Severity.ERROR,
          "a cookie seen that no registry cookie matches (the manifest's matching and precedence)",
          "ePrivacy Art. 5(3) and GDPR Art. 13: consent and notice must cover every cookie set");
  public static final AuditRule UNDECLARED_STORAGE =
      new AuditRule(
          "undeclared-storage",
          Severity.ERROR,
          "a local or session storage key that no technology's keys match",
          "ePrivacy Art. 5(3) covers any storage on the device (EDPB Guidelines 2/2023)");
  public static final AuditRule UNDECLARED_HOST =
      new AuditRule(
          "undeclared-host",
          Severity.WARNING,
          "a third-party host requested (neither the service's domain nor an audited page's host)"
              + " that no provider's host or cookie domain covers",
          "GDPR Art. 13(1)(e): recipients must be named; EDPB 2/2023: pixels and URL tracking are"
              + " in scope");
  public static final AuditRule SET_BEFORE_CONSENT =
      new AuditRule(
          "set-before-consent",
          Severity.ERROR,
          "in state none, a cookie of a category that needs consent",
          "ePrivacy Art. 5(3): consent before storing; the policy promises non-essential cookies"
              + " off by default");
  public static final AuditRule SET_AFTER_REJECT =
      new AuditRule(
          "set-after-reject",
          Severity.ERROR,
          "in state reject, a cookie of a category that needs consent",
          "ePrivacy Art. 5(3) and GDPR Art. 7: a refusal must be respected");
  public static final AuditRule OUTSIDE_GRANTED_CATEGORY =
      new AuditRule(
          "outside-granted-category",
          Severity.ERROR,
          "in a state with one category accepted, a cookie of another category that needs consent",
          "GDPR Art. 4(11) and 7: consent is specific; the policy promises granular category"
              + " controls");
  public static final AuditRule RETENTION_EXCEEDS_DECLARED =
      new AuditRule(
          "retention-exceeds-declared",
          Severity.WARNING,
          "a cookie set to live longer than declared (declared over 400 days counts as 400, the"
              + " browsers' cap; tolerance 1% of the declared lifetime, at least a minute and at"
              + " most a day)",
          "GDPR Art. 13(2)(a): the storage period stated must be true");
  public static final AuditRule SESSION_COOKIE_PERSISTS =
      new AuditRule(
          "session-cookie-persists",
          Severity.WARNING,
          "a cookie declared as a session cookie set with an expiry",
          "GDPR Art. 13(2)(a): the policy says it ends when the browser closes");
  public static final AuditRule GPC_IGNORED =
      new AuditRule(
          "gpc-ignored",
          Severity.ERROR,
          "in state gpc, a cookie of a provider the registry says honours Global Privacy Control,"
              + " or of a category the signal refuses",
          "the policy's promise to honour GPC; California 11 CCR §7025 (opt-out of sale/sharing)");
  public static final AuditRule DECLARED_NOT_OBSERVED =
      new AuditRule(
          "declared-not-observed",
          Severity.NOTE,
          "a declared cookie seen in none of the evidence given (maybe stale, maybe not reached)",
          "GDPR Art. 5(1)(d): the policy should stay accurate");

  /** Every rule, in the order reports list findings. */
  public static final List<AuditRule> ALL =
      List.of(
          UNDECLARED_COOKIE,
          UNDECLARED_STORAGE,
          UNDECLARED_HOST,
          SET_BEFORE_CONSENT,
          SET_AFTER_REJECT,
          OUTSIDE_GRANTED_CATEGORY,
          RETENTION_EXCEEDS_DECLARED,
          SESSION_COOKIE_PERSISTS,
          GPC_IGNORED,
          DECLARED_NOT_OBSERVED);
}
