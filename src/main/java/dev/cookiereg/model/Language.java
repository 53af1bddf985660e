package dev.cookiereg.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An edition of the policy in another language: its BCP 47 code, whether the law requires it, and
 * its translated texts, keyed by the text ids {@code i18n.TextKeys} gives the registry's texts.
 *
 * @param required a material change is not released while a text of this language is stale or
 *     missing
 * @param texts each translated text with the fingerprint of the English it was made from; empty
 *     until the language's file is read
 * @param read whether the texts were read from the language's file: a registry read without it (a
 *     manifest, a file given alone) knows the language but not its texts, which a comparison then
 *     leaves alone
 */
public record Language(String code, boolean required, Map<String, Text> texts, boolean read) {
  private static final Pattern CODE = Pattern.compile("[a-z]{2}(-[A-Z]{2})?");

  public Language {
    Objects.requireNonNull(code, "code");
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("language code " + code + " is not like fr or fr-CA");
    }
    texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
  }

  /** One translated text. */
  public record Text(String text, String source) {
    public Text {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(source, "source");
    }
  }

  /** The language without its region: {@code fr} for {@code fr-CA}; names files and folders. */
  public String primary() {
    int dash = code.indexOf('-');
    return dash < 0 ? code : code.substring(0, dash);
  }

  /** The JDK locale of the language, for dates and numbers. */
  public Locale locale() {
    return Locale.forLanguageTag(code);
  }

  /** A language whose texts were not read. */
  public static Language unread(String code, boolean required) {
    return new Language(code, required, Map.of(), false);
  }

  /** The same language with {@code texts}, read from its file. */
  public Language withTexts(Map<String, Text> texts) {
    return new Language(code, required, texts, true);
  }
}
