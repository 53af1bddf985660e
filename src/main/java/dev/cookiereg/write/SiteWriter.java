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
import java.util.List;
import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;
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
    Staging staging = begin(target);
    try {
      for (SiteFile f : files) staging.accept(f);
      staging.commit();
    } finally {
      staging.close();
    }
  }

  /** Every site a build writes holds this file; a folder without it is never replaced. */
  public static final String MARKER = dev.cookiereg.render.SitePaths.MANIFEST;

  /** The target of a write is something other than a site, which a write would delete. */
  public static final class NotASiteException extends IOException {
    NotASiteException(String message) {
      super(message);
    }
  }

  /**
   * Starts writing a new site beside {@code target}; files are written as they are accepted. The target must be
   * missing, an empty folder, or a site written before (it holds {@link #MARKER}): replacing anything else, such
   * as a project folder given as {@code --out .}, would delete it.
   */
  public static Staging begin(Path target) throws IOException {
    Path dir = target.toAbsolutePath().normalize();
    Files.createDirectories(dir.getParent());
    recover(dir);
    requireReplaceable(dir);
    return new Staging(dir, Files.createTempDirectory(dir.getParent(), prefix(dir, NEW)));
  }

  /**
   * A site being written: each accepted file goes straight to disk, so memory holds one output at a time.
   * {@link #commit()} swaps it in; {@link #close()} without a commit deletes it and leaves the old site.
   */
  public static final class Staging implements SiteSink, AutoCloseable {
    private final Path dir;
    private final Path staging;
    private boolean committed;

    private Staging(Path dir, Path staging) {
      this.dir = dir;
      this.staging = staging;
    }

    @Override
    public void accept(SiteFile f) throws IOException {
      Path p = staging.resolve(f.path()).normalize();
      if (!p.startsWith(staging)) throw new IOException("refusing to write outside the site: " + f.path());
      Files.createDirectories(p.getParent());
      try (var out = Files.newOutputStream(p)) {
        f.writeTo(out);
      }
    }

    /** Marks the staged site complete and swaps it in place of the old one. */
    public void commit() throws IOException {
      Path ready = dir.resolveSibling(prefix(dir, READY) + unique());
      move(staging, ready);
      try {
        swap(ready, dir);
      } catch (IOException | RuntimeException e) {
        if (Files.exists(dir)) deleteTree(ready);
        throw e;
      }
      committed = true;
    }

    /** Deletes the staged files unless they were committed. */
    @Override
    public void close() {
      if (!committed) deleteTree(staging);
    }
  }

  /** Compares a site on disk with the files offered to it, one at a time. */
  public static Comparison compare(Path target) throws IOException {
    recover(target);
    return new Comparison(target);
  }

  /** The paths where a site on disk differs from the files accepted. */
  public static final class Comparison implements SiteSink {
    private final Path target;
    private final Set<String> seen = new TreeSet<>();
    private final List<String> out = new ArrayList<>();

    private Comparison(Path target) {
      this.target = target;
    }

    @Override
    public void accept(SiteFile f) throws IOException {
      seen.add(f.path());
      Path p = target.resolve(f.path());
      if (!Files.isRegularFile(p)) {
        out.add(f.path() + " (missing)");
      } else if (Files.size(p) != f.size() || !f.hasContent(Files.readAllBytes(p))) {
        out.add(f.path() + " (changed)");
      }
    }

    /** Changed, missing and extra files, sorted; empty when the site is current. */
    public List<String> differences() throws IOException {
      List<String> all = new ArrayList<>(out);
      if (Files.isDirectory(target)) {
        try (Stream<Path> walk = Files.walk(target)) {
          walk.filter(Files::isRegularFile)
              .map(p -> target.relativize(p).toString().replace('\\', '/'))
              .filter(p -> !seen.contains(p))
              .forEach(p -> all.add(p + " (not generated)"));
        }
      }
      all.sort(null);
      return all;
    }
  }

  private static void requireReplaceable(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    if (!Files.isDirectory(dir)) throw new NotASiteException(dir + " is a file, not a site folder: choose a new or empty folder");
    if (Files.isRegularFile(dir.resolve(MARKER))) return;
    try (Stream<Path> entries = Files.list(dir)) {
      if (entries.findAny().isEmpty()) return;
    }
    throw new NotASiteException(dir + " is not a site (it has no " + MARKER + ") and is not empty; writing the "
        + "site there would delete what it holds: choose a new or empty folder");
  }

  private static final String NEW = "new";
  private static final String READY = "ready";
  private static final String OLD = "old";

  private static String prefix(Path dir, String state) {
    return "." + dir.getFileName() + "." + state + "-";
  }

  /**
   * A suffix that sorts by time as text, across processes: {@link #recover} takes the last leftover of a state as
   * the newest.
   */
  private static String unique() {
    java.time.Instant now = java.time.Instant.now();
    return String.format(java.util.Locale.ROOT, "%016x", now.getEpochSecond() * 1_000_000_000L + now.getNano());
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

  /** The leftover folders of one state, oldest first (their names end in the time they were made). */
  private static List<Path> leftovers(Path dir, String state) throws IOException {
    String prefix = prefix(dir, state);
    try (Stream<Path> siblings = Files.list(dir.getParent())) {
      return new ArrayList<>(siblings
          .filter(p -> p.getFileName().toString().startsWith(prefix) && Files.isDirectory(p))
          .sorted(Comparator.comparing(Path::getFileName))
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
    Comparison c = compare(target);
    for (SiteFile f : files) c.accept(f);
    return c.differences();
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
