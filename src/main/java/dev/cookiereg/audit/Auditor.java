package dev.cookiereg.audit;

import dev.cookiereg.model.Category;
import dev.cookiereg.model.Cookie;
import dev.cookiereg.model.GlobalPrivacyControl;
import dev.cookiereg.model.Provider;
import dev.cookiereg.model.Registry;
import dev.cookiereg.model.Retention;
import dev.cookiereg.ocd.CookieDatabase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Holds evidence against the registry: each rule of {@link AuditRules} has its own method here,
 * which walks the observations and reports what it finds. A rule reports a name once per state (the
 * gating rules, whose state is the point) or once over all evidence (the others, with the first
 * state it was seen in), so a cookie seen on ten pages is one finding.
 */
public final class Auditor {
  private final Declarations declared;
  private final CookieDatabase database;
  private final List<Finding> findings = new ArrayList<>();
  private final Set<String> reported = new HashSet<>();

  private Auditor(Registry registry, CookieDatabase database) {
    this.declared = new Declarations(registry);
    this.database = database;
  }

  /**
   * Why a state cannot be audited against this registry (a one-category state must name a category
   * that needs consent), or empty.
   */
  public static Optional<String> stateProblem(Registry registry, State state) {
    if (!state.isOneCategory()) return Optional.empty();
    Optional<Category> c = registry.category(state.id());
    if (c.isEmpty()) {
      return Optional.of(
          "state '"
              + state
              + "' is neither none, reject, all, gpc nor a category of the registry ("
              + String.join(", ", registry.categories().stream().map(Category::id).toList())
              + ")");
    }
    if (c.get().required()) {
      return Optional.of(
          "state '" + state + "': a required category is always on; name an optional one");
    }
    return Optional.empty();
  }

  /** The findings of the evidence, in rule order, then state, name and domain. */
  public static AuditReport audit(
      Registry registry, List<Evidence> evidence, CookieDatabase database) {
    Auditor a = new Auditor(registry, database);
    List<Observation> all = new ArrayList<>();
    evidence.forEach(e -> all.addAll(e.observations()));
    a.undeclaredCookies(all);
    a.undeclaredStorage(all);
    a.undeclaredHosts(all, pageHosts(evidence));
    a.setBeforeConsent(all);
    a.setAfterReject(all);
    a.outsideGrantedCategory(all);
    a.retentionExceedsDeclared(all);
    a.sessionCookiePersists(all);
    a.gpcIgnored(all);
    a.declaredNotObserved(all);

    List<State> states = new ArrayList<>();
    Set<String> pages = new LinkedHashSet<>();
    for (Evidence e : evidence) {
      if (!states.contains(e.state())) states.add(e.state());
      pages.addAll(e.pages());
    }
    List<Finding> sorted = new ArrayList<>(a.findings);
    sorted.sort(
        Comparator.comparingInt((Finding f) -> AuditRules.ALL.indexOf(f.rule()))
            .thenComparingInt(f -> f.state() == null ? -1 : states.indexOf(f.state()))
            .thenComparing(Finding::name)
            .thenComparing(Finding::domain));
    return new AuditReport(sorted, states, List.copyOf(pages));
  }

