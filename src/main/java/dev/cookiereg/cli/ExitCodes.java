package dev.cookiereg.cli;

/** The exit codes every command uses; {@code --help} lists them. */
public final class ExitCodes {
  /** Success (warnings allowed). */
  public static final int OK = 0;

  /** A {@code --fail-on} threshold was met, or {@code --check} found a stale site. */
  public static final int FAILED_CHECK = 1;

  /** The command line was wrong. */
  public static final int USAGE = 2;

  /** The registry is invalid (or could not be read). */
  public static final int INVALID = 3;

  /**
   * Something went wrong that is not the registry's fault: disk, templates, or a crash (out of
   * memory or stack).
   */
  public static final int INTERNAL = 4;

  /** The {@code --help} line of the usage error, the same for every command. */
  static final String USAGE_HELP = USAGE + ":usage error";

  private ExitCodes() {}
}
