package dev.cookiereg.write;

import dev.cookiereg.render.SiteFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Writes a complete site atomically, and compares a site on disk with what a build would write.
 *
 * <p>The new site is written into a fresh folder beside the target ({@code .site.new-…}), then the old site is
 * renamed aside and the new one renamed into place — two renames on one file system — and the old one deleted.
 * Any failure before the swap deletes the staging folder and leaves the previous site as it was.
 */
public final class SiteWriter {
  private SiteWriter() {}

  /** Replaces {@code target} with exactly {@code files}. */
  public static void write(Path target, List<SiteFile> files) throws IOException {
    Path dir = target.toAbsolutePath().normalize();
    Path parent = dir.getParent();
    Files.createDirectories(parent);
    Path staging = Files.createTempDirectory(parent, "." + dir.getFileName() + ".new-");
    try {
      for (SiteFile f : files) {
        Path p = staging.resolve(f.path()).normalize();
        if (!p.startsWith(staging)) throw new IOException("refusing to write outside the site: " + f.path());
        Files.createDirectories(p.getParent());
        Files.write(p, f.content());
      }
      swap(staging, dir);
    } catch (IOException | RuntimeException e) {
      deleteTree(staging);
      throw e;
    }
  }

  private static void swap(Path staging, Path dir) throws IOException {
    Path old = null;
    if (Files.exists(dir)) {
      old = dir.resolveSibling("." + dir.getFileName() + ".old-" + Long.toHexString(System.nanoTime()));
      move(dir, old);
    }
    try {
      move(staging, dir);
    } catch (IOException e) {
      if (old != null) move(old, dir);
      throw e;
    }
    if (old != null) deleteTree(old);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  /**
   * The paths where {@code target} differs from {@code files}: changed, missing or extra files, sorted.
   * An empty list means the site is current.
   */
  public static List<String> differences(Path target, List<SiteFile> files) throws IOException {
    Map<String, byte[]> expected = new TreeMap<>();
    files.forEach(f -> expected.put(f.path(), f.content()));
    Map<String, Path> actual = new TreeMap<>();
    if (Files.isDirectory(target)) {
      try (Stream<Path> walk = Files.walk(target)) {
        walk.filter(Files::isRegularFile).forEach(p -> actual.put(target.relativize(p).toString().replace('\\', '/'), p));
      }
    }
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, byte[]> e : expected.entrySet()) {
      Path p = actual.get(e.getKey());
      if (p == null) {
        out.add(e.getKey() + " (missing)");
      } else if (!Arrays.equals(Files.readAllBytes(p), e.getValue())) {
        out.add(e.getKey() + " (changed)");
      }
    }
    actual.keySet().stream().filter(k -> !expected.containsKey(k)).forEach(k -> out.add(k + " (not generated)"));
    out.sort(null);
    return out;
  }

  static void deleteTree(Path root) {
    if (!Files.exists(root)) return;
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.deleteIfExists(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
          try {
            Files.deleteIfExists(d);
          } catch (DirectoryNotEmptyException | NoSuchFileException ignored) {
            // best effort: a leftover staging folder is harmless and named as such
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
