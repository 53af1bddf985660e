package dev.cookiereg.validate;

import dev.cookiereg.prose.Prose;
import java.util.HashSet;
import java.util.Set;

/**
 * {@link Lints#DANGLING_REFERENCE}: every {@code [[id]]} names what the outline numbers or a
 * related document.
 */
final class DanglingReference implements Check {
  @Override
  public void check(LintedRegistry registry, Report report) {
    Set<String> targets = new HashSet<>(registry.numbered());
    registry.model().policy().relatedDocuments().forEach(d -> targets.add(d.id()));
    for (TextSite site : registry.texts()) {
      for (String ref : Prose.references(site.text())) {
        if (!targets.contains(ref)) {
          report.at(
              site.pointer(),
              "cross-reference [["
                  + ref
                  + "]] points at nothing"
                  + LintedRegistry.suggest(ref, targets));
        }
      }
    }
  }
}
