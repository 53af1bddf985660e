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
 * <p>The new site is written into a fresh folder beside the target ({@code .site.new-…}), renamed to
 * {@code .site.ready-…} once complete, then the old site is renamed aside ({@code .site.old-…}) and the new one
 * renamed into place — renames on one file system — and the old one deleted. Any failure before the swap deletes
 * the staging folder and leaves the previous site as it was. A process killed between the two renames leaves no
 * site for an instant; {@link #recover} (run before every write and check) completes that swap, so the site is
 * always exactly the old or the new complete output.
 */
public final class SiteWriter {
  private SiteWriter() {}

  /** Replaces {@code target} with exactly {@code files}. */
  public static void write(Path target, List<SiteFile> files) throws IOException {
    Path dir = target.toAbsolutePath().normalize();
    Path parent = dir.getParent();
    Files.createDirectories(parent);
    recover(dir);
    Path staging = Files.createTempDirectory(parent, prefix(dir, NEW));
    Path ready = null;
    try {
      for (SiteFile f : files) {
        Path p = staging.resolve(f.path()).normalize();
        if (!p.startsWith(staging)) throw new IOException("refusing to write outside the site: " + f.path());
        Files.createDirectories(p.getParent());
        try (var out = Files.newOutputStream(p)) {
          f.writeTo(out);
        }
      }
      ready = dir.resolveSibling(prefix(dir, READY) + unique());
      move(staging, ready);
      swap(ready, dir);
    } catch (IOException | RuntimeException e) {
      deleteTree(staging);
      if (ready != null && Files.exists(dir)) deleteTree(ready);
      throw e;
    }
  }

  private static final String NEW = "new";
  private static final String READY = "ready";
  private static final String OLD = "old";

  private static String prefix(Path dir, String state) {
    return "." + dir.getFileName() + "." + state + "-";
  }

  private static String unique() {
    return Long.toHexString(System.nanoTime());
  }

  private static void swap(Path ready, Path dir) throws IOException {
    Path old = null;
    if (Files.exists(dir)) {
      old = dir.resolveSibling(prefix(dir, OLD) + unique());
      move(dir, old);
    }
    try {
      move(ready, dir);
    } catch (IOException e) {
      if (old != null) move(old, dir);
      throw e;
    }
    if (old != null) deleteTree(old);
  }

  /**
   * Finishes or undoes a write that was killed: incomplete staging folders are deleted; if the site is missing
   * because the process died between the two renames, the complete new site (or else the old one) is moved into
   * place; leftovers of an earlier swap are removed.
   */
  public static void recover(Path target) throws IOException {
    Path dir = target.toAbsolutePath().normalize();
    Path parent = dir.getParent();
    if (parent == null || !Files.isDirectory(parent)) return;
    List<Path> staged = leftovers(dir, NEW);
    List<Path> ready = leftovers(dir, READY);
    List<Path> old = leftovers(dir, OLD);
    staged.forEach(SiteWriter::deleteTree);
    if (!Files.exists(dir)) {
      if (!ready.isEmpty()) {
        move(ready.remove(ready.size() - 1), dir);
      } else if (!old.isEmpty()) {
        move(old.remove(old.size() - 1), dir);
      }
    }
    ready.forEach(SiteWriter::deleteTree);
    old.forEach(SiteWriter::deleteTree);
  }

  /** The leftover folders of one state, oldest first (their names end in a growing counter). */
  private static List<Path> leftovers(Path dir, String state) throws IOException {
    String prefix = prefix(dir, state);
    try (Stream<Path> siblings = Files.list(dir.getParent())) {
      return new ArrayList<>(siblings
          .filter(p -> p.getFileName().toString().startsWith(prefix) && Files.isDirectory(p))
          .sorted(java.util.Comparator.comparing(Path::getFileName))
          .toList());
    }
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
    recover(target);
    Map<String, SiteFile> expected = new TreeMap<>();
    files.forEach(f -> expected.put(f.path(), f));
    Map<String, Path> actual = new TreeMap<>();
    if (Files.isDirectory(target)) {
      try (Stream<Path> walk = Files.walk(target)) {
        walk.filter(Files::isRegularFile).forEach(p -> actual.put(target.relativize(p).toString().replace('\\', '/'), p));
      }
    }
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, SiteFile> e : expected.entrySet()) {
      Path p = actual.get(e.getKey());
      if (p == null) {
        out.add(e.getKey() + " (missing)");
      } else if (Files.size(p) != e.getValue().size() || !e.getValue().hasContent(Files.readAllBytes(p))) {
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
