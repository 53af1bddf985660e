package dev.cookiereg.render;

import dev.cookiereg.i18n.TranslationSchema;
import dev.cookiereg.site.SiteFile;
import dev.cookiereg.site.SitePaths;
import java.util.List;

/**
 * {@code schema/translation.schema.json}: the JSON Schema of the registry's translation files, with
 * every text id it has, for editors' completion; none when the registry has no other language.
 */
final class TranslationSchemaRenderer implements Renderer {

  @Override
  public List<SiteFile> render(RenderContext context) {
    if (context.registry().languages().isEmpty()) return List.of();
    return List.of(
        Json.file(SitePaths.TRANSLATION_SCHEMA, TranslationSchema.of(context.registry())));
  }
}
