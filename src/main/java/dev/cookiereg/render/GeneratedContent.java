package dev.cookiereg.render;

import dev.cookiereg.model.Block;
import dev.cookiereg.model.Item;
import dev.cookiereg.model.Provider;
import dev.cookiereg.model.Registry;
import dev.cookiereg.prose.Placeholders;
import dev.cookiereg.prose.Prose;
import dev.cookiereg.render.html.Markdown;
import dev.cookiereg.render.html.PolicyPage.ThirdPartyRow;
import dev.cookiereg.render.html.PolicyPage.ThirdPartyTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * What the page generates from facts rather than prose: the lists a clause asks for with {@code
 * list:} (a category's providers, related documents, consent features, notice methods, browser
 * guides) and the third-party table.
 */
final class GeneratedContent {
  private final Registry registry;
  private final Placeholders global;
  private final BiFunction<String, Placeholders, String> expand;

  /** {@code expand} turns a text's placeholders and cross-references into Markdown. */
  GeneratedContent(Registry registry, BiFunction<String, Placeholders, String> expand) {
    this.registry = registry;
    this.global = Placeholders.global(registry);
    this.expand = expand;
  }

  /** The Markdown items of a generated list; {@code category} is the clause's, or null. */
  List<String> list(Block.GeneratedList what, String category) {
    return switch (what) {
      case PROVIDERS ->
          registry.providersIn(requireCategory(category)).stream()
              .filter(p -> p.description() != null)
              .map(
                  p ->
                      Prose.escape(p.productName())
                          + " — "
                          + expand.apply(p.description(), Placeholders.forProvider(registry, p)))
              .toList();
      case RELATED_DOCUMENTS ->
          registry.policy().relatedDocuments().stream()
              .map(d -> CrossReferences.document(d, true))
              .toList();
      case CONSENT_FEATURES -> items(registry.consentPlatform().features());
      case NOTICE_METHODS -> items(registry.policy().noticeMethods());
      case BROWSERS ->
          registry.browsers().stream()
              .map(b -> Prose.escape(b.name()) + ": " + link(b.url()))
              .toList();
    };
  }

  private static String requireCategory(String category) {
    if (category == null) {
      throw new IllegalStateException("list: providers is only meaningful inside a category");
    }
    return category;
  }

  private List<String> items(List<Item> items) {
    return items.stream().map(i -> expand.apply(i.text(), global)).toList();
  }

  /** A link whose text is the address without its scheme. */
  private static String link(String url) {
    return "[" + Prose.escape(Prose.linkText(url)) + "](" + Prose.destination(url) + ")";
  }

  ThirdPartyTable thirdParties(String label) {
    List<ThirdPartyRow> rows = new ArrayList<>();
    for (Provider p : registry.providers()) {
      if (p.thirdParty() == null) continue;
      String privacy =
          p.privacyUrl() != null
              ? link(p.privacyUrl())
              : expand.apply(
                  Optional.ofNullable(p.thirdParty().privacyNote()).orElse(""),
                  Placeholders.forProvider(registry, p));
      Placeholders scope = Placeholders.forProvider(registry, p);
      rows.add(
          new ThirdPartyRow(
              p.id(),
              p.name(),
              inlineHtml(p.thirdParty().purpose(), scope),
              Markdown.INSTANCE.inlineHtml(privacy)));
    }
    return new ThirdPartyTable(label, rows);
  }

  /**
   * A table cell's Markdown as inline HTML. Most purposes are plain words, which need only their
   * quotes escaped (what commonmark would write); a large registry's page is spared a Markdown
   * parse per cookie.
   */
  String inlineHtml(String markdown, Placeholders scope) {
    if (MachineText.isPlain(markdown)) return markdown.strip().replace("\"", "&quot;");
    return Markdown.INSTANCE.inlineHtml(expand.apply(markdown, scope));
  }
}
