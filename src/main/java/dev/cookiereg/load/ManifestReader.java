package dev.cookiereg.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import dev.cookiereg.diagnostic.Diagnostic;
import dev.cookiereg.diagnostic.Location;
import dev.cookiereg.diagnostic.RegistryException;
import dev.cookiereg.manifest.Manifest;
import dev.cookiereg.manifest.ManifestJson;
import dev.cookiereg.manifest.ManifestMapper;
import dev.cookiereg.model.Registry;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a released {@code manifest.json} back into a registry (see {@link ManifestMapper}), so
 * {@code diff} can compare with a release known only by its manifest. Anything it cannot read is
 * one located error.
 */
public final class ManifestReader {
  private ManifestReader() {}

  /** A manifest nests about six levels; deeper JSON is refused as the registry's YAML is. */
  private static final JsonFactory JSON =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder().maxNestingDepth(YamlTreeReader.MAX_DEPTH).build())
          .build();

  private static final String UNREADABLE = "not a readable cookiereg manifest: ";

  /**
   * The registry of the manifest in {@code bytes}, or one error (named {@code file}) saying where
   * and why it cannot be read.
   */
  public static Registry read(String file, byte[] bytes) throws RegistryException {
    Manifest manifest = parse(file, bytes);
    try {
      return ManifestMapper.toRegistry(manifest);
    } catch (RuntimeException e) {
      String why =
          e.getMessage() == null ? e.getClass().getSimpleName() : firstLine(e.getMessage());
      throw error(file, Location.START, UNREADABLE + why);
    }
  }

  /**
   * The manifest in {@code bytes}, or one located error: not JSON, nested too deep, not a manifest,
   * or a member missing, null or of another type.
   */
  public static Manifest parse(String file, byte[] bytes) throws RegistryException {
    try (JsonParser in = JSON.createParser(bytes)) {
      in.nextToken();
      Manifest manifest = ManifestJson.read(in, Manifest.class);
      if (in.nextToken() != null) {
        throw error(file, location(in.currentTokenLocation()), UNREADABLE + "JSON after its end");
      }
      return manifest;
    } catch (ManifestJson.Mismatch e) {
      // another JSON file, or malformed JSON past the member that failed: say that instead
      if (!isManifest(file, bytes)) {
        throw error(
            file,
            Location.START,
            "not a cookiereg manifest (no schemaVersion, policy and cookies)");
      }
      throw error(file, location(e.getLocation()), UNREADABLE + e.getOriginalMessage());
    } catch (JsonProcessingException e) {
      throw error(file, location(e.getLocation()), why(e));
    } catch (IOException e) {
      throw error(file, Location.START, "cannot read: " + e.getMessage());
    }
  }

  /** True when the JSON is an object with the members every cookiereg manifest has. */
  private static boolean isManifest(String file, byte[] bytes) throws RegistryException {
    try (JsonParser in = JSON.createParser(bytes)) {
      if (in.nextToken() != JsonToken.START_OBJECT) return false;
      Set<String> members = new HashSet<>();
      while (in.nextToken() == JsonToken.FIELD_NAME) {
        members.add(in.currentName());
        in.nextToken();
        in.skipChildren();
      }
      return members.containsAll(List.of("schemaVersion", "policy", "cookies"));
    } catch (JsonProcessingException e) {
      throw error(file, location(e.getLocation()), why(e));
    } catch (IOException e) {
      throw error(file, Location.START, "cannot read: " + e.getMessage());
    }
  }

  /** Why the text is not JSON, or nests too deep. */
  private static String why(JsonProcessingException e) {
    if (e instanceof StreamConstraintsException
        && String.valueOf(e.getOriginalMessage()).contains("nesting")) {
      return "nesting is deeper than "
          + YamlTreeReader.MAX_DEPTH
          + " levels; a manifest never needs that";
    }
    if (e instanceof JsonEOFException) return UNREADABLE + "the file ends before the manifest does";
    return UNREADABLE + firstLine(String.valueOf(e.getOriginalMessage()));
  }

  private static Location location(JsonLocation at) {
    return at == null || at.getLineNr() < 1
        ? Location.START
        : new Location(at.getLineNr(), Math.max(1, at.getColumnNr()));
  }

  private static String firstLine(String text) {
    return text.strip().lines().findFirst().orElse("not JSON");
  }

  private static RegistryException error(String file, Location where, String why) {
    return new RegistryException(Diagnostic.error(file, where, "manifest", why));
  }
}
