package dev.cookiereg.render;

import dev.cookiereg.site.SiteFile;
import dev.cookiereg.site.SitePaths;
import java.util.List;

/**
 * {@code schema/cookies.schema.json}: the registry's JSON Schema, for editors' completion and
 * validation.
 */
final class RegistrySchemaRenderer implements Renderer {

  @Override
  public List<SiteFile> render(RenderContext context) {
    return List.of(Json.file(SitePaths.REGISTRY_SCHEMA, context.registrySchema()));
  }
}
