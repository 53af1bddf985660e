package dev.cookiereg.validate;

import dev.cookiereg.model.Category;
import dev.cookiereg.prose.Placeholders;
import dev.cookiereg.prose.Prose;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@link Lints#IMAGE_IN_PROSE}: no text holds an image, found as the page finds them: in the text
 * with its placeholders and cross-references filled in (so {@code !{link:optOut.url}} counts), and
 * in a category's description and legal-basis statement, which the page joins in one paragraph.
 */
final class ImageInProse implements Check {
  @Override
  public void check(LintedRegistry registry, Report report) {
    Set<String> linked = new HashSet<>(registry.numbered()); // [[id]] the page writes as a link
    registry
        .model()
        .policy()
        .relatedDocuments()
        .forEach(
            d -> {
              if (d.url() != null) linked.add(d.id());
            });
    for (TextSite site : registry.texts()) {
      if (site.text().indexOf('!') < 0) continue;
      for (MarkdownImages.Found image :
          MarkdownImages.in(expand(site.text(), site.scope().get(), linked))) {
        report.at(site.pointer(), MarkdownImages.message(image.source()));
      }
    }
    joined(registry, report, linked);
  }

  /**
   * An image in the joined paragraph that neither text holds alone takes its definition from the
   * other.
   */
  private static void joined(LintedRegistry registry, Report report, Set<String> linked) {
    Placeholders global = registry.global();
    List<Category> categories = registry.model().categories();
    for (int i = 0; i < categories.size(); i++) {
      Category c = categories.get(i);
      if (c.legalBasisStatement() == null) continue;
      String joined = c.description() + " " + c.legalBasisStatement();
      if (joined.indexOf('!') < 0) continue;
      int apart =
          MarkdownImages.in(expand(c.description(), global, linked)).size()
              + MarkdownImages.in(expand(c.legalBasisStatement(), global, linked)).size();
      List<MarkdownImages.Found> together = MarkdownImages.in(expand(joined, global, linked));
      for (MarkdownImages.Found image :
          together.subList(Math.min(apart, together.size()), together.size())) {
        report.at("/categories/" + i + "/description", MarkdownImages.message(image.source()));
      }
    }
  }

  private static String expand(String text, Placeholders scope, Set<String> linked) {
    return Prose.expand(
        text, scope, id -> linked.contains(id) ? "[" + id + "](#" + id + ")" : Prose.escape(id));
  }
}
