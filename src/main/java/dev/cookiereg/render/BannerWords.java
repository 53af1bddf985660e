package dev.cookiereg.render;

import dev.cookiereg.i18n.Words;
import java.util.ArrayList;
import java.util.List;

/**
 * The consent banner's interface words in one language, shared by every banner output (the
 * vanilla-cookieconsent and Klaro configs and their init scripts), so a new language is added here
 * once. They are controls, not policy: the policy's own words — titles, descriptions, purposes —
 * come from the registry. "Reject all" is as prominent as "Accept all" (policy 5.1.1(b)).
 *
 * @param noticeTitle the informational notice shown where no category asks consent (policy 5.1.3)
 * @param noticeDescription what that notice says; the policy link follows it
 * @param acknowledge the notice's single control: it records that the notice was seen, not consent
 * @param gpcHonoured the line the banner and preferences show when a Global Privacy Control signal
 *     refused categories (CCPA regulations, 11 CCR §7025(c)(6)); {@code {categories}} stands for
 *     their titles
 */
record BannerWords(
    String consentTitle,
    String consentDescription,
    String acceptAll,
    String rejectAll,
    String manage,
    String save,
    String close,
    String preferencesTitle,
    String preferencesIntro,
    String policyLink,
    String revisionMessage,
    String columnCookie,
    String columnProvider,
    String columnPurpose,
    String columnDuration,
    String noticeTitle,
    String noticeDescription,
    String acknowledge,
    String gpcHonoured) {

  static final BannerWords ENGLISH = of(Words.ENGLISH);

  /** The banner's words in {@code words}' language. */
  static BannerWords of(Words words) {
    return new BannerWords(
        words.get("banner.consentTitle"),
        words.get("banner.consentDescription"),
        words.get("banner.acceptAll"),
        words.get("banner.rejectAll"),
        words.get("banner.manage"),
        words.get("banner.save"),
        words.get("banner.close"),
        words.get("banner.preferencesTitle"),
        words.get("banner.preferencesIntro"),
        words.get("banner.policyLink"),
        words.get("banner.revisionMessage"),
        words.get("table.cookie"),
        words.get("table.provider"),
        words.get("table.purpose"),
        words.get("table.duration"),
        words.get("banner.noticeTitle"),
        words.get("banner.noticeDescription"),
        words.get("banner.acknowledge"),
        words.get("banner.gpcHonoured"));
  }

  /** One language of the banners: its key in the libraries' translations, words and texts. */
  record Language(String key, BannerWords words, RenderContext context) {}

  /**
   * The words in every language the registry has, its own language first (keyed by its code), then
   * each of its languages keyed by the language alone ({@code fr}), which both libraries match to a
   * page's {@code <html lang="fr-CA">}; each with the context of its edition, whose registry gives
   * the categories' and cookies' texts in that language.
   */
  static List<Language> languages(RenderContext context) {
    List<Language> out = new ArrayList<>();
    out.add(new Language(context.registry().policy().language(), ENGLISH, context));
    for (RenderContext e : context.editions()) {
      out.add(new Language(e.edition().language().primary(), of(e.edition().words()), e));
    }
    return List.copyOf(out);
  }
}
