package dev.cookiereg.compliance;

import static dev.cookiereg.compliance.ComplianceRule.Subject.CATEGORY;
import static dev.cookiereg.compliance.ComplianceRule.Subject.COOKIE;
import static dev.cookiereg.compliance.ComplianceRule.Subject.PROVIDER;

import dev.cookiereg.diagnostic.Severity;
import dev.cookiereg.model.Acceptance;
import dev.cookiereg.model.IsoDuration;
import dev.cookiereg.model.Registry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The compliance rules, as one table: each row a rule with its figures — severity, the regions it
 * applies to, its limit, its source — and the small class that checks it. A regulator's new figure
 * is a row: an id, its regions, its limit and its source beside an existing check ({@link
 * CookieLifetime} for a lifetime cap). Thresholds live here and nowhere else.
 *
 * <p>Lifetimes are compared on the calendar, conservatively ({@link Lifetimes}): 13 months exactly
 * is within 13 months, 13 months and a day is over, and "about 6 months" is at most the longest six
 * calendar months, 184 days.
 */
public final class ComplianceRules {
  public static final ComplianceRule RETENTION_OVER_13_MONTHS =
      new ComplianceRule(
          "retention-over-13-months",
          Severity.WARNING,
          COOKIE,
          List.of("FR"),
          IsoDuration.parse("P13M"),
          "CNIL deliberation 2020-091, art. 5; CNIL deliberation 2020-092, art. 5",
          "a cookie of a category that asks consent in France (FR, EU, EEA or ALL) lasts at most 13"
              + " months, the CNIL's figure for audience measurement, not extended on new visits");
  public static final ComplianceRule LIFETIME_OVER_BROWSER_CAP =
      new ComplianceRule(
          "lifetime-over-browser-cap",
          Severity.WARNING,
          COOKIE,
          List.of("ALL"),
          IsoDuration.parse("P400D"),
          "draft-ietf-httpbis-rfc6265bis §5.5, the 400-day cap on Expires and Max-Age; Chromium 104",
          "a cookie's declared lifetime is at most 400 days, the most Chromium and Safari keep a"
              + " cookie: the page promises no more than the browser keeps");
  public static final ComplianceRule TRANSFER_SAFEGUARD_MISSING =
      new ComplianceRule(
          "transfer-safeguard-missing",
          Severity.WARNING,
          PROVIDER,
          List.of("EEA", "UK"),
          null,
          "GDPR Art. 13(1)(f), Arts. 44–49",
          "a third-party provider processing outside the EEA and the UK states its adequacy"
              + " decision or safeguard (processing.safeguard)");
  public static final ComplianceRule RECIPIENT_UNDISCLOSED =
      new ComplianceRule(
          "recipient-undisclosed",
          Severity.WARNING,
          PROVIDER,
          List.of("EEA", "UK"),
          null,
          "GDPR Art. 13(1)(e), (f)",
          "a third-party provider states its privacy-policy link (privacyUrl) and where it"
              + " processes data (processing.location)");
  public static final ComplianceRule ESSENTIAL_MISCLASSIFIED =
      new ComplianceRule(
          "essential-misclassified",
          Severity.WARNING,
          COOKIE,
          List.of("EEA"),
          null,
          "EDPB Cookie Banner Taskforce report, 17 Jan 2023, 'inaccurately classified essential"
              + " cookies'",
          "a cookie visitors cannot refuse is not one the Open Cookie Database knows only as"
              + " analytics or marketing");
  public static final ComplianceRule CONSENT_LIFETIME_OVER_6_MONTHS =
      new ComplianceRule(
          "consent-lifetime-over-6-months",
          Severity.WARNING,
          COOKIE,
          List.of("FR"),
          IsoDuration.parse("P6M"),
          "CNIL deliberation 2020-092, 17 Sept 2020, on keeping the visitor's choice",
          "the banner's cookie keeps visitors' choices about 6 months at most (184 days, the"
              + " longest six calendar months), so they are asked again");
  public static final ComplianceRule UK_EXEMPTION_APPLIES =
      new ComplianceRule(
          "uk-exemption-applies",
          Severity.NOTE,
          CATEGORY,
          List.of("UK"),
          null,
          "PECR reg. 6, Sch. A1 as inserted by the Data (Use and Access) Act 2025",
          "information: a category asking consent in the UK for statistics or the site's"
              + " appearance only, whose every provider offers a way to object, may no longer need"
              + " it there; editors may narrow consentRequiredIn");
  public static final ComplianceRule GPC_REQUIRED =
      new ComplianceRule(
          "gpc-required",
          Severity.WARNING,
          PROVIDER,
          List.of("US-CA"),
          null,
          "11 CCR §7025(b), (c); Cal. Civ. Code §1798.135",
          "a provider the registry says sells or shares data for cross-context advertising"
              + " (sellsOrShares) honours Global Privacy Control, or the consent platform does");

  /** A row of the table: a rule and what checks it. */
  private record Row(ComplianceRule rule, Check check) {}

  private static final List<Row> TABLE =
      List.of(
          new Row(RETENTION_OVER_13_MONTHS, new CookieLifetime(true)),
          new Row(LIFETIME_OVER_BROWSER_CAP, new CookieLifetime(false)),
          new Row(TRANSFER_SAFEGUARD_MISSING, new TransferSafeguard()),
          new Row(RECIPIENT_UNDISCLOSED, new RecipientDisclosure()),
          new Row(ESSENTIAL_MISCLASSIFIED, new EssentialMisclassified()),
          new Row(CONSENT_LIFETIME_OVER_6_MONTHS, new ConsentLifetime()),
          new Row(UK_EXEMPTION_APPLIES, new UkExemption()),
          new Row(GPC_REQUIRED, new GpcRequired()));

  /** Every compliance rule, in the order they run. */
  public static final List<ComplianceRule> ALL = TABLE.stream().map(Row::rule).toList();

  private ComplianceRules() {}

  /** The rule with this id, if there is one. */
  public static Optional<ComplianceRule> byId(String id) {
    return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /**
   * The rules' findings, in rule order; a finding the entry accepts ({@code accepted: [{rule,
   * reason}]}) is left out.
   *
   * @param written whether the registry's text holds an element at a JSON pointer
   */
  public static List<Finding> check(Registry registry, Predicate<String> written) {
    List<Finding> found = new ArrayList<>();
    for (Row row : TABLE) {
      row.check()
          .check(
              row.rule(),
              registry,
              written,
              (pointer, accepted, message) -> {
                if (!Acceptance.covers(accepted, row.rule().id())) {
                  found.add(new Finding(row.rule(), pointer, message));
                }
              });
    }
    return found;
  }
}
