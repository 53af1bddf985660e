package dev.cookiereg.load;

import static dev.cookiereg.load.JsonNodes.bool;
import static dev.cookiereg.load.JsonNodes.list;
import static dev.cookiereg.load.JsonNodes.strings;
import static dev.cookiereg.load.JsonNodes.text;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.cookiereg.diagnostic.Diagnostic;
import dev.cookiereg.diagnostic.Location;
import dev.cookiereg.diagnostic.RegistryException;
import dev.cookiereg.model.BrowserGuide;
import dev.cookiereg.model.Category;
import dev.cookiereg.model.ConsentPlatform;
import dev.cookiereg.model.Controller;
import dev.cookiereg.model.Cookie;
import dev.cookiereg.model.IsoDuration;
import dev.cookiereg.model.LegalBasis;
import dev.cookiereg.model.Policy;
import dev.cookiereg.model.Provider;
import dev.cookiereg.model.Registry;
import dev.cookiereg.model.Retention;
import dev.cookiereg.model.Service;
import dev.cookiereg.model.Technology;
import dev.cookiereg.model.Version;
import dev.cookiereg.model.Yaml;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * Reads a released {@code manifest.json} back into a model, so {@code diff} can compare with a
 * release known only by its manifest. A manifest carries every fact but not the policy's prose: the
 * model has no sections, and texts are the manifest's plain text. Compare it only with another
 * manifest-derived model.
 */
public final class ManifestReader {
  private ManifestReader() {}

  /** A manifest nests about six levels; deeper JSON is refused as the registry's YAML is. */
  private static final ObjectMapper JSON =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(YamlTreeReader.MAX_DEPTH)
                          .build())
                  .build())
          .build();

  /**
   * The JSON of a manifest file, or one located error (named {@code file}) saying why it is not
   * JSON.
   */
  public static JsonNode parse(String file, byte[] bytes) throws RegistryException {
    try {
      return JSON.readTree(bytes);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      Location where =
          at == null || at.getLineNr() < 1
              ? Location.START
              : new Location(at.getLineNr(), Math.max(1, at.getColumnNr()));
      String why =
          e instanceof StreamConstraintsException
                  && String.valueOf(e.getOriginalMessage()).contains("nesting")
              ? "nesting is deeper than "
                  + YamlTreeReader.MAX_DEPTH
                  + " levels; a manifest never needs that"
              : "not a readable cookiereg manifest: "
                  + String.valueOf(e.getOriginalMessage())
                      .strip()
                      .lines()
                      .findFirst()
                      .orElse("not JSON");
      throw new RegistryException(Diagnostic.error(file, where, "manifest", why));
    } catch (IOException e) {
      throw new RegistryException(
          Diagnostic.error(file, Location.START, "manifest", "cannot read: " + e.getMessage()));
    }
  }

  /** True when the JSON looks like a cookiereg manifest. */
  public static boolean isManifest(JsonNode json) {
    return json.isObject()
        && json.has("schemaVersion")
        && json.has("cookies")
        && json.has("policy");
  }

  public static Registry read(JsonNode m) {
    JsonNode p = m.path("policy");
    Policy policy =
        new Policy(
            text(p, "title"),
            null,
            Version.parse(text(p, "version")),
            LocalDate.parse(text(p, "effective")),
            LocalDate.parse(text(p, "lastUpdated")),
            text(p, "language"),
            Policy.DEFAULT_NOTICE_PERIOD_DAYS,
            text(p, "url"),
            List.of(),
            List.of());
    JsonNode c = m.path("controller");
    JsonNode platform = m.path("consentPlatform");
    return new Registry(
        policy,
        new Controller(text(c, "name"), null, null, List.of(), text(c, "email")),
        new Service(text(m.path("service"), "name"), text(m.path("service"), "domain")),
        platform.isMissingNode()
            ? ConsentPlatform.undeclared()
            : new ConsentPlatform(
                Yaml.parse(ConsentPlatform.Status.class, text(platform, "status")),
                text(platform, "cookieSettingsLabel"),
                false,
                List.of()),
        list(m.path("categories"), ManifestReader::category),
        list(m.path("providers"), ManifestReader::provider),
        list(m.path("cookies"), ManifestReader::cookie),
        list(m.path("technologies"), ManifestReader::technology),
        List.<BrowserGuide>of(),
        List.of());
  }

  private static Category category(JsonNode n) {
    return new Category(
        text(n, "id"),
        text(n, "title"),
        text(n, "description"),
        Yaml.parse(LegalBasis.class, text(n, "legalBasis")),
        null,
        n.path("required").asBoolean(),
        !n.path("required").asBoolean() && n.path("defaultEnabled").asBoolean(),
        strings(n.path("consentRequiredIn")),
        strings(n.path("consentMode")),
        List.of(),
        List.of());
  }

  private static Provider provider(JsonNode n) {
    JsonNode processing = n.path("processing");
    JsonNode optOut = n.path("optOut");
    return new Provider(
        text(n, "id"),
        text(n, "name"),
        null,
        null,
        Yaml.parse(Provider.Party.class, text(n, "party")),
        n.path("selfHosted").asBoolean(),
        text(n, "host"),
        new Provider.Processing(text(processing, "location"), text(processing, "processor"), null),
        null,
        text(n, "privacyUrl"),
        null,
        null,
        optOut.isMissingNode()
            ? null
            : new Provider.OptOut(text(optOut, "title"), text(optOut, "url"), ""),
        bool(n, "honoursDoNotTrack"),
        bool(n, "honoursGlobalPrivacyControl"),
        n.path("sessionRecording").asBoolean(),
        null,
        null);
  }

  private static Cookie cookie(JsonNode n) {
    return new Cookie(
        text(n, "id"),
        text(n, "name"),
        text(n, "label"),
        text(n, "provider"),
        null,
        text(n, "category"),
        text(n, "purpose"),
        retention(n.path("duration")),
        text(n, "domain"),
        null);
  }

  private static Retention retention(JsonNode d) {
    Retention r =
        switch (text(d, "kind")) {
          case "unknown" -> Retention.unknown(text(d, "note"));
          case "session" -> Retention.session();
          case "fixed" -> Retention.fixed(IsoDuration.parse(text(d, "iso")));
          case "idle" ->
              Retention.idle(IsoDuration.parse(text(d, "iso").substring("idle ".length())));
          case "variants" ->
              Retention.variants(
                  list(
                      d.path("variants"),
                      v ->
                          new Retention.Variant(
                              RegistryMapper.simpleRetention(text(v, "iso")), text(v, "label"))));
          default -> throw new IllegalArgumentException("unknown duration kind " + text(d, "kind"));
        };
    String display = text(d, "display");
    return display == null || display.equals(r.display()) ? r : r.withDisplay(display);
  }

  private static Technology technology(JsonNode n) {
    return new Technology(
        text(n, "id"),
        text(n, "title"),
        Yaml.parse(Technology.Kind.class, text(n, "kind")),
        Yaml.parse(Technology.Status.class, text(n, "status")),
        bool(n, "enabledByDefault"),
        null,
        text(n, "provider"),
        text(n, "category"),
        Yaml.parse(LegalBasis.class, text(n, "legalBasis")),
        text(n, "consentMechanism"),
        text(n, "purpose"),
        List.of(),
        List.of(),
        null);
  }
}
