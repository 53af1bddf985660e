package dev.cookiereg.diff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One classified change between two registries.
 *
 * @param subject the id of the changed element ({@code cookie:_ga}, {@code category:analytics})
 * @param message the change for reviewers, naming elements by id
 * @param pointer where the element stands in the new registry (JSON Pointer); for a removal, the
 *     list it was removed from
 * @param words the change for the public, naming elements as the page does (see ChangeWords)
 */
public record Change(
    ChangeRule rule, String subject, String message, String pointer, String words) {
  public Change {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(words, "words");
  }

  public Level level() {
    return rule.level();
  }

  /**
   * {@code sha256(rule:subject:message)} cut to 12 hex digits: a reviewed change stays recognised.
   */
  public String fingerprint() {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest((rule.id() + ":" + subject + ":" + message).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
