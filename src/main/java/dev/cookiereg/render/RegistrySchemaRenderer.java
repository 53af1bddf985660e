package dev.cookiereg.render;

import java.util.List;

/** {@code schema/cookies.schema.json}: the registry's JSON Schema, for editors' completion and validation. */
public final class RegistrySchemaRenderer implements Renderer {
  public static final String PATH = "schema/cookies.schema.json";

  @Override
  public List<SiteFile> render(RenderContext context) {
    return List.of(Json.file(PATH, context.registrySchema()));
  }
}
