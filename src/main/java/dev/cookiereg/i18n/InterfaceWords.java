package dev.cookiereg.i18n;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The words of the pages and banners that are not the policy's own prose (headings, table columns,
 * buttons, units of time), in English, by id. A translation file translates them under the same
 * ids, so a change of an English word here turns its translations stale like any registry text.
 * {@code {name}} marks a value filled in when the words are used. The page templates carry the same
 * English as their defaults, so the policy's own edition is laid out by its templates alone (an
 * edited template changes the English page); an edition in another language gets these words
 * translated.
 */
public final class InterfaceWords {
  private InterfaceWords() {}

  /** Every interface word, in English, in the order a translation file lists them. */
  public static final Map<String, String> ENGLISH = english();

  private static Map<String, String> english() {
    Map<String, String> w = new LinkedHashMap<>();
    // the policy page
    w.put("page.skipToContent", "Skip to content");
    w.put("page.contents", "Contents");
    w.put("page.effective", "Effective:");
    w.put("page.lastUpdated", "Last Updated:");
    w.put("page.version", "Version");
    w.put("page.section", "Section");
    w.put("page.policyHistory", "Policy history");
    w.put("page.changedTitle", "This policy has changed");
    w.put(
        "page.changedIntro",
        "Version {version}, effective {effective}, makes material changes to version {since}:");
    w.put("page.seeHistory", "See the policy history");
    w.put("page.description", "The {title} of {controller}.");
    w.put("page.languageSwitch", "Language");
    w.put("table.cookie", "Cookie");
    w.put("table.provider", "Provider");
    w.put("table.purpose", "Purpose");
    w.put("table.type", "Type");
    w.put("table.duration", "Duration");
    w.put("table.session", "Session");
    w.put("table.persistent", "Persistent");
    w.put("table.thirdParty", "Third Party");
    w.put("table.privacyPolicy", "Privacy Policy");
    w.put("contact.email", "Email:");
    w.put("list.and", "and");
    // durations: the JDK formats numbers and dates per locale, but has no names of units
    w.put("duration.year", "year");
    w.put("duration.years", "years");
    w.put("duration.month", "month");
    w.put("duration.months", "months");
    w.put("duration.week", "week");
    w.put("duration.weeks", "weeks");
    w.put("duration.day", "day");
    w.put("duration.days", "days");
    w.put("duration.hour", "hour");
    w.put("duration.hours", "hours");
    w.put("duration.minute", "minute");
    w.put("duration.minutes", "minutes");
    w.put("duration.second", "second");
    w.put("duration.seconds", "seconds");
    w.put("duration.idle", "{duration} of inactivity");
    w.put("duration.session", "Expires when you close your browser");
    w.put("duration.unknown", "Not yet known");
    w.put("duration.variant", "{duration} ({label})");
    w.put("duration.or", "or");
    // the history page
    w.put("history.title", "Policy history");
    w.put("history.allVersions", "All versions");
    w.put(
        "history.description",
        "Every released version of the {title}: what changed, when it took effect, and what each"
            + " change means for you.");
    w.put("history.levelsTitle", "What the levels mean");
    w.put(
        "history.detailsInSource",
        "The history, with every change of each version, is published in English:");
    w.put("history.version", "Version");
    w.put("history.released", "Released");
    w.put("history.effective", "Effective");
    w.put("history.level", "Level");
    w.put("history.changes", "Changes");
    w.put("history.material", "Material");
    w.put(
        "history.materialMeaning",
        "A change to what we do with your data that you would want to know before it happens,"
            + " such as a new category of cookies, a new tracker or a longer retention. It takes"
            + " effect {days} after it is published, not before; we tell you in advance, and the"
            + " consent banner asks for your choice again, so nothing new runs until you agree.");
    w.put("history.notable", "Notable");
    w.put(
        "history.notableMeaning",
        "A change you may want to read, such as reworded purposes or a provider's new details,"
            + " that asks nothing new of you. It takes effect when it is published.");
    w.put("history.editorial", "Editorial");
    w.put(
        "history.editorialMeaning",
        "A correction of wording, punctuation or layout that changes nothing we do. It takes"
            + " effect when it is published.");
    // notice.json, the e-mail and in-app notice of a release
    w.put("notice.subject", "{title} {version}");
    w.put("notice.subjectMaterial", "{title} {version}: material changes effective {effective}");
    // the consent banners
    w.put("banner.consentTitle", "We use cookies");
    w.put(
        "banner.consentDescription",
        "We use essential cookies to run the Service. With your consent we also use optional"
            + " cookies; none are set until you choose.");
    w.put("banner.acceptAll", "Accept all");
    w.put("banner.rejectAll", "Reject all");
    w.put("banner.manage", "Manage preferences");
    w.put("banner.save", "Save preferences");
    w.put("banner.close", "Close");
    w.put("banner.preferencesTitle", "Cookie preferences");
    w.put(
        "banner.preferencesIntro",
        "Choose which optional cookie categories you allow. Essential cookies are always on"
            + " because the Service cannot work without them.");
    w.put("banner.policyLink", "Cookie Policy");
    w.put(
        "banner.revisionMessage",
        "Our Cookie Policy has changed since you last chose; please review your choice.");
    w.put("banner.noticeTitle", "About cookies");
    w.put(
        "banner.noticeDescription",
        "We use essential cookies to run the Service, and optional cookies as our Cookie Policy"
            + " describes. You can turn optional cookies off at any time in the cookie settings.");
    w.put("banner.acknowledge", "OK");
    w.put(
        "banner.gpcHonoured",
        "Your browser's Global Privacy Control signal is honoured: {categories} stay off.");
    return java.util.Collections.unmodifiableMap(w);
  }
}
