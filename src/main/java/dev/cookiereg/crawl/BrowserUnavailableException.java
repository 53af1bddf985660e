package dev.cookiereg.crawl;

/** The browser could not be started: not installed, or the Grid did not answer. */
public final class BrowserUnavailableException extends Exception {
  private static final long serialVersionUID = 1L;

  /** The line that installs the browser on Debian and Ubuntu. */
  public static final String INSTALL = "apt-get install -y chromium chromium-driver";

  BrowserUnavailableException(String message) {
    super(message);
  }
}
