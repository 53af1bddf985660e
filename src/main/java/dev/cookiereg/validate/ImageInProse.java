package dev.cookiereg.validate;

import dev.cookiereg.model.Category;
import dev.cookiereg.prose.Placeholders;
import dev.cookiereg.prose.Prose;
import java.util.ArrayList;
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
   * An image the joined paragraph shows that neither text shows alone (one text completes the
   * other's) is reported at the description, by its own source.
   */
  private static void joined(LintedRegistry registry, Report report, Set<String> linked) {
    Placeholders global = registry.global();
    List<Category> categories = registry.model().categories();
    for (int i = 0; i < categories.size(); i++) {
      Category c = categories.get(i);
      if (c.legalBasisStatement() == null) continue;
      String joined = c.description() + " " + c.legalBasisStatement();
      if (joined.indexOf('!') < 0) continue;
      List<String> apart = new ArrayList<>(); // the sources each text shows alone
      for (String text : List.of(c.description(), c.legalBasisStatement())) {
        MarkdownImages.in(expand(text, global, linked)).forEach(f -> apart.add(f.source()));
      }
      for (MarkdownImages.Found image : MarkdownImages.in(expand(joined, global, linked))) {
        if (!apart.remove(image.source())) {
          report.at("/categories/" + i + "/description", MarkdownImages.message(image.source()));
        }
      }
    }
  }

  private static String expand(String text, Placeholders scope, Set<String> linked) {
    return Prose.expand(
        text, scope, id -> linked.contains(id) ? "[" + id + "](#" + id + ")" : Prose.escape(id));
  }
}
