package dev.cookiereg.i18n;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The fingerprint of an English text a translation was made from: the first 12 hex digits of the
 * SHA-256 of the text with its whitespace normalised (every run of spaces and line breaks one
 * space, none at the ends), so reflowing a paragraph changes nothing and any change of a word does.
 */
public final class Fingerprint {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** How a fingerprint is written: twelve lowercase hex digits. */
  public static final Pattern FORM = Pattern.compile("[0-9a-f]{12}");

  private Fingerprint() {}

  public static String of(String english) {
    String normalised = SPACES.matcher(english).replaceAll(" ").strip();
    try {
      byte[] sha =
          MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
