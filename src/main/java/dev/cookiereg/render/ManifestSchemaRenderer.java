package dev.cookiereg.render;

import dev.cookiereg.load.Inputs;
import dev.cookiereg.site.RenderException;
import dev.cookiereg.site.SiteFile;
import dev.cookiereg.site.SitePaths;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * {@code schema/manifest.schema.json}: the JSON Schema (2020-12) that documents and versions the
 * manifest.
 */
final class ManifestSchemaRenderer implements Renderer {
  static final String RESOURCE = "/cookiereg/schema/manifest.schema.json";

  /** The schema is about 25 KiB; reading stops well beyond that. */
  static final long MAX_SCHEMA_BYTES = 4L << 20;

  @Override
  public List<SiteFile> render(RenderContext context) throws RenderException {
    try (InputStream in = ManifestSchemaRenderer.class.getResourceAsStream(RESOURCE)) {
      if (in == null)
        throw new RenderException("the manifest schema is missing from the jar: " + RESOURCE);
      return List.of(
          Json.file(
              SitePaths.MANIFEST_SCHEMA,
              Json.MAPPER.readTree(Inputs.read(in, RESOURCE, MAX_SCHEMA_BYTES))));
    } catch (IOException e) {
      throw new RenderException("cannot read the manifest schema: " + e.getMessage(), e);
    }
  }
}
