package dev.cookiereg.render;

/**
 * The consent banner's interface words (English). They are controls, not policy: the policy's own
 * words — titles, descriptions, purposes — come from the registry. "Reject all" is as prominent as
 * "Accept all" (policy 5.1.1(b)).
 */
final class BannerWords {
  static final String CONSENT_TITLE = "We use cookies";
  static final String CONSENT_DESCRIPTION =
      "We use essential cookies to run the Service. With your consent we "
          + "also use optional cookies; none are set until you choose.";
  static final String ACCEPT_ALL = "Accept all";
  static final String REJECT_ALL = "Reject all";
  static final String MANAGE = "Manage preferences";
  static final String SAVE = "Save preferences";
  static final String CLOSE = "Close";
  static final String PREFERENCES_TITLE = "Cookie preferences";
  static final String PREFERENCES_INTRO =
      "Choose which optional cookie categories you allow. Essential cookies "
          + "are always on because the Service cannot work without them.";
  static final String POLICY_LINK = "Cookie Policy";
  static final String REVISION_MESSAGE =
      "Our Cookie Policy has changed since you last chose; please review your " + "choice.";
  static final String COLUMN_COOKIE = "Cookie";
  static final String COLUMN_PROVIDER = "Provider";
  static final String COLUMN_PURPOSE = "Purpose";
  static final String COLUMN_DURATION = "Duration";

  private BannerWords() {}
}