  /**
   * The hosts of the pages audited: the website itself, first party whatever the registry's service
   * domain says (a staging host, a test host).
   */
  private static Set<String> pageHosts(List<Evidence> evidence) {
    Set<String> hosts = new HashSet<>();
    for (Evidence e : evidence) {
      for (String page : e.pages()) {
        try {
          String host = java.net.URI.create(page).getHost();
          if (host != null) hosts.add(host.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException notAUrl) {
          // a page title that is not a URL names no host
        }
      }
    }
    return hosts;
  }

  // ----------------------------------------------------------------------------------------------
  // one method per rule

  private void undeclaredCookies(List<Observation> all) {
    for (Observation o : cookies(all)) {
      if (declared.cookie(o.name()).isPresent()) continue;
      Finding.Suggestion suggestion = suggestion(o.name()).orElse(null);
      String known =
          suggestion == null
              ? "; the Open Cookie Database does not know it either"
              : "; the Open Cookie Database knows it as "
                  + suggestion.provider()
                  + "'s ("
                  + suggestion.category()
                  + ")";
      add(
          AuditRules.UNDECLARED_COOKIE,
          o,
          false,
          "cookie '"
              + o.name()
              + "' on "
              + o.domain()
              + " matches no cookie of the registry"
              + known,
          null,
          observed(o),
          suggestion);
    }
  }

  private void undeclaredStorage(List<Observation> all) {
    for (Observation o : of(all, Observation.Kind.STORAGE)) {
      if (declared.storage(o.name()).isPresent()) continue;
      add(
          AuditRules.UNDECLARED_STORAGE,
          o,
          false,
          "storage key '"
              + o.name()
              + "'"
              + (o.domain().isEmpty() ? "" : " on " + o.domain())
              + " matches no technology's keys",
          null,
          "written in web storage",
          null);
    }
  }

  private void undeclaredHosts(List<Observation> all, Set<String> audited) {
    for (Observation o : of(all, Observation.Kind.HOST)) {
      if (declared.firstParty(o.name()) || audited.contains(o.name())) continue;
      if (declared.host(o.name()).isPresent()) continue;
      add(
          AuditRules.UNDECLARED_HOST,
          o,
          false,
          "third-party host '"
              + o.name()
              + "' requested; no provider's host or cookie domain covers it",
          null,
          "requested",
          null);
    }
  }

  private void setBeforeConsent(List<Observation> all) {
    gated(all, State.NONE, AuditRules.SET_BEFORE_CONSENT, "before any consent was given");
  }

  private void setAfterReject(List<Observation> all) {
    gated(all, State.REJECT, AuditRules.SET_AFTER_REJECT, "after everything optional was refused");
  }

  private void outsideGrantedCategory(List<Observation> all) {
    for (Observation o : cookies(all)) {
      if (!o.state().isOneCategory()) continue;
      Optional<Cookie> c = declared.cookie(o.name());
      if (c.isEmpty() || !declared.needsConsent(c.get())) continue;
      if (c.get().category().equals(o.state().id())) continue;
      add(
          AuditRules.OUTSIDE_GRANTED_CATEGORY,
          o,
          true,
          "cookie '"
              + o.name()
              + "' ("
              + c.get().category()
              + ") set with only '"
              + o.state()
              + "' accepted",
          declaration(c.get()),
          observed(o),
          null);
    }
  }

  private void retentionExceedsDeclared(List<Observation> all) {
    for (Observation o : cookies(all)) {
      if (o.expiry().kind() != Observation.Expiry.Kind.AFTER) continue;
      Optional<Cookie> c = declared.cookie(o.name());
      if (c.isEmpty()) continue;
      Retention r = c.get().retention();
      if (!r.isKnown() || declaredSession(r)) continue; // unknown: nothing to hold it to
      if (!Lifetimes.exceeds(o.expiry().seconds(), r)) continue;
      long cap = Lifetimes.capped(r);
      add(
          AuditRules.RETENTION_EXCEEDS_DECLARED,
          o,
          false,
          "cookie '"
              + o.name()
              + "' set to live "
              + o.expiry().words()
              + ", longer than declared ("
              + r.display()
              + (cap < r.maxSeconds() ? ", which browsers cap at 400 days" : "")
              + ")",
          declaration(c.get()),
          observed(o),
          null);
    }
  }

  private void sessionCookiePersists(List<Observation> all) {
    for (Observation o : cookies(all)) {
      if (o.expiry().kind() != Observation.Expiry.Kind.AFTER) continue;
      Optional<Cookie> c = declared.cookie(o.name());
      if (c.isEmpty() || !declaredSession(c.get().retention())) continue;
      add(
          AuditRules.SESSION_COOKIE_PERSISTS,
          o,
          false,
          "cookie '"
              + o.name()
              + "' is declared to end with the browser session but set to live "
              + o.expiry().words(),
          declaration(c.get()),
          observed(o),
          null);
    }
  }

  /**
   * A cookie set with GPC on whose provider promises to honour the signal, or whose category the
   * signal refuses ({@link GlobalPrivacyControl}: a provider there sells or shares and GPC is
   * honoured for it, by its own or the policy-wide promise).
   */
  private void gpcIgnored(List<Observation> all) {
    for (Observation o : cookies(all)) {
      if (!o.state().equals(State.GPC)) continue;
      Optional<Cookie> c = declared.cookie(o.name());
      if (c.isEmpty() || !declared.needsConsent(c.get())) continue;
      Optional<Provider> p = declared.provider(c.get());
      if (p.isPresent() && Boolean.TRUE.equals(p.get().honoursGlobalPrivacyControl())) {
        add(
            AuditRules.GPC_IGNORED,
            o,
            true,
            "cookie '"
                + o.name()
                + "' of "
                + p.get().name()
                + ", which the registry says honours Global Privacy Control, set with GPC on",
            declaration(c.get()),
            observed(o),
            null);
        continue;
      }
      Optional<Category> category = declared.category(c.get());
      if (category.isEmpty() || !GlobalPrivacyControl.refuses(declared.registry(), category.get()))
        continue;
      add(
          AuditRules.GPC_IGNORED,
          o,
          true,
          "cookie '"
              + o.name()
              + "' of category '"
              + category.get().id()
              + "', which a Global Privacy Control signal refuses (a provider there sells or"
              + " shares data and the policy honours GPC), set with GPC on",
          declaration(c.get()),
          observed(o),
          null);
    }
  }

  private void declaredNotObserved(List<Observation> all) {
    Set<Cookie> seen = new HashSet<>();
    for (Observation o : cookies(all)) declared.cookie(o.name()).ifPresent(seen::add);
    for (Cookie c : declared.registry().cookies()) {
      if (c.name() == null || seen.contains(c)) continue; // a label alone matches nothing
      String key = AuditRules.DECLARED_NOT_OBSERVED.id() + "\t" + c.id();
      if (!reported.add(key)) continue;
      findings.add(
          new Finding(
              AuditRules.DECLARED_NOT_OBSERVED,
              c.name(),
              c.domain(),
              null,
              null,
              "cookie '"
                  + c.name()
                  + "'"
                  + (c.id().equals(c.name()) ? "" : " (" + c.id() + ")")
                  + " is declared but seen in no evidence given",
              declaration(c),
              null,
              null));
    }
  }

  // ----------------------------------------------------------------------------------------------

  /** A consent-gating rule: in {@code state}, every cookie of a category that needs consent. */
  private void gated(List<Observation> all, State state, AuditRule rule, String when) {
    for (Observation o : cookies(all)) {
      if (!o.state().equals(state)) continue;
      Optional<Cookie> c = declared.cookie(o.name());
      if (c.isEmpty() || !declared.needsConsent(c.get())) continue;
      add(
          rule,
          o,
          true,
          "cookie '" + o.name() + "' (" + c.get().category() + ") " + verb(o) + " " + when,
          declaration(c.get()),
          observed(o),
          null);
    }
  }

  private static String verb(Observation o) {
    return o.expiry().kind() == Observation.Expiry.Kind.UNKNOWN ? "sent" : "set";
  }

  /** A session cookie by declaration: every variant ends with the browser, not after idle time. */
  private static boolean declaredSession(Retention r) {
    return switch (r.kind()) {
      case SESSION -> true;
      case VARIANTS -> r.variants().stream().allMatch(v -> declaredSession(v.retention()));
      default -> false;
    };
  }

  private Optional<Finding.Suggestion> suggestion(String name) {
    return database
        .lookup(name)
        .map(
            e -> {
              Optional<Provider> known =
                  declared.registry().providers().stream()
                      .filter(p -> names(p).contains(e.platform().toLowerCase(Locale.ROOT)))
                      .findFirst();
              String provider =
                  known.map(Provider::id).orElse(CookieDatabase.providerId(e.platform()));
              String category = CookieDatabase.suggestedCategory(e);
              return new Finding.Suggestion(
                  e.platform(),
                  category,
                  e.retention().iso(),
                  e.description(),
                  CookieDatabase.cookieYaml(e, freeId(e.name()), provider, known.isEmpty()));
            });
  }

  /** The importer's id for a cookie name, made unique among the registry's cookie ids. */
  private String freeId(String name) {
    Set<String> taken = new HashSet<>();
    declared.registry().cookies().forEach(c -> taken.add(c.id()));
    String base = CookieDatabase.cookieId(name);
    String id = base;
    for (int n = 2; taken.contains(id); n++) id = base + "-" + n;
    return id;
  }

  private static Set<String> names(Provider p) {
    Set<String> n = new HashSet<>();
    for (String s : new String[] {p.name(), p.shortName(), p.productName(), p.id()}) {
      if (s != null) n.add(s.toLowerCase(Locale.ROOT));
    }
    return n;
  }

  private static String declaration(Cookie c) {
    return c.category()
        + " cookie "
        + (c.name() == null ? c.id() : c.name())
        + " of "
        + c.provider()
        + ", "
        + c.retention().iso();
  }

  private static String observed(Observation o) {
    List<String> parts = new ArrayList<>();
    parts.add(verb(o) + " on " + o.domain());
    parts.add(
        o.expiry().kind() == Observation.Expiry.Kind.AFTER
            ? "lifetime " + o.expiry().words()
            : o.expiry().words());
    if (o.httpOnly()) parts.add("HttpOnly");
    if (o.secure()) parts.add("Secure");
    if (!o.sameSite().isEmpty()) parts.add("SameSite=" + o.sameSite());
    parts.add("at " + o.source());
    return String.join(", ", parts);
  }

  private void add(
      AuditRule rule,
      Observation o,
      boolean perState,
      String message,
      String declaredText,
      String observedText,
      Finding.Suggestion suggestion) {
    String key =
        rule.id() + "\t" + o.name() + "\t" + o.domain() + (perState ? "\t" + o.state() : "");
    if (!reported.add(key)) return;
    findings.add(
        new Finding(
            rule,
            o.name(),
            o.domain(),
            o.state(),
            o.page(),
            message,
            declaredText,
            observedText,
            suggestion));
  }

  private static List<Observation> cookies(List<Observation> all) {
    return of(all, Observation.Kind.COOKIE);
  }

  private static List<Observation> of(List<Observation> all, Observation.Kind kind) {
    return all.stream().filter(o -> o.kind() == kind).toList();
  }
}
