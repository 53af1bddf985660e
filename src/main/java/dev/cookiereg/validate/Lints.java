package dev.cookiereg.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cookiereg.compliance.ComplianceRules;
import dev.cookiereg.compliance.Finding;
import dev.cookiereg.diagnostic.Diagnostic;
import dev.cookiereg.diagnostic.Severity;
import dev.cookiereg.load.SourceTree;
import dev.cookiereg.model.CookieKey;
import dev.cookiereg.model.Registry;
import dev.cookiereg.prose.Nesting;
import java.util.ArrayList;
import java.util.List;

/**
 * The semantic checks of a registry, as a flat table: each row a rule (id, severity, summary) and
 * the small class that checks it. Each finding is located at the element concerned.
 */
public final class Lints {
  public static final LintRule UNKNOWN_PROVIDER =
      rule(
          "unknown-provider",
          Severity.ERROR,
          "every provider a cookie or technology names is declared under providers");
  public static final LintRule UNKNOWN_CATEGORY =
      rule(
          "unknown-category",
          Severity.ERROR,
          "every category a cookie, technology, provider or section names is declared under categories");
  public static final LintRule UNKNOWN_TECHNOLOGY =
      rule(
          "unknown-technology",
          Severity.ERROR,
          "every technology a section names is declared under technologies");
  public static final LintRule DUPLICATE_ID =
      rule(
          "duplicate-id",
          Severity.ERROR,
          "ids are unique: within each kind, across everything a cross-reference can point at, and against the ids "
              + "the page gives its own elements (content, toc-heading, cookie-settings, <id>-heading, cookie-<id>…)");
  public static final LintRule DUPLICATE_COOKIE =
      rule(
          "duplicate-cookie", Severity.ERROR, "a cookie name appears once per provider and domain");
  public static final LintRule DANGLING_REFERENCE =
      rule(
          "dangling-reference",
          Severity.ERROR,
          "every [[…]] cross-reference holds an id (not a number or title) that points at a section, category, "
              + "technology, clause or related document");
  public static final LintRule UNKNOWN_PLACEHOLDER =
      rule(
          "unknown-placeholder",
          Severity.ERROR,
          "every {placeholder} names a fact available where it is used");
  public static final LintRule INVALID_DURATION =
      rule(
          "invalid-duration",
          Severity.ERROR,
          "durations are ISO-8601 periods longer than zero (P13M, PT24H), 'session', idle or variants");
  public static final LintRule UNKNOWN_DURATION =
      rule(
          "unknown-duration",
          Severity.WARNING,
          "every cookie's duration is stated: visitors must be told how long each cookie lasts (Planet49)");
  public static final LintRule UNSAFE_URL =
      rule(
          "unsafe-url",
          Severity.ERROR,
          "links, in fields and in Markdown, use https: or mailto: (or point inside the page with #)");
  public static final LintRule EMPTY_CATEGORY =
      rule(
          "empty-category",
          Severity.ERROR,
          "every category holds at least one cookie or technology");
  public static final LintRule UNUSED_PROVIDER =
      rule(
          "unused-provider",
          Severity.WARNING,
          "every provider is used by a cookie or technology, or declares undeclaredCookies");
  public static final LintRule CATEGORY_DEFAULT_ON =
      rule(
          "category-default-on",
          Severity.ERROR,
          "a category the visitor can refuse is off by default (no pre-checked boxes)");
  public static final LintRule NOT_IN_POLICY =
      rule(
          "not-in-policy",
          Severity.ERROR,
          "every category and technology appears in the policy's sections exactly once");
  public static final LintRule MISPLACED_BLOCK =
      rule(
          "misplaced-block",
          Severity.ERROR,
          "a category's clauses hold clauses and text only (the page shows nothing else there), and a "
              + "providers list or a cookie table stands in a category's clauses, a table once");
  public static final LintRule MISSING_PROVIDER_DESCRIPTION =
      rule(
          "missing-provider-description",
          Severity.ERROR,
          "a provider listed by a 'list: providers' clause has a description");
  public static final LintRule EMPTY_LIST =
      rule("empty-list", Severity.ERROR, "a lettered clause has items or a generated list");
  public static final LintRule WILDCARD_ONLY =
      rule("wildcard-only", Severity.ERROR, "a cookie name is more than a wildcard");

