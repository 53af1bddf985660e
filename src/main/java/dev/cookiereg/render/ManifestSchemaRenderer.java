package dev.cookiereg.render;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cookiereg.load.Inputs;
import dev.cookiereg.manifest.Manifest;
import dev.cookiereg.site.RenderException;
import dev.cookiereg.site.SiteFile;
import dev.cookiereg.site.SitePaths;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON Schemas (2020-12) that document and version the manifest: each major's at {@code
 * schema/v<major>/manifest.schema.json}, so a consumer pinned to a major keeps its schema, and the
 * newest again at {@code schema/manifest.schema.json}.
 */
final class ManifestSchemaRenderer implements Renderer {
  /** The newest major's schema in the jar. */
  static final String RESOURCE = "/cookiereg/schema/manifest.schema.json";

  /** Every major's schema in the jar, by major; the newest is {@link #RESOURCE}. */
  static String resource(int major) {
    return major == Manifest.FORMAT_MAJOR
        ? RESOURCE
        : "/cookiereg/schema/manifest-v" + major + ".schema.json";
  }

  /** The schema is about 30 KiB; reading stops well beyond that. */
  static final long MAX_SCHEMA_BYTES = 4L << 20;

  @Override
  public List<SiteFile> render(RenderContext context) throws RenderException {
    List<SiteFile> files = new ArrayList<>();
    for (int major = 1; major <= Manifest.FORMAT_MAJOR; major++) {
      files.add(Json.file(SitePaths.manifestSchema(major), schema(major)));
    }
    files.add(Json.file(SitePaths.MANIFEST_SCHEMA, schema(Manifest.FORMAT_MAJOR)));
    return files;
  }

  /** The schema of format {@code major}, as the jar holds it. */
  static JsonNode schema(int major) throws RenderException {
    String resource = resource(major);
    try (InputStream in = ManifestSchemaRenderer.class.getResourceAsStream(resource)) {
      if (in == null)
        throw new RenderException("the manifest schema is missing from the jar: " + resource);
      return Json.MAPPER.readTree(Inputs.read(in, resource, MAX_SCHEMA_BYTES));
    } catch (IOException e) {
      throw new RenderException("cannot read the manifest schema: " + e.getMessage(), e);
    }
  }
}
