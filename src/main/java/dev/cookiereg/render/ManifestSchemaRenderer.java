package dev.cookiereg.render;

import dev.cookiereg.manifest.Manifest;
import dev.cookiereg.manifest.ManifestSchemas;
import dev.cookiereg.site.RenderException;
import dev.cookiereg.site.SiteFile;
import dev.cookiereg.site.SitePaths;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON Schemas (2020-12) that document and version the manifest: each major's at {@code
 * schema/v<major>/manifest.schema.json}, so a consumer pinned to a major keeps its schema, and the
 * newest again at {@code schema/manifest.schema.json}.
 */
final class ManifestSchemaRenderer implements Renderer {
  @Override
  public List<SiteFile> render(RenderContext context) throws RenderException {
    try {
      List<SiteFile> files = new ArrayList<>();
      for (int major = 1; major <= Manifest.FORMAT_MAJOR; major++) {
        files.add(Json.file(SitePaths.manifestSchema(major), ManifestSchemas.of(major)));
      }
      files.add(Json.file(SitePaths.MANIFEST_SCHEMA, ManifestSchemas.of(Manifest.FORMAT_MAJOR)));
      return files;
    } catch (UncheckedIOException | IllegalArgumentException e) {
      throw new RenderException("cannot read the manifest schema: " + e.getMessage(), e);
    }
  }
}