  /** The most wildcards a cookie name may have; see {@link #TOO_MANY_WILDCARDS}. */
  public static final int MAX_WILDCARDS = CookieKey.MAX_WILDCARDS;

  public static final LintRule TOO_MANY_WILDCARDS =
      rule(
          "too-many-wildcards",
          Severity.ERROR,
          "a cookie name has at most "
              + MAX_WILDCARDS
              + " wildcards (*); real cookie names need one or two");
  public static final LintRule COOKIE_WITHOUT_CONSENT =
      rule(
          "legitimate-interest-cookie",
          Severity.ERROR,
          "cookies need consent or the strictly-necessary exemption: ePrivacy Art. 5(3) has no legitimate interest");
  public static final LintRule REQUIRED_NEEDS_EXEMPTION =
      rule(
          "required-category-consent",
          Severity.ERROR,
          "a required (always-on) category rests on the strictly-necessary exemption, not on consent");
  public static final LintRule IMAGE_IN_PROSE =
      rule(
          "image-in-prose",
          Severity.ERROR,
          "prose and the policy history hold no images: the site publishes none, and one from another site is loaded "
              + "before consent (a tracking pixel)");
  public static final LintRule MARKDOWN_TOO_DEEP =
      rule(
          "markdown-too-deep",
          Severity.ERROR,
          "prose nests quotes, lists, emphasis and links at most "
              + Nesting.MAX
              + " levels deep (deeper would "
              + "overflow the Markdown renderer)");

  public static final LintRule CONSENT_COOKIE_HOME =
      rule(
          "consent-cookie-home",
          Severity.ERROR,
          "a declared banner library's cookie is declared for it in a required category, set by the"
              + " controller's own (first-party, not self-hosted) provider, unless the registry"
              + " declares the cookie itself");
  public static final LintRule UNKNOWN_REGION =
      rule(
          "unknown-region",
          Severity.WARNING,
          "every region a category asks consent in is built in (EEA, EU, UK, ALL), an ISO 3166 code"
              + " or defined under regions, and a defined region lists ISO 3166 codes");
  public static final LintRule UNMATCHABLE_COOKIE =
      rule(
          "unmatchable-cookie",
          Severity.WARNING,
          "every cookie has its technical name (or pattern), so banners, services and audits can"
              + " recognise it in a browser; a label alone names it for readers only");
  public static final LintRule OVERLAPPING_PATTERNS =
      rule(
          "overlapping-patterns",
          Severity.WARNING,
          "no two cookies of different categories can match the same cookie name (services would"
              + " file it under one of them by precedence: an exact name, then the pattern with the"
              + " longest literal prefix, then the most literal text, then the first declared)");

  public static final LintRule NARROWER_THAN_KNOWN =
      rule(
          "declared-name-narrower-than-known",
          Severity.WARNING,
          "what a cookie is recognised by (its name, or matches) covers the wildcard the bundled Open"
              + " Cookie Database lists on that very name (Matomo's _pk_id*: the browser holds"
              + " _pk_id.<site>.<hash>, not _pk_id); where it does not, add matches");

  public static final LintRule POLICY_URL_REQUIRED =
      rule(
          "policy-url-required",
          Severity.ERROR,
          "a registry that declares its banner library states policy.url, where the policy is"
              + " published: the banner links it from every page of the site; an address given is"
              + " a URL a browser can open");
  public static final LintRule POLICY_URL_AMBIGUOUS =
      rule(
          "policy-url-ambiguous",
          Severity.WARNING,
          "policy.url ends with '/' or names the page, so the site's other pages (history,"
              + " versions) resolve beside it");

  public static final LintRule INVALID_ACCEPTANCE =
      rule(
          "invalid-acceptance",
          Severity.ERROR,
          "an entry's accepted finding names a compliance rule that reports that kind of entry,"
              + " and says why in a reason that is not blank");

  /** A row of the table: a rule and what checks it. */
  private record Row(LintRule rule, Check check) {}

