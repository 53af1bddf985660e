package dev.cookiereg.render;

import dev.cookiereg.diff.Change;

/**
 * A change's public sentence in the language of the context's edition — the page's change notice
 * and the e-mailed {@code notice.json} read the same — naming elements as the edition's registry
 * does; an edition whose language has no change words gets the policy's own sentence, which the
 * caller marks with {@link PageHeads#SOURCE_LANGUAGE}.
 */
final class EditionChangeWords {
  private final RenderContext context;
  private final String language;
  private final boolean worded;

  EditionChangeWords(RenderContext context) {
    this.context = context;
    this.language = context.edition().isSource() ? "en" : context.edition().language().primary();
    this.worded = context.edition().isSource() || Change.wordedIn(language);
  }

  /** True when the sentences are in the edition's own language. */
  boolean inEditionLanguage() {
    return worded;
  }

  String of(Change c) {
    return worded ? c.words(language, context.registry(), context.registry()) : c.words();
  }
}
