package dev.cookiereg.render;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cookiereg.model.Registry;
import dev.cookiereg.prose.Outline;
import dev.cookiereg.release.ChangeSummary;
import dev.cookiereg.release.ConsentRevisions;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Everything a renderer may use: the registry, its outline, the templates folder, the policy
 * history and the registry's JSON Schema. Immutable; built once per build.
 *
 * @param templates the folder of FreeMarker templates and assets, or null for the defaults in the
 *     jar
 * @param changelog the text of CHANGELOG.md (the policy history), or empty
 * @param registrySchema the JSON Schema of cookies.yaml, published for editors
 * @param change what changed since the previous release
 * @param revisions each category's consent revision over the released history
 */
public record RenderContext(
    Registry registry,
    Outline outline,
    Path templates,
    String changelog,
    JsonNode registrySchema,
    ChangeSummary change,
    ConsentRevisions revisions,
    Edition edition) {
  public RenderContext {
    Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(outline, "outline");
    changelog = changelog == null ? "" : changelog;
    change = change == null ? ChangeSummary.FIRST : change;
    revisions = revisions == null ? ConsentRevisions.first(registry) : revisions;
    edition = edition == null ? Edition.SOURCE : edition;
  }

  /** As above, in the policy's own language. */
  public RenderContext(
      Registry registry,
      Outline outline,
      Path templates,
      String changelog,
      JsonNode registrySchema,
      ChangeSummary change,
      ConsentRevisions revisions) {
    this(registry, outline, templates, changelog, registrySchema, change, revisions, null);
  }

  /**
   * The context of {@code language}'s edition: the registry translated (its outline is the same),
   * the rest as it is.
   */
  public RenderContext in(dev.cookiereg.model.Language language) {
    Edition e = Edition.of(language);
    Registry translated = e.registry(registry);
    return new RenderContext(
        translated,
        Outline.of(translated),
        templates,
        changelog,
        registrySchema,
        change,
        revisions,
        e);
  }

  /** The contexts of every edition in another language, in the registry's order. */
  public java.util.List<RenderContext> editions() {
    if (!edition.isSource()) return java.util.List.of();
    return registry.languages().stream().map(this::in).toList();
  }

  /**
   * The categories in the order the policy describes them (registry order for any it does not
   * place).
   */
  public java.util.List<dev.cookiereg.model.Category> categoriesInPolicyOrder() {
    java.util.List<String> order = java.util.List.copyOf(outline.numbers().keySet());
    return registry.categories().stream()
        .sorted(
            java.util.Comparator.comparingInt(
                c -> {
                  int i = order.indexOf(c.id());
                  return i < 0 ? Integer.MAX_VALUE : i;
                }))
        .toList();
  }

  public static RenderContext of(
      Registry registry,
      Path templates,
      String changelog,
      JsonNode registrySchema,
      ChangeSummary change) {
    return of(registry, templates, changelog, registrySchema, change, null);
  }

  /** As above, with the categories' consent revisions over the released history. */
  public static RenderContext of(
      Registry registry,
      Path templates,
      String changelog,
      JsonNode registrySchema,
      ChangeSummary change,
      ConsentRevisions revisions) {
    return new RenderContext(
        registry, Outline.of(registry), templates, changelog, registrySchema, change, revisions);
  }
}
