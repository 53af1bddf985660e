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
    ConsentRevisions revisions) {
  public RenderContext {
    Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(outline, "outline");
    changelog = changelog == null ? "" : changelog;
    change = change == null ? ChangeSummary.FIRST : change;
    revisions = revisions == null ? ConsentRevisions.first(registry) : revisions;
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
