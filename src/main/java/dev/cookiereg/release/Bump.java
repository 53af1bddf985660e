package dev.cookiereg.release;

import dev.cookiereg.diff.Level;
import dev.cookiereg.model.Version;

/**
 * How far a verdict moves the policy version: material → major, notable → minor, editorial → patch.
 */
public final class Bump {
  private Bump() {}

  public static Version next(Version released, Level verdict) {
    return switch (verdict) {
      case MATERIAL -> released.nextMajor();
      case NOTABLE -> released.nextMinor();
      case EDITORIAL -> released.nextPatch();
      case NONE -> released;
    };
  }

  /**
   * The version a release after {@code released} takes: the bump the verdict requires, or the
   * {@code declared} version when an editor raised it further by hand.
   */
  public static Version released(Version released, Version declared, Level verdict) {
    Version bumped = next(released, verdict);
    return declared.compareTo(bumped) > 0 ? declared : bumped;
  }

  /**
   * True when going from {@code released} to {@code declared} says at least as much as the verdict
   * requires.
   */
  public static boolean isEnough(Version released, Version declared, Level verdict) {
    return declared.compareTo(next(released, verdict)) >= 0;
  }
}
