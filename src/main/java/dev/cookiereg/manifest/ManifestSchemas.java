package dev.cookiereg.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The manifest's JSON Schemas in the jar, one per major version of the format: the newest is the
 * one {@link Manifest} writes; older majors stay as they were published, for manifests released in
 * them.
 */
public final class ManifestSchemas {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ManifestSchemas() {}

  /** Where the schema of format {@code major} is in the jar. */
  public static String resource(int major) {
    return major == Manifest.FORMAT_MAJOR
        ? "/cookiereg/schema/manifest.schema.json"
        : "/cookiereg/schema/manifest-v" + major + ".schema.json";
  }

  /**
   * The schema of format {@code major} (1 to {@link Manifest#FORMAT_MAJOR}).
   *
   * @throws IllegalArgumentException for a major the jar has no schema of
   * @throws UncheckedIOException when the jar cannot be read
   */
  public static JsonNode of(int major) {
    String resource = resource(major);
    try (InputStream in = ManifestSchemas.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalArgumentException("no manifest schema of format " + major);
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
