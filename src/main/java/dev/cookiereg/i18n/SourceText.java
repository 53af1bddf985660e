package dev.cookiereg.i18n;

/**
 * One English text to translate.
 *
 * @param id its key in a translation file ({@code sections.do-not-track.2})
 * @param english the English as the registry (or the interface words) has it
 * @param what the text in an editor's words: "clause 6.2", "the title of section 3", "the purpose
 *     of cookie _ga"
 */
public record SourceText(String id, String english, String what) {
  /** The fingerprint the English has now. */
  public String fingerprint() {
    return Fingerprint.of(english);
  }
}
