package dev.cookiereg.manifest;

import dev.cookiereg.model.Acceptance;
import dev.cookiereg.model.Category;
import dev.cookiereg.model.ConsentLibrary;
import dev.cookiereg.model.ConsentPlatform;
import dev.cookiereg.model.Controller;
import dev.cookiereg.model.Cookie;
import dev.cookiereg.model.IsoDuration;
import dev.cookiereg.model.Language;
import dev.cookiereg.model.LegalBasis;
import dev.cookiereg.model.Policy;
import dev.cookiereg.model.Provider;
import dev.cookiereg.model.Registry;
import dev.cookiereg.model.Retention;
import dev.cookiereg.model.Service;
import dev.cookiereg.model.Technology;
import dev.cookiereg.model.Version;
import dev.cookiereg.model.Yaml;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The registry a manifest describes, so {@code diff} can compare with a release known only by its
 * manifest. A manifest carries every fact but not the policy's prose: the registry has no sections,
 * and its texts are the manifest's plain text. Compare it only with another manifest's registry.
 */
public final class ManifestMapper {
  private static final String IDLE = "idle ";

  private ManifestMapper() {}

  /**
   * The registry of {@code m}; an {@link IllegalArgumentException} names a value the model refuses
   * (an unknown legal basis, a malformed version, date or duration).
   */
  public static Registry toRegistry(Manifest m) {
    Manifest.Policy p = m.policy();
    Policy policy =
        new Policy(
            p.title(),
            null,
            Version.parse(p.version()),
            date(p.effective()),
            date(p.lastUpdated()),
            p.language(),
            Policy.DEFAULT_NOTICE_PERIOD_DAYS,
            p.url(),
            null,
            List.of(),
            List.of());
    Manifest.ConsentPlatform platform = m.consentPlatform();
    return new Registry(
        policy,
        new Controller(m.controller().name(), null, null, List.of(), m.controller().email()),
        new Service(m.service().name(), m.service().domain()),
        platform == null
            ? ConsentPlatform.undeclared()
            : new ConsentPlatform(
                word(ConsentPlatform.Status.class, platform.status()),
                platform.cookieSettingsLabel(),
                false,
                List.of(),
                // its cookie is among the manifest's cookies already
                platform.library() == null ? null : word(ConsentLibrary.class, platform.library()),
                List.of(),
                platform.honoursGlobalPrivacyControl()),
        each("category", m.categories(), Manifest.Category::id, ManifestMapper::category),
        each("provider", m.providers(), Manifest.Provider::id, ManifestMapper::provider),
        each("cookie", m.cookies(), Manifest.Cookie::id, c -> cookie(c, m.service().domain())),
        each("technology", m.technologies(), Manifest.Technology::id, ManifestMapper::technology),
        List.of(),
        List.of(),
        // format 2.2: the editions (their texts are not in the manifest)
        m.languages() == null
            ? List.of()
            : m.languages().stream().map(l -> Language.unread(l.code(), l.required())).toList());
  }

  private static Category category(Manifest.Category c) {
    return new Category(
        c.id(),
        c.title(),
        c.description(),
        word(LegalBasis.class, c.legalBasis()),
        null,
        c.required(),
        !c.required() && c.defaultEnabled(),
        c.consentRequiredIn(),
        c.consentMode(),
        List.of(),
        List.of(),
        accepted(c.accepted()));
  }

  /** The findings an entry accepts; none where the manifest lists none (before format 2.2). */
  private static List<Acceptance> accepted(List<Manifest.Acceptance> accepted) {
    return accepted == null
        ? List.of()
        : accepted.stream().map(a -> new Acceptance(a.rule(), a.reason())).toList();
  }

  private static Provider provider(Manifest.Provider p) {
    Manifest.OptOut optOut = p.optOut();
    return new Provider(
        p.id(),
        p.name(),
        null,
        null,
        word(Provider.Party.class, p.party()),
        p.selfHosted(),
        p.host(),
        new Provider.Processing(
            p.processing().location(),
            p.processing().processor(),
            null,
            p.processing().safeguard()),
        null,
        p.privacyUrl(),
        null,
        null,
        optOut == null ? null : new Provider.OptOut(optOut.title(), optOut.url(), ""),
        p.honoursDoNotTrack(),
        p.honoursGlobalPrivacyControl(),
        p.sessionRecording(),
        null,
        null,
        p.sellsOrShares(),
        accepted(p.accepted()));
  }

