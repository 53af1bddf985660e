package dev.cookiereg.write;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stamp {@code .cookiereg-site} that marks a folder as a site this tool wrote: the SHA-256 and
 * path of every file it wrote, in the format of {@code sha256sum} (so {@code sha256sum -c
 * .cookiereg-site} checks a published copy). Only a folder whose every file the stamp lists may be
 * replaced by a build.
 */
public final class SiteStamp {
  /** The stamp's file name, at the root of every site. */
  public static final String NAME = ".cookiereg-site";

  static final String HEADER =
      "# cookiereg: the files of this site and their SHA-256; a build replaces this folder "
          + "only while it holds no other file\n";
  private static final Pattern LINE = Pattern.compile("([0-9a-f]{64})  (.+)");

  /** A stamp larger than this is not one this tool wrote. */
  private static final long MAX_BYTES = 64L << 20;

  private final SortedMap<String, String> sums = new TreeMap<>();

  /** Records a file's path and the SHA-256 of its bytes. */
  void add(String path, byte[] sha256) {
    sums.put(path, HexFormat.of().formatHex(sha256));
  }

  /** The stamp's bytes: its header, then one line per file in path order. */
  byte[] bytes() {
    StringBuilder out = new StringBuilder(HEADER);
    sums.forEach((path, sum) -> out.append(sum).append("  ").append(path).append('\n'));
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The paths the stamp of {@code dir} lists; empty when there is no stamp, or it is not one this
   * tool wrote.
   */
  static Optional<Set<String>> read(Path dir) throws IOException {
    Path file = dir.resolve(NAME);
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > MAX_BYTES) {
      return Optional.empty();
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException notOurs) {
      return Optional.empty();
    }
    if (!text.startsWith(HEADER)) return Optional.empty();
    Map<String, String> listed = new TreeMap<>();
    for (String line : text.substring(HEADER.length()).split("\n")) {
      if (line.isEmpty()) continue;
      Matcher m = LINE.matcher(line);
      if (!m.matches()) return Optional.empty();
      listed.put(m.group(2), m.group(1));
    }
    return Optional.of(listed.keySet());
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
