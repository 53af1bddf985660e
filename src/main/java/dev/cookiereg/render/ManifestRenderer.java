package dev.cookiereg.render;

import dev.cookiereg.diff.AffectedCategory;
import dev.cookiereg.diff.Change;
import dev.cookiereg.diff.DiffReport;
import dev.cookiereg.diff.Notice;
import dev.cookiereg.i18n.Translations;
import dev.cookiereg.manifest.Manifest;
import dev.cookiereg.manifest.ManifestDigest;
import dev.cookiereg.manifest.ManifestJson;
import dev.cookiereg.model.Acceptance;
import dev.cookiereg.model.Category;
import dev.cookiereg.model.ConsentPlatform;
import dev.cookiereg.model.Cookie;
import dev.cookiereg.model.Globs;
import dev.cookiereg.model.Item;
import dev.cookiereg.model.Policy;
import dev.cookiereg.model.Provider;
import dev.cookiereg.model.Registry;
import dev.cookiereg.model.Retention;
import dev.cookiereg.model.Technology;
import dev.cookiereg.model.Version;
import dev.cookiereg.release.ChangeSummary;
import dev.cookiereg.site.SiteFile;
import dev.cookiereg.site.SitePaths;
import java.util.List;

/**
 * {@code manifest.json}: the registry in machine form for other services — versioned by {@code
 * schema/manifest.schema.json}, with stable ids, machine-readable durations, the content digest and
 * the change summary since the previous release. The format is {@link Manifest}; this class fills
 * it from the registry.
 */
public final class ManifestRenderer implements Renderer {
  @Override
  public List<SiteFile> render(RenderContext context) {
    return List.of(Json.file(SitePaths.MANIFEST, manifest(context)));
  }

  /**
   * Does ahead what the first manifest written costs (reading the format's records); a failure here
   * is left for {@link #render} to meet.
   */
  static void prepare() {
    ManifestJson.prepare(Manifest.class);
  }

  /**
   * The manifest of the context's registry, with its digest; its cookies are made as they are read
   * (once for the digest, once for the file).
   */
  public static Manifest manifest(RenderContext context) {
    Registry r = context.registry();
    MachineText text = new MachineText(context);
    return ManifestDigest.sign(
        new Manifest(
            SitePaths.manifestSchema(Manifest.FORMAT_MAJOR),
            Manifest.schemaVersion(carries22Members(r)),
            policy(context),
            new Manifest.Controller(r.controller().name(), r.controller().email()),
            new Manifest.Service(r.service().name(), r.service().domain()),
            consentPlatform(r.consentPlatform()),
            ConsentBlock.of(context),
            context.categoriesInPolicyOrder().stream().map(c -> category(r, c, text)).toList(),
            r.providers().stream().map(ManifestRenderer::provider).toList(),
            Manifest.lazily(r.cookies(), c -> cookie(r, c, text)),
            r.technologies().stream().map(t -> technology(t, text)).toList(),
            editions(r),
            DocumentText.of(context),
            change(context.change(), r.policy()),
            Manifest.Paths.CURRENT));
  }

  /** The editions in other languages (format 2.2), or null when there are none. */
  private static List<Manifest.Edition> editions(Registry r) {
    if (r.languages().isEmpty()) return null;
    return r.languages().stream()
        .map(
            l -> {
              var states = Translations.status(r, l);
              String folder = SitePaths.edition(l.primary());
              return new Manifest.Edition(
                  l.code(),
                  l.required(),
                  folder + SitePaths.POLICY,
                  folder + SitePaths.HISTORY,
                  folder + SitePaths.NOTICE,
                  new Manifest.Texts(
                      count(states, Translations.State.CURRENT),
                      count(states, Translations.State.STALE),
                      count(states, Translations.State.MISSING)));
            })
        .toList();
  }

  private static long count(List<Translations.Status> states, Translations.State state) {
    return states.stream().filter(s -> s.state() == state).count();
  }

  private static Manifest.Policy policy(RenderContext context) {
    Policy p = context.registry().policy();
    return new Manifest.Policy(
        p.title(),
        p.version().toString(),
        p.effective().toString(),
        p.lastUpdated().toString(),
        p.language(),
        p.url(),
        "", // set by ManifestDigest.sign
        BannerData.revision(context.registry()));
  }

  private static Manifest.ConsentPlatform consentPlatform(ConsentPlatform p) {
    return new Manifest.ConsentPlatform(
        p.status().yaml(),
        p.cookieSettingsLabel(),
        p.library() == null ? null : p.library().yaml(),
        p.honoursGlobalPrivacyControl());
  }