  /**
   * A cookie as the registry states it: a domain that is the service's own is what a registry
   * leaves out (manifests state it since it was made explicit).
   */
  private static Cookie cookie(Manifest.Cookie c, String ownDomain) {
    return new Cookie(
        c.id(),
        c.name(),
        c.matches(),
        c.label(),
        c.provider(),
        null,
        c.category(),
        c.purpose(),
        retention(c.duration()),
        ownDomain.equals(c.domain()) ? null : c.domain(),
        null,
        accepted(c.accepted()));
  }

  /**
   * A duration in either form: format 2 writes {@code iso} only as a period (a fixed lifetime or an
   * idle timeout, {@code PT30M}); format 1.x wrote it for every kind, an idle timeout as {@code
   * idle PT30M} and other kinds as words that {@code kind} already says ({@code session}, {@code
   * unknown}, variants joined by {@code |}), which are not read.
   */
  private static Retention retention(Manifest.Duration d) {
    Retention r =
        switch (word(Retention.Kind.class, d.kind())) {
          case UNKNOWN -> Retention.unknown(d.note());
          case SESSION -> Retention.session();
          case FIXED -> Retention.fixed(IsoDuration.parse(period(d.iso(), "fixed")));
          case IDLE -> {
            String iso = period(d.iso(), "idle");
            yield Retention.idle(
                IsoDuration.parse(iso.startsWith(IDLE) ? iso.substring(IDLE.length()) : iso));
          }
          case VARIANTS -> {
            if (d.variants() == null) {
              throw new IllegalArgumentException("a duration of kind variants lists its variants");
            }
            yield Retention.variants(
                map(d.variants(), v -> new Retention.Variant(variant(v), v.label())));
          }
        };
    return d.display().equals(r.display()) ? r : r.withDisplay(d.display());
  }

  private static String period(String iso, String kind) {
    if (iso == null) {
      throw new IllegalArgumentException("a duration of kind " + kind + " gives its period in iso");
    }
    return iso;
  }

  /**
   * One lifetime: format 2 writes {@code kind} session (no {@code iso}) or fixed with its period;
   * format 1.x wrote no kind and {@code iso} {@code session} or a period.
   */
  private static Retention variant(Manifest.Variant v) {
    if (v.iso() == null || "session".equals(v.iso())) {
      if (v.kind() != null && !"session".equals(v.kind())) {
        throw new IllegalArgumentException(
            "variant '" + v.label() + "' of kind " + v.kind() + " gives its period in iso");
      }
      return Retention.session();
    }
    return Retention.fixed(IsoDuration.parse(v.iso()));
  }

  private static Technology technology(Manifest.Technology t) {
    return new Technology(
        t.id(),
        t.title(),
        word(Technology.Kind.class, t.kind()),
        word(Technology.Status.class, t.status()),
        t.enabledByDefault(),
        null,
        t.provider(),
        t.category(),
        word(LegalBasis.class, t.legalBasis()),
        t.consentMechanism(),
        t.purpose(),
        t.keys() == null ? List.of() : map(t.keys(), Manifest.StorageKey::name),
        List.of(),
        null);
  }

  /** A closed vocabulary's value from its manifest spelling, or an error listing the words. */
  private static <E extends Enum<E>> E word(Class<E> type, String text) {
    for (E e : type.getEnumConstants()) {
      if (Yaml.name(e).equals(text)) return e;
    }
    throw new IllegalArgumentException(
        "'"
            + text
            + "' is not one of "
            + Arrays.stream(type.getEnumConstants())
                .map(Yaml::name)
                .collect(Collectors.joining(", ")));
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not a date YYYY-MM-DD: " + text);
    }
  }

  /** Each item mapped; a value the model refuses is named with its item: "cookie '_ga': …". */
  private static <T, R> List<R> each(
      String noun, List<T> items, Function<T, String> id, Function<T, R> item) {
    List<R> out = new ArrayList<>(items.size());
    for (T t : items) {
      try {
        out.add(item.apply(t));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(noun + " '" + id.apply(t) + "': " + e.getMessage(), e);
      }
    }
    return out;
  }

  private static <T, R> List<R> map(List<T> items, Function<T, R> item) {
    return items.stream().map(item).toList();
  }
}
