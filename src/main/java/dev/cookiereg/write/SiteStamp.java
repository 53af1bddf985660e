package dev.cookiereg.write;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The stamp {@code .cookiereg-site} that marks a folder as a site this tool wrote: the path of
 * every file it wrote, one a line. Only a folder whose every file the stamp lists may be replaced
 * by a build. (The archive's own record, {@code versions/SHA256SUMS}, carries hashes; hashing every
 * output of every build would cost a large site a second.)
 */
public final class SiteStamp {
  /** The stamp's file name, at the root of every site. */
  public static final String NAME = ".cookiereg-site";

  static final String HEADER =
      "# cookiereg: the files of this site; a build replaces this folder only while it holds no "
          + "other file\n";

  /** A stamp larger than this is not one this tool wrote. */
  private static final long MAX_BYTES = 64L << 20;

  private final SortedSet<String> paths = new TreeSet<>();

  /** Records a file's path. */
  void add(String path) {
    paths.add(path);
  }

  /** The paths recorded, in order. */
  Set<String> paths() {
    return Collections.unmodifiableSet(paths);
  }

  /** The stamp's bytes: its header, then one path a line, in order. */
  byte[] bytes() {
    StringBuilder out = new StringBuilder(HEADER);
    paths.forEach(path -> out.append(path).append('\n'));
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
    Set<String> listed = new TreeSet<>();
    for (String line : text.substring(HEADER.length()).split("\n")) {
      if (!line.isEmpty()) listed.add(line);
    }
    return Optional.of(listed);
  }
}
