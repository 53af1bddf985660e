package dev.cookiereg.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cookiereg.diagnostic.Location;
import dev.cookiereg.diagnostic.Suggestions;
import dev.cookiereg.load.SourceMap;
import dev.cookiereg.load.SourceTree;
import dev.cookiereg.model.Category;
import dev.cookiereg.model.Provider;
import dev.cookiereg.model.Registry;
import dev.cookiereg.model.Technology;
import dev.cookiereg.prose.Outline;
import dev.cookiereg.prose.Placeholders;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A registry as the lint rules read it: its model, its tree and where each element is written, and
 * the walks and facts several rules share, each made once, when first asked for.
 */
final class LintedRegistry {
  private final Registry registry;
  private final JsonNode root;
  private final SourceMap map;
  private Set<String> providerIds;
  private Set<String> categoryIds;
  private Set<String> technologyIds;
  private Places places;
  private TextSite.All texts;
  private Placeholders global;
  private Map<String, String> numbers;

  LintedRegistry(Registry registry, SourceTree tree) {
    this.registry = registry;
    this.root = tree.root();
    this.map = tree.sourceMap();
  }

  Registry model() {
    return registry;
  }

  /**
   * The tree the model was read from, for what the model does not keep (how a value is written).
   */
  JsonNode tree() {
    return root;
  }

  String file() {
    return map.file();
  }

  Location locate(String pointer) {
    return map.locate(pointer);
  }

  /** The line of the element at the pointer, for messages that point at another element. */
  int line(String pointer) {
    return map.locate(pointer).line();
  }

  Set<String> providerIds() {
    if (providerIds == null) providerIds = ids(registry.providers(), Provider::id);
    return providerIds;
  }

  Set<String> categoryIds() {
    if (categoryIds == null) categoryIds = ids(registry.categories(), Category::id);
    return categoryIds;
  }

  Set<String> technologyIds() {
    if (technologyIds == null) technologyIds = ids(registry.technologies(), Technology::id);
    return technologyIds;
  }

  /** The policy's blocks and the ids that own a place in it. */
  Places places() {
    if (places == null) places = Places.of(registry);
    return places;
  }

  /**
   * The texts of the tree that may hold Markdown and can be read safely, located, with their scope.
   */
  List<TextSite> texts() {
    return textSites().marked();
  }

  /** The texts nested too deep for Markdown to be read safely: no other rule reads them. */
  List<TextSite> tooDeepTexts() {
    return textSites().tooDeep();
  }

  private TextSite.All textSites() {
    if (texts == null) texts = TextSite.all(this);
    return texts;
  }

  /** The placeholders of texts outside providers and technologies. */
  Placeholders global() {
    if (global == null) global = Placeholders.global(registry);
    return global;
  }

  /** The ids the outline numbers: sections, clauses, categories, technologies. */
  Set<String> numbered() {
    return numbers().keySet();
  }

  /** The number of each id the outline numbers ("5.1"), in document order. */
  Map<String, String> numbers() {
    if (numbers == null) numbers = Outline.of(registry).numbers();
    return numbers;
  }

  /** "; did you mean 'analytics'?" when a known id is one or two edits away. */
  static String suggest(String wrong, Collection<String> known) {
    return Suggestions.didYouMean(wrong, known);
  }

  private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
    Set<String> out = new HashSet<>();
    items.forEach(i -> out.add(id.apply(i)));
    return out;
  }
}
