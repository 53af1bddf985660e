package dev.cookiereg.diff;

import java.util.Locale;

/** How users are told of a change (policy section 7.2). */
public enum Notice {
  /**
   * A dedicated notice before the change takes effect: email, in-app, a prominent notice on the
   * site.
   */
  PRIOR,
  /** The banner is shown again with a revision message. */
  BANNER,
  /** The changelog only. */
  LOG;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