  /**
   * True when the registry states a fact only format 2.2 can carry, so its manifest says 2.2; one
   * that states none keeps saying 2.1, byte for byte as before 2.2 existed.
   */
  static boolean carries22Members(Registry r) {
    return !r.languages().isEmpty()
        || r.consentPlatform().honoursGlobalPrivacyControl() != null
        || r.categories().stream().anyMatch(c -> !c.accepted().isEmpty())
        || r.cookies().stream().anyMatch(c -> !c.accepted().isEmpty())
        || r.providers().stream()
            .anyMatch(
                p ->
                    !p.accepted().isEmpty()
                        || p.sellsOrShares() != null
                        || p.processing().safeguard() != null);
  }

  private static List<Manifest.Acceptance> accepted(List<Acceptance> accepted) {
    return accepted.stream().map(a -> new Manifest.Acceptance(a.rule(), a.reason())).toList();
  }

  private static Manifest.Category category(Registry r, Category c, MachineText text) {
    return new Manifest.Category(
        c.id(),
        c.title(),
        text.plain(c.description()),
        c.legalBasis().yaml(),
        c.required(),
        c.required() || c.defaultEnabled(),
        c.consentRequiredIn(),
        c.consentMode(),
        r.cookiesIn(c.id()).stream().map(Cookie::id).toList(),
        r.technologiesIn(c.id()).stream().map(Technology::id).toList(),
        accepted(c.accepted()));
  }

  private static Manifest.Provider provider(Provider p) {
    return new Manifest.Provider(
        p.id(),
        p.name(),
        p.party().yaml(),
        p.selfHosted(),
        p.host(),
        new Manifest.Processing(
            p.processing().location(), p.processing().processor(), p.processing().safeguard()),
        p.privacyUrl(),
        p.optOut() == null ? null : new Manifest.OptOut(p.optOut().title(), p.optOut().url()),
        p.honoursDoNotTrack(),
        p.honoursGlobalPrivacyControl(),
        p.sessionRecording(),
        p.sellsOrShares(),
        accepted(p.accepted()));
  }

  /**
   * A cookie for machines: {@code matchable} says whether it has a name to recognise it by, and the
   * domain is stated even when it is the service's own (as the disclosure states it).
   */
  private static Manifest.Cookie cookie(Registry r, Cookie c, MachineText text) {
    boolean named = c.name() != null;
    return new Manifest.Cookie(
        c.id(),
        c.name(),
        c.matches(),
        c.label(),
        c.displayName(),
        named,
        named ? c.match().yaml() : null,
        named ? c.regex() : null,
        c.provider(),
        BannerData.providerName(r, c),
        c.category(),
        text.plain(c.purpose()),
        c.isSession() ? "session" : "persistent",
        c.domain() != null ? c.domain() : r.service().domain(),
        duration(c.retention()),
        accepted(c.accepted()));
  }

  /**
   * A retention for machines: kind, the ISO-8601 period where it has one, seconds (the longest),
   * display text, refresh, and variants.
   */
  private static Manifest.Duration duration(Retention r) {
    return new Manifest.Duration(
        r.kind().yaml(),
        r.isoPeriod(),
        r.isKnown() ? r.maxSeconds() : null,
        r.display(),
        r.refreshed(),
        r.note(),
        r.kind() == Retention.Kind.VARIANTS
            ? r.variants().stream().map(ManifestRenderer::variant).toList()
            : null);
  }

  private static Manifest.Variant variant(Retention.Variant v) {
    Retention r = v.retention();
    return new Manifest.Variant(
        v.label(), r.kind().yaml(), r.isoPeriod(), r.maxSeconds(), r.display());
  }

  private static Manifest.Technology technology(Technology t, MachineText text) {
    return new Manifest.Technology(
        t.id(),
        t.title(),
        t.kind().yaml(),
        t.status().yaml(),
        t.enabledByDefault(),
        t.provider(),
        t.category(),
        t.legalBasis().yaml(),
        t.consentMechanism(),
        text.plain(t.purpose(), t),
        t.keys().isEmpty() ? null : t.keys().stream().map(ManifestRenderer::key).toList());
  }

  /** A storage key with the same match and regex a cookie's name has. */
  private static Manifest.StorageKey key(String name) {
    return new Manifest.StorageKey(name, Cookie.Match.of(name).yaml(), Globs.regex(name));
  }

  private static Manifest.Change change(ChangeSummary change, Policy policy) {
    DiffReport report = change.report();
    return new Manifest.Change(
        change.since().map(Version::toString).orElse(null),
        report.verdict().label(),
        report.material(),
        report.consentImpact().id(),
        report.notices().stream().map(Notice::id).toList(),
        // notice.json sends exactly when this is non-empty: one decision (ChangeSummary)
        change.noticeMethods(policy).stream().map(Item::id).toList(),
        report.changes().stream().map(ManifestRenderer::change).toList());
  }

  private static Manifest.ChangeEntry change(Change c) {
    return new Manifest.ChangeEntry(
        c.rule().id(),
        c.level().label(),
        c.subject(),
        c.categories().stream().map(AffectedCategory::id).toList(),
        c.message(),
        c.fingerprint());
  }
}
