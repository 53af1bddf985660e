package dev.cookiereg.validate;

import dev.cookiereg.prose.Nesting;

/**
 * {@link Lints#MARKDOWN_TOO_DEEP}: a text nests at most {@link Nesting#MAX} levels; no other rule
 * reads one that nests deeper.
 */
final class MarkdownTooDeep implements Check {
  @Override
  public void check(LintedRegistry registry, Report report) {
    for (TextSite site : registry.tooDeepTexts()) {
      report.at(site.pointer(), new Nesting.TooDeep().getMessage());
    }
  }
}
