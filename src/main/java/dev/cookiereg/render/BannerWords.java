package dev.cookiereg.render;

import dev.cookiereg.model.Registry;
import java.util.LinkedHashMap;
import java.util.Map;

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

  static final BannerWords ENGLISH =
      new BannerWords(
          "We use cookies",
          "We use essential cookies to run the Service. With your consent we "
              + "also use optional cookies; none are set until you choose.",
          "Accept all",
          "Reject all",
          "Manage preferences",
          "Save preferences",
          "Close",
          "Cookie preferences",
          "Choose which optional cookie categories you allow. Essential cookies "
              + "are always on because the Service cannot work without them.",
          "Cookie Policy",
          "Our Cookie Policy has changed since you last chose; please review your choice.",
          "Cookie",
          "Provider",
          "Purpose",
          "Duration",
          "About cookies",
          "We use essential cookies to run the Service, and optional cookies as our Cookie Policy "
              + "describes. You can turn optional cookies off at any time in the cookie settings.",
          "OK",
          "Your browser's Global Privacy Control signal is honoured: {categories} stay off.");

  /**
   * The words in every language the registry has, its own language first: today only the policy's
   * language, in the English words.
   */
  static Map<String, BannerWords> languages(Registry r) {
    Map<String, BannerWords> out = new LinkedHashMap<>();
    out.put(r.policy().language(), ENGLISH);
    return out;
  }
}
