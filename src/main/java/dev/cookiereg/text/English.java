package dev.cookiereg.text;

/** English the messages and the policy's words share. */
public final class English {
  private English() {}

  /** A count and its noun, plural unless one: "1 error", "3 warnings", "0 changes". */
  public static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
