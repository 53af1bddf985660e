package dev.cookiereg.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The committed registry and policy history as a project that has not been released yet, stated as
 * version 1.0.0 of 3 April 2026 (the seed's): whatever version the committed registry has reached,
 * tests that release it start from the same first release, and their version numbers and dates stay
 * meaningful.
 */
public final class SeedProject {
  /** The first version and its date. */
  public static final String VERSION = "1.0.0";

  public static final String DATE = "2026-04-03";

  private static final Pattern VERSION_LINE = Pattern.compile("(?m)^  version: .*$");
  private static final Pattern EFFECTIVE_LINE = Pattern.compile("(?m)^  effective: .*$");
  private static final Pattern UPDATED_LINE = Pattern.compile("(?m)^  lastUpdated: .*$");

  /**
   * The editions in other languages, with the comment above them: the seed's version was English
   * only, and its releases are not held back by translations (the French edition's tests add them).
   */
  private static final Pattern LANGUAGES =
      Pattern.compile("(?m)(^#[^\\n]*\\n)*^languages:\\n(^  .*\\n)+\\n");

  private SeedProject() {}

  /** The committed registry, its version and dates those of the first release. */
  public static String registry() throws IOException {
    String yaml = Files.readString(Path.of("cookies.yaml"), StandardCharsets.UTF_8);
    yaml = VERSION_LINE.matcher(yaml).replaceFirst("  version: " + VERSION);
    yaml = EFFECTIVE_LINE.matcher(yaml).replaceFirst("  effective: " + DATE);
    yaml = UPDATED_LINE.matcher(yaml).replaceFirst("  lastUpdated: " + DATE);
    return withoutLanguages(yaml);
  }

  /**
   * {@code yaml} without its editions in other languages (and the comment above them): the English
   * project, for a test that copies the registry alone, without its translation files.
   */
  public static String withoutLanguages(String yaml) {
    return LANGUAGES.matcher(yaml).replaceFirst("");
  }

  /** The committed policy history with only its first entry (and that entry's link). */
  public static String changelog() throws IOException {
    String md = Files.readString(Path.of("CHANGELOG.md"), StandardCharsets.UTF_8);
    int first = md.indexOf("## [");
    int seed = md.indexOf("## [" + VERSION + "]");
    md = md.substring(0, first) + md.substring(seed);
    return Pattern.compile("(?m)^\\[(?!" + Pattern.quote(VERSION) + "\\]).*\\]: .*\\n")
        .matcher(md)
        .replaceAll("");
  }

  /** Writes both, ready for a first {@code release}. */
  public static void write(Path registry, Path changelog) throws IOException {
    Files.writeString(registry, registry(), StandardCharsets.UTF_8);
    Files.writeString(changelog, changelog(), StandardCharsets.UTF_8);
  }
}
