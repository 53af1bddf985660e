package dev.cookiereg.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A policy version, major.minor.patch; the major version is the consent banner's revision. */
public record Version(int major, int minor, int patch) implements Comparable<Version> {
  private static final Pattern SEMVER =
      Pattern.compile("(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})");

  public Version {
    if (major < 0 || minor < 0 || patch < 0) {
      throw new IllegalArgumentException("version parts must not be negative");
    }
  }

  public static Version parse(String text) {
    Matcher m = SEMVER.matcher(text == null ? "" : text);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a version major.minor.patch: " + text);
    }
    return new Version(
        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
  }

  public Version nextMajor() {
    return new Version(major + 1, 0, 0);
  }

  public Version nextMinor() {
    return new Version(major, minor + 1, 0);
  }

  public Version nextPatch() {
    return new Version(major, minor, patch + 1);
  }

  @Override
  public int compareTo(Version o) {
    int c = Integer.compare(major, o.major);
    if (c == 0) c = Integer.compare(minor, o.minor);
    if (c == 0) c = Integer.compare(patch, o.patch);
    return c;
  }

  @Override
  public String toString() {
    return major + "." + minor + "." + patch;
  }
}
