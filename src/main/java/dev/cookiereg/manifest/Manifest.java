package dev.cookiereg.manifest;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS;
import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import dev.cookiereg.site.SitePaths;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;

/**
 * {@code site/manifest.json}, versioned by {@code schema/manifest.schema.json}: the one definition
 * of the format, written by the renderer and read by {@code diff}, so a field is added here once.
 *
 * <p>Each component is a JSON member of the same name (or its {@link JsonProperty}), written in
 * declaration order. {@link JsonInclude} says when it is written, and so what a reader may expect:
 *
 * <ul>
 *   <li>unmarked: always, never null; it must be present when read;
 *   <li>{@code @JsonInclude(NON_NULL)}: only when set; optional when read (absent from an older
 *       manifest, or from a registry that does not state it);
 *   <li>{@code @JsonInclude(ALWAYS)}: always, as {@code null} when unset; it must be present.
 * </ul>
 *
 * {@link ManifestJson} writes and reads by these rules, and Jackson writes a manifest with it.
 */
public record Manifest(
    @JsonProperty("$schema") String schema,
    String schemaVersion,
    Policy policy,
    Controller controller,
    Service service,
    @JsonInclude(NON_NULL) ConsentPlatform consentPlatform,
    @JsonInclude(NON_NULL) Consent consent,
    List<Category> categories,
    List<Provider> providers,
    List<Cookie> cookies,
    List<Technology> technologies,
    @JsonInclude(NON_NULL) List<Edition> languages,
    @JsonInclude(NON_NULL) List<Section> document,
    Change change,
    Paths paths)
    implements JsonSerializable {
  /**
   * The format's major version: a change that removes, renames, retypes or newly requires a member,
   * or adds a value to a closed list, moves it (and publishes the new major's schema beside the
   * old).
   */
  public static final int FORMAT_MAJOR = 2;

  /**
   * The format's newest minor version: raised with each optional member added within the major
   * (2.1: a cookie's {@code matches}; 2.2: {@code languages}, the editions in other languages,
   * {@code accepted} findings, a provider's {@code sellsOrShares} and {@code processing.safeguard},
   * the policy-wide {@code consentPlatform.honoursGlobalPrivacyControl}), so a consumer can tell
   * which members a manifest may carry.
   */
  public static final int FORMAT_MINOR = 2;

  /** The format's newest version; 2.x only adds optional members. */
  public static final String FORMAT_VERSION = FORMAT_MAJOR + "." + FORMAT_MINOR;

  /**
   * The minor version that {@link #schemaVersion} names at least: a manifest carrying none of the
   * newer members says 2.1, so a registry that uses none of them publishes the very bytes (and
   * digest) it published before they existed.
   */
  static final int FLOOR_MINOR = 1;

  /**
   * The {@code schemaVersion} of a manifest: the newest format version whose members it carries
   * ({@code 2.2} when it carries a member added in 2.2, else {@code 2.1}).
   */
  public static String schemaVersion(boolean carries22Members) {
    return FORMAT_MAJOR + "." + (carries22Members ? 2 : FLOOR_MINOR);
  }

  public Manifest {
    categories = LazyList.copyOf(categories);
    providers = LazyList.copyOf(providers);
    cookies = LazyList.copyOf(cookies);
    technologies = LazyList.copyOf(technologies);
    document = document == null ? null : LazyList.copyOf(document);
  }

  /** This manifest with another {@code policy} (its digest, once computed). */
  public Manifest withPolicy(Policy policy) {
    return new Manifest(
        schema,
        schemaVersion,
        policy,
        controller,
        service,
        consentPlatform,
        consent,
        categories,
        providers,
        cookies,
        technologies,
        languages,
        document,
        change,
        paths);
  }

  /**
   * An edition of the policy in another language (format 2.2): its pages, and how many of its texts
   * are current, stale (their English changed since they were translated) or missing.
   *
   * @param policy the edition's policy page, relative to the manifest ({@code fr/index.html})
   */
  public record Edition(
      String code, boolean required, String policy, String history, String notice, Texts texts) {}

  /** The states of an edition's texts. */
  public record Texts(long current, long stale, long missing) {}

  /**
   * The items of {@code source} as manifest records made each time they are read, for a list too
   * long to hold twice (100,000 cookies): writing the manifest makes, writes and drops one at a
   * time.
   */
  public static <T, R> List<R> lazily(List<T> source, Function<? super T, ? extends R> item) {
    return new LazyList<>(source, item);
  }

  @Override
  public void serialize(JsonGenerator out, SerializerProvider serializers) throws IOException {
    ManifestJson.write(out, this);
  }

  @Override
  public void serializeWithType(
      JsonGenerator out, SerializerProvider serializers, TypeSerializer type) throws IOException {
    ManifestJson.write(out, this);
  }

  /** The policy document the manifest describes. */
  public record Policy(
      String title,
      String version,
      String effective,
      String lastUpdated,
      String language,
      @JsonInclude(NON_NULL) String url,
      String digest,
      int bannerRevision) {
    /** This policy with {@code digest}. */
    public Policy withDigest(String digest) {
      return new Policy(
          title, version, effective, lastUpdated, language, url, digest, bannerRevision);
    }
  }

  /** The company responsible for the policy. */
  public record Controller(String name, String email) {}

  /** The service the policy covers. */
  public record Service(String name, String domain) {}

  /**
   * The consent management platform; absent from manifests written before it was added. {@code
   * library} only when the registry names the banner library the site deploys.
   */
  public record ConsentPlatform(
      String status,
      String cookieSettingsLabel,
      @JsonInclude(NON_NULL) String library,
      @JsonInclude(NON_NULL) Boolean honoursGlobalPrivacyControl) {}

  /**
   * A compliance finding the registry accepts for an entry, with the editor's reason (format 2.2):
   * a service or an auditor can see which rules were set aside, and why.
   */
  public record Acceptance(String rule, String reason) {}

  /**
   * What a banner, a tag manager or a backend needs to ask for, store and honour consent; absent
   * from manifests written before it was added. {@code library} and {@code cookie} only when the
   * registry names the banner library the site deploys.
   *
   * @param regions each region code the categories name, with its ISO 3166 codes
   * @param jurisdictions each group of countries where the same categories ask consent
   * @param elsewhere what the banner does in every country no jurisdiction lists
   * @param services the banner services, provider × category, with ids that never change
   * @param consentModeDefaults {@code gtag('consent', 'default', …)} arguments, one per
   *     jurisdiction (with its {@code region}) and last one for elsewhere (without)
   * @param categories per category, the consent revision and the Consent Mode update it grants
   */
  public record Consent(
      @JsonInclude(NON_NULL) String library,
      @JsonInclude(NON_NULL) ConsentCookie cookie,
      List<Region> regions,
      List<Jurisdiction> jurisdictions,
      Jurisdiction elsewhere,
      List<BannerService> services,
      List<ConsentModeState> consentModeDefaults,
      List<CategoryConsent> categories) {
    public Consent {
      regions = List.copyOf(regions);
      jurisdictions = List.copyOf(jurisdictions);
      services = List.copyOf(services);
      consentModeDefaults = List.copyOf(consentModeDefaults);
      categories = List.copyOf(categories);
    }
  }

  /**
   * The cookie the banner library keeps choices in: the name it writes now, how long it lasts, and
   * the id of its entry under {@code cookies}.
   */
  public record ConsentCookie(String id, String name, int lifetimeDays, long seconds) {}

  /** A region code and the ISO 3166 codes it stands for (none for a code nothing defines). */
  public record Region(String code, @JsonInclude(NON_NULL) String title, List<String> countries) {
    public Region {
      countries = List.copyOf(countries);
    }
  }

  /**
   * Where the banner behaves alike: {@code banner} is {@code consent} when some category asks
   * consent there, else {@code notice} (an informational notice only).
   */
  public record Jurisdiction(
      @JsonInclude(NON_NULL) List<String> regions,
      @JsonInclude(NON_NULL) List<String> countries,
      String banner,
      List<String> askConsentFor) {
    public Jurisdiction {
      regions = regions == null ? null : List.copyOf(regions);
      countries = countries == null ? null : List.copyOf(countries);
      askConsentFor = List.copyOf(askConsentFor);
    }
  }

  /** A banner service: one provider's cookies in one category, id {@code <provider>-<category>}. */
  public record BannerService(String id, String provider, String category, List<String> cookies) {
    public BannerService {
      cookies = List.copyOf(cookies);
    }
  }

  /** A Google Consent Mode v2 state, as {@code gtag('consent', …)} takes it. */
  public record ConsentModeState(
      @JsonInclude(NON_NULL) @JsonProperty("ad_storage") String adStorage,
      @JsonInclude(NON_NULL) @JsonProperty("ad_user_data") String adUserData,
      @JsonInclude(NON_NULL) @JsonProperty("ad_personalization") String adPersonalization,
      @JsonInclude(NON_NULL) @JsonProperty("analytics_storage") String analyticsStorage,
      @JsonInclude(NON_NULL) @JsonProperty("functionality_storage") String functionalityStorage,
      @JsonInclude(NON_NULL) @JsonProperty("personalization_storage") String personalizationStorage,
      @JsonInclude(NON_NULL) @JsonProperty("security_storage") String securityStorage,
      @JsonInclude(NON_NULL) List<String> region) {
    public ConsentModeState {
      region = region == null ? null : List.copyOf(region);
    }
  }

  /**
   * A category's consent: the banner revision consent must have been given at (or after) to cover
   * it, and the Consent Mode {@code update} accepting it grants.
   */
  public record CategoryConsent(String id, int revision, ConsentModeState consentModeUpdate) {}

  /** A consent category, with the ids of its cookies and technologies. */
  public record Category(
      String id,
      String title,
      String description,
      String legalBasis,
      boolean required,
      boolean defaultEnabled,
      List<String> consentRequiredIn,
      List<String> consentMode,
      List<String> cookies,
      List<String> technologies,
      @JsonInclude(NON_NULL) List<Acceptance> accepted) {
    public Category {
      consentRequiredIn = List.copyOf(consentRequiredIn);
      consentMode = List.copyOf(consentMode);
      cookies = List.copyOf(cookies);
      technologies = List.copyOf(technologies);
      accepted = accepted == null || accepted.isEmpty() ? null : List.copyOf(accepted);
    }
  }

  /** A first or third party whose cookies or technologies the service uses. */
  public record Provider(
      String id,
      String name,
      String party,
      boolean selfHosted,
      @JsonInclude(NON_NULL) String host,
      Processing processing,
      @JsonInclude(NON_NULL) String privacyUrl,
      @JsonInclude(NON_NULL) OptOut optOut,
      @JsonInclude(NON_NULL) Boolean honoursDoNotTrack,
      @JsonInclude(NON_NULL) Boolean honoursGlobalPrivacyControl,
      boolean sessionRecording,
      @JsonInclude(NON_NULL) Boolean sellsOrShares,
      @JsonInclude(NON_NULL) List<Acceptance> accepted) {
    public Provider {
      accepted = accepted == null || accepted.isEmpty() ? null : List.copyOf(accepted);
    }
  }

  /**
   * Where and by whom a provider processes data, and the transfer safeguard (format 2.2); each only
   * when the policy states it.
   */
  public record Processing(
      @JsonInclude(NON_NULL) String location,
      @JsonInclude(NON_NULL) String processor,
      @JsonInclude(NON_NULL) String safeguard) {}

  /** How to opt out of a provider. */
  public record OptOut(String title, String url) {}

  /**
   * A declared cookie; {@code match} and {@code regex} only for a cookie with a name, and both
   * describe what it is recognised by: {@code matches} where the registry states it (format 2.1),
   * else {@code name}, which stays the name the policy prints. {@code provider} is the provider's
   * id; {@code providerName} is the provider as the policy's cookie table names it for this cookie
   * (a product name such as "Google (DoubleClick)" where the policy gives one, else the provider's
   * name); absent from manifests written before it was added. {@code matchable} (whether it has a
   * name) and {@code domain} (the service's domain unless the registry states another) are always
   * written, but manifests released before they were added lack them.
   */
  public record Cookie(
      String id,
      @JsonInclude(NON_NULL) String name,
      @JsonInclude(NON_NULL) String matches,
      @JsonInclude(NON_NULL) String label,
      String displayName,
      @JsonInclude(NON_NULL) Boolean matchable,
      @JsonInclude(NON_NULL) String match,
      @JsonInclude(NON_NULL) String regex,
      String provider,
      @JsonInclude(NON_NULL) String providerName,
      String category,
      String purpose,
      String type,
      @JsonInclude(NON_NULL) String domain,
      Duration duration,
      @JsonInclude(NON_NULL) List<Acceptance> accepted) {
    public Cookie {
      accepted = accepted == null || accepted.isEmpty() ? null : List.copyOf(accepted);
    }
  }

  /**
   * A cookie's lifetime for machines: kind, the ISO-8601 period (only for kinds {@code fixed} and
   * {@code idle}: the lifetime, or the idle timeout), the longest lifetime in seconds (null while
   * unknown), the display text, whether each use renews the expiry, and, for kind {@code variants},
   * each lifetime. Manifests of format 1.x wrote {@code iso} for every kind ({@code session},
   * {@code idle PT30M}, {@code PT12H | P30D}, {@code unknown}) and no {@code refresh}; {@link
   * ManifestMapper} reads both forms.
   */
  public record Duration(
      String kind,
      @JsonInclude(NON_NULL) String iso,
      @JsonInclude(ALWAYS) Long seconds,
      String display,
      @JsonInclude(NON_NULL) Boolean refresh,
      @JsonInclude(NON_NULL) String note,
      @JsonInclude(NON_NULL) List<Variant> variants) {
    public Duration {
      variants = variants == null ? null : List.copyOf(variants);
    }
  }

  /**
   * One lifetime of a duration of kind {@code variants}, and when it applies: {@code kind} {@code
   * session} (no {@code iso}) or {@code fixed} with its ISO-8601 period. Format 1.x wrote no {@code
   * kind} and {@code iso} {@code session} for a session lifetime.
   */
  public record Variant(
      String label,
      @JsonInclude(NON_NULL) String kind,
      @JsonInclude(NON_NULL) String iso,
      long seconds,
      String display) {}

  /**
   * A tracking technology other than a cookie; {@code keys} only when the registry lists its
   * storage keys.
   */
  public record Technology(
      String id,
      String title,
      String kind,
      String status,
      @JsonInclude(NON_NULL) Boolean enabledByDefault,
      String provider,
      @JsonInclude(NON_NULL) String category,
      String legalBasis,
      @JsonInclude(NON_NULL) String consentMechanism,
      String purpose,
      @JsonInclude(NON_NULL) List<StorageKey> keys) {
    public Technology {
      keys = keys == null ? null : List.copyOf(keys);
    }
  }

  /** A storage key of a technology: a name or pattern, matched as a cookie's name is. */
  public record StorageKey(String name, String match, String regex) {}

  /**
   * A section of the policy's text as its page reads, in reading order: its number, its title and
   * its paragraphs in plain text — numbered clauses start with their number, list items with their
   * marker. The cookie tables are not repeated: they show the manifest's cookies.
   *
   * @param level 1 for a top-level section, 2 for a subsection, and so on
   */
  public record Section(String id, String number, String title, int level, List<String> text) {
    public Section {
      text = List.copyOf(text);
    }
  }

  /**
   * What changed since the previous release ({@code since} is null for the first). {@code
   * noticeMethods} is always written, but manifests released before it was added lack it.
   */
  public record Change(
      @JsonInclude(ALWAYS) String since,
      String verdict,
      boolean material,
      String consentImpact,
      List<String> notice,
      @JsonInclude(NON_NULL) List<String> noticeMethods,
      List<ChangeEntry> changes) {
    public Change {
      notice = List.copyOf(notice);
      noticeMethods = noticeMethods == null ? null : List.copyOf(noticeMethods);
      changes = List.copyOf(changes);
    }
  }

  /**
   * One classified change; {@code categories} are the ids of the categories whose consent it
   * concerns (absent from manifests written before it was added).
   */
  public record ChangeEntry(
      String rule,
      String level,
      String subject,
      @JsonInclude(NON_NULL) List<String> categories,
      String message,
      String fingerprint) {
    public ChangeEntry {
      categories = categories == null ? null : List.copyOf(categories);
    }
  }

  /**
   * Where the site's other outputs of this version are, relative to the manifest; a release
   * archives each of them beside its manifest, so they resolve from an archived manifest too.
   */
  public record Paths(
      String policy,
      String history,
      String manifestSchema,
      String registrySchema,
      String bannerCategories,
      String cookieconsent,
      String klaro,
      String deviceStorage,
      String notice) {
    /** The paths this format's manifests name. */
    public static final Paths CURRENT =
        new Paths(
            SitePaths.POLICY,
            SitePaths.HISTORY,
            SitePaths.manifestSchema(FORMAT_MAJOR),
            SitePaths.REGISTRY_SCHEMA,
            SitePaths.BANNER_CATEGORIES,
            SitePaths.COOKIECONSENT,
            SitePaths.KLARO,
            SitePaths.DEVICE_STORAGE,
            SitePaths.NOTICE);

    /** Every path, in declaration order. */
    public List<String> all() {
      return List.of(
          policy,
          history,
          manifestSchema,
          registrySchema,
          bannerCategories,
          cookieconsent,
          klaro,
          deviceStorage,
          notice);
    }
  }
}
