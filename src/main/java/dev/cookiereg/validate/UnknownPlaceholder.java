package dev.cookiereg.validate;

import dev.cookiereg.prose.Placeholders;
import dev.cookiereg.prose.Prose;

/**
 * {@link Lints#UNKNOWN_PLACEHOLDER}: every {@code {placeholder}} has a value in the text's scope,
 * and every {@code {link:…}} names a URL.
 */
final class UnknownPlaceholder implements Check {
  @Override
  public void check(LintedRegistry registry, Report report) {
    for (TextSite site : registry.texts()) {
      for (Prose.Use use : Prose.placeholders(site.text())) {
        Placeholders scope = site.scope().get();
        if (scope.value(use.name()).isEmpty()) {
          report.at(
              site.pointer(),
              "placeholder {"
                  + (use.link() ? "link:" : "")
                  + use.name()
                  + "} has no value here"
                  + LintedRegistry.suggest(use.name(), scope.names()));
        } else if (use.link() && !Placeholders.isUrl(use.name())) {
          report.at(
              site.pointer(), "{link:" + use.name() + "} needs a URL field such as optOut.url");
        }
      }
    }
  }
}
