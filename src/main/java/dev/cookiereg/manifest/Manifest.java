package dev.cookiereg.manifest;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS;
import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
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
    List<Category> categories,
    List<Provider> providers,
    List<Cookie> cookies,
    List<Technology> technologies,
    Change change,
    Paths paths)
    implements JsonSerializable {
  public Manifest {
    categories = LazyList.copyOf(categories);
    providers = LazyList.copyOf(providers);
    cookies = LazyList.copyOf(cookies);
    technologies = LazyList.copyOf(technologies);
  }

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
      int bannerRevision) {}

  /** The company responsible for the policy. */
  public record Controller(String name, String email) {}

  /** The service the policy covers. */
  public record Service(String name, String domain) {}

  /** The consent management platform; absent from manifests written before it was added. */
  public record ConsentPlatform(String status, String cookieSettingsLabel) {}

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
      List<String> technologies) {
    public Category {
      consentRequiredIn = List.copyOf(consentRequiredIn);
      consentMode = List.copyOf(consentMode);
      cookies = List.copyOf(cookies);
      technologies = List.copyOf(technologies);
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
      boolean sessionRecording) {}

  /** Where and by whom a provider processes data; each only when the policy states it. */
  public record Processing(
      @JsonInclude(NON_NULL) String location, @JsonInclude(NON_NULL) String processor) {}

  /** How to opt out of a provider. */
  public record OptOut(String title, String url) {}

  /**
   * A declared cookie; {@code match} and {@code regex} only for a cookie with a name. {@code
   * matchable} (whether it has a name) and {@code domain} (the service's domain unless the registry
   * states another) are always written, but manifests released before they were added lack them.
   */
  public record Cookie(
      String id,
      @JsonInclude(NON_NULL) String name,
      @JsonInclude(NON_NULL) String label,
      String displayName,
      @JsonInclude(NON_NULL) Boolean matchable,
      @JsonInclude(NON_NULL) String match,
      @JsonInclude(NON_NULL) String regex,
      String provider,
      String category,
      String purpose,
      String type,
      @JsonInclude(NON_NULL) String domain,
      Duration duration) {}

  /**
   * A cookie's lifetime for machines: kind, ISO text, the longest lifetime in seconds (null while
   * unknown), the display text, and, for kind {@code variants}, each lifetime.
   */
  public record Duration(
      String kind,
      String iso,
      @JsonInclude(ALWAYS) Long seconds,
      String display,
      @JsonInclude(NON_NULL) String note,
      @JsonInclude(NON_NULL) List<Variant> variants) {
    public Duration {
      variants = variants == null ? null : List.copyOf(variants);
    }
  }

  /** One lifetime of a duration of kind {@code variants}, and when it applies. */
  public record Variant(String label, String iso, long seconds, String display) {}

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

  /** One classified change. */
  public record ChangeEntry(
      String rule, String level, String subject, String message, String fingerprint) {}

  /** Where the site's other outputs are, relative to its root. */
  public record Paths(
      String policy,
      String history,
      String manifestSchema,
      String registrySchema,
      String bannerCategories,
      String cookieconsent,
      String klaro,
      String deviceStorage,
      String notice,
      String versions) {}
}
