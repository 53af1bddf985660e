package dev.cookiereg.render;

import dev.cookiereg.i18n.Translator;
import dev.cookiereg.i18n.Words;
import dev.cookiereg.model.Language;
import dev.cookiereg.model.Registry;
import dev.cookiereg.site.SitePaths;

/**
 * The language a page is rendered in: the policy's own (the registry as written, at the site's
 * root) or one of its languages (the registry translated, in {@code fr/} for {@code fr-CA}).
 *
 * @param language the edition's language, or null for the policy's own
 * @param words its interface words and formats
 * @param folder where its pages are, relative to the site's root ({@code ""} or {@code fr/})
 */
public record Edition(Language language, Words words, String folder) {
  /** The policy's own language. */
  public static final Edition SOURCE = new Edition(null, Words.ENGLISH, "");

  /** The edition of {@code language}. */
  public static Edition of(Language language) {
    return new Edition(language, Words.of(language), SitePaths.edition(language.primary()));
  }

  public boolean isSource() {
    return language == null;
  }

  /** The way up from the edition's folder to the site's root: {@code ""} or {@code ../}. */
  public String root() {
    return folder.isEmpty() ? "" : "../";
  }

  /** The site path of page {@code sitePath} in this edition: {@code fr/index.html}. */
  public String path(String sitePath) {
    return folder + sitePath;
  }

  /** The registry as this edition shows it. */
  public Registry registry(Registry source) {
    return isSource() ? source : Translator.translate(source, language);
  }
}