  private static final List<Row> TABLE =
      List.of(
          new Row(UNKNOWN_PROVIDER, new UnknownProvider()),
          new Row(UNKNOWN_CATEGORY, new UnknownCategory()),
          new Row(UNKNOWN_TECHNOLOGY, new UnknownTechnology()),
          new Row(DUPLICATE_ID, new DuplicateId()),
          new Row(DUPLICATE_COOKIE, new DuplicateCookie()),
          new Row(DANGLING_REFERENCE, new DanglingReference()),
          new Row(UNKNOWN_PLACEHOLDER, new UnknownPlaceholder()),
          new Row(INVALID_DURATION, new InvalidDuration()),
          new Row(UNKNOWN_DURATION, new UnknownDuration()),
          new Row(UNSAFE_URL, new UnsafeUrl()),
          new Row(EMPTY_CATEGORY, new EmptyCategory()),
          new Row(UNUSED_PROVIDER, new UnusedProvider()),
          new Row(CATEGORY_DEFAULT_ON, new CategoryDefaultOn()),
          new Row(NOT_IN_POLICY, new NotInPolicy()),
          new Row(MISPLACED_BLOCK, new MisplacedBlock()),
          new Row(MISSING_PROVIDER_DESCRIPTION, new MissingProviderDescription()),
          new Row(EMPTY_LIST, new EmptyList()),
          new Row(WILDCARD_ONLY, new WildcardOnly()),
          new Row(COOKIE_WITHOUT_CONSENT, new LegitimateInterestCookie()),
          new Row(REQUIRED_NEEDS_EXEMPTION, new RequiredCategoryConsent()),
          new Row(IMAGE_IN_PROSE, new ImageInProse()),
          new Row(MARKDOWN_TOO_DEEP, new MarkdownTooDeep()),
          new Row(TOO_MANY_WILDCARDS, new TooManyWildcards()),
          new Row(CONSENT_COOKIE_HOME, new ConsentCookieHome()),
          new Row(UNKNOWN_REGION, new UnknownRegion()),
          new Row(UNMATCHABLE_COOKIE, new UnmatchableCookie()),
          new Row(OVERLAPPING_PATTERNS, new OverlappingPatterns()),
          new Row(NARROWER_THAN_KNOWN, new NarrowerThanKnown()),
          new Row(POLICY_URL_REQUIRED, new PolicyUrlRequired()),
          new Row(POLICY_URL_AMBIGUOUS, new PolicyUrlAmbiguous()),
          new Row(INVALID_ACCEPTANCE, new InvalidAcceptance()));

  /**
   * The compliance rules ({@link ComplianceRules}), as lint rules: they run after every row of the
   * table, and each finding cites the rule's source.
   */
  public static final List<LintRule> COMPLIANCE =
      ComplianceRules.ALL.stream()
          .map(r -> new LintRule(r.id(), r.severity(), r.summary(), r.regions(), r.source()))
          .toList();

  /** Every lint rule, in the order they run: the table's, then the compliance rules. */
  public static final List<LintRule> ALL =
      java.util.stream.Stream.concat(TABLE.stream().map(Row::rule), COMPLIANCE.stream()).toList();

  private Lints() {}

  /** Runs every rule; returns errors and warnings in rule order (callers sort by position). */
  public static List<Diagnostic> check(Registry registry, SourceTree tree) {
    LintedRegistry linted = new LintedRegistry(registry, tree);
    List<Diagnostic> found = new ArrayList<>();
    for (Row row : TABLE) {
      LintRule rule = row.rule();
      row.check()
          .check(
              linted,
              (pointer, message) ->
                  found.add(
                      new Diagnostic(
                          linted.file(),
                          linted.locate(pointer),
                          rule.severity(),
                          rule.id(),
                          message)));
    }
    JsonNode root = linted.tree();
    for (Finding f :
        ComplianceRules.check(registry, pointer -> !root.at(pointer).isMissingNode())) {
      found.add(
          new Diagnostic(
              linted.file(),
              linted.locate(f.pointer()),
              f.rule().severity(),
              f.rule().id(),
              f.message(),
              f.rule().source()));
    }
    return found.stream().distinct().toList();
  }

  private static LintRule rule(String id, Severity severity, String summary) {
    return new LintRule(id, severity, summary);
  }

  /** A URL as a message shows it: its first 40 characters. */
  static String abbreviate(String url) {
    return url.length() > 40 ? url.substring(0, 40) + "…" : url;
  }
}
