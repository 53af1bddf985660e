package dev.cookiereg.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cookiereg.site.SiteFile;
import dev.cookiereg.site.SitePaths;
import dev.cookiereg.site.SiteSink;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Writes a complete site atomically, with the source files a release changes, and compares a site
 * on disk with what a build would write. Every step runs under the site's {@link SiteLock}.
 *
 * <ol>
 *   <li><b>Stage</b>: the new site is written into {@code .site.new-T} beside the target, its
 *       {@link SiteStamp} last, and renamed {@code .site.ready-T} once complete.
 *   <li><b>Check</b>: the target must be missing, empty, or a site this tool wrote (every file in
 *       it is listed by its stamp, or, for a site written before stamps, is one this build writes).
 *   <li><b>Commit</b> (a release only): a journal {@code .site.prepare-T} names a staged copy of
 *       each source file ({@code cookies.yaml}, {@code CHANGELOG.md}); the copies are written
 *       beside their targets; the journal is renamed {@code .site.commit-T}: from here on the
 *       release happens, whatever stops the process.
 *   <li><b>Apply</b>: each staged copy is renamed over its file; the site is renamed {@code
 *       .site.old-T} and the ready one into its place; the old one and the journal are deleted.
 * </ol>
 *
 * <p>{@link #recover}, run first by every write and check, finishes what a killed run left: a
 * commit journal is applied to the end, a prepare journal is undone with its copies, staging
 * folders are deleted, and a site missing between the two renames is replaced by the newest
 * complete folder. So the site and the source files are always exactly the old ones or the new
 * ones.
 */
public final class SiteWriter {
  private SiteWriter() {}

  /**
   * A site written before stamps holds this file; such a folder is replaced only while every file
   * in it is one the build writes.
   */
  public static final String MARKER = SitePaths.MANIFEST;

  /** The target of a write is something other than a site, which a write would delete. */
  public static final class NotASiteException extends IOException {
    NotASiteException(String message) {
      super(message);
    }
  }

  /**
   * A release passed its commit point but could not be applied to the end; the next build, build
   * --check or release completes it.
   */
  public static final class IncompleteCommitException extends IOException {
    IncompleteCommitException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** A source file replaced together with the site: its path and its new bytes. */
  public record Replacement(Path file, byte[] content) {
    public Replacement {
      content = content.clone();
    }
  }

  /** Replaces {@code target} with exactly {@code files}. */
  public static void write(Path target, List<SiteFile> files) throws IOException {
    try (Staging staging = begin(target)) {
      for (SiteFile f : files) staging.accept(f);
      staging.commit();
    }
  }

  /**
   * Where a site given as {@code target} really is: an absolute path with every link resolved, so
   * that a {@code site} link to the web server's folder is written there and stays a link.
   */
  public static Path resolve(Path target) throws IOException {
    Path dir = target.toAbsolutePath().normalize();
    Path parent = dir.getParent();
    if (parent == null) {
      throw new NotASiteException(
          dir
              + " is the root folder; writing the site there would delete everything: "
              + "choose a new or empty folder");
    }
    if (Files.isSymbolicLink(dir)) {
      if (!Files.exists(dir)) {
        throw new NotASiteException(dir + " is a link to nothing: " + Files.readSymbolicLink(dir));
      }
      return resolve(dir.toRealPath());
    }
    if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) return dir.toRealPath();
    return Files.isDirectory(parent) ? parent.toRealPath().resolve(dir.getFileName()) : dir;
  }

  /**
   * Starts writing a new site beside {@code target}, holding its lock until the staging is closed;
   * files are written as they are accepted. The target must be missing, an empty folder, or a site
   * this tool wrote: replacing anything else, such as a project folder given as {@code --out .},
   * would delete it.
   */
  public static Staging begin(Path target) throws IOException {
    Path dir = resolve(target);
    requireReplaceable(dir, Optional.empty()); // refused before anything is made
    Files.createDirectories(dir.getParent());
    SiteLock lock = SiteLock.acquire(dir);
    try {
      recover(dir);
      requireReplaceable(dir, Optional.empty());
      Path staging = Files.createDirectory(dir.resolveSibling(prefix(dir, NEW) + unique()));
      copyPermissions(dir, staging);
      return new Staging(dir, staging, lock);
    } catch (IOException | RuntimeException | Error e) {
      lock.close();
      throw e;
    }
  }

  /**
   * A site being written: each accepted file goes straight to disk, so memory holds one output at a
   * time. {@link #commit} swaps it in; {@link #close()} without a commit deletes it and leaves the
   * old site.
   */
  public static final class Staging implements SiteSink, AutoCloseable {
    private final Path dir;
    private final Path staging;
    private final SiteLock lock;
    private final SiteStamp stamp = new SiteStamp();
    private Path ready;
    private boolean committed;

    private Staging(Path dir, Path staging, SiteLock lock) {
      this.dir = dir;
      this.staging = staging;
      this.lock = lock;
    }

    @Override
    public void accept(SiteFile f) throws IOException {
      if (!Files.isDirectory(staging, LinkOption.NOFOLLOW_LINKS)) {
        throw new IOException(
            "the staging folder " + staging + " has disappeared; nothing was changed");
      }
      if (f.path().equals(SiteStamp.NAME))
        throw new IOException("no output may be named " + SiteStamp.NAME);
      Path p = staging.resolve(f.path()).normalize();
      if (!p.startsWith(staging))
        throw new IOException("refusing to write outside the site: " + f.path());
      Files.createDirectories(p.getParent());
      try (OutputStream out = Files.newOutputStream(p, StandardOpenOption.CREATE_NEW)) {
        f.writeTo(out);
      }
      keepTimeIfUnchanged(dir.resolve(f.path()).normalize(), p);
      stamp.add(f.path());
    }

    /**
     * A file written byte for byte as the site already holds it keeps the old file's modification
     * time, so a server's {@code Last-Modified} and ETag stay put and caches keep what they hold.
     */
    private void keepTimeIfUnchanged(Path old, Path written) throws IOException {
      if (!old.startsWith(dir) || !Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS)) return;
      if (Files.size(old) != Files.size(written) || Files.mismatch(old, written) != -1) return;
      Files.setLastModifiedTime(written, Files.getLastModifiedTime(old, LinkOption.NOFOLLOW_LINKS));
    }

    /** Marks the staged site complete and swaps it in place of the old one. */
    public void commit() throws IOException {
      commit(List.of());
    }

    /**
     * Marks the staged site complete and swaps it in, together with {@code sources}: either all of
     * them and the site change, or (when this throws before the commit point) none.
     */
    public void commit(List<Replacement> sources) throws IOException {
      Path stampFile = staging.resolve(SiteStamp.NAME);
      Files.write(stampFile, stamp.bytes(), StandardOpenOption.CREATE_NEW);
      keepTimeIfUnchanged(dir.resolve(SiteStamp.NAME), stampFile);
      ready = dir.resolveSibling(prefix(dir, READY) + unique());
      move(staging, ready);
      requireReplaceable(dir, Optional.of(stamp.paths()));
      Path journal = sources.isEmpty() ? null : prepare(dir, ready, sources);
      if (journal != null) {
        committed = true; // past the commit point: what is left, recovery completes
      }
      try {
        if (journal != null) {
          for (Replacement r : sources) move(stagedCopy(journal, r.file()), realFile(r.file()));
        }
        swap(ready, dir);
        if (journal != null) Files.delete(journal);
      } catch (IOException | RuntimeException | Error e) {
        if (journal != null) {
          throw new IncompleteCommitException(
              describe(e)
                  + "; the release is committed, and the next build or release completes it",
              e);
        }
        if (Files.exists(dir)) deleteTree(ready);
        throw e;
      }
      committed = true;
    }

    /** Deletes the staged files unless they were committed, and lets the lock go. */
    @Override
    public void close() throws IOException {
      try {
        if (!committed) {
          deleteTree(staging);
          if (ready != null && Files.exists(dir)) deleteTree(ready);
        }
      } finally {
        lock.close();
      }
    }
  }

  /**
   * Writes the journal and the staged copies of {@code sources}, then renames the journal to its
   * committed name; returns it. Anything that fails on the way is undone.
   */
  private static Path prepare(Path dir, Path ready, List<Replacement> sources) throws IOException {
    String t = unique();
    Path prepared = dir.resolveSibling(prefix(dir, PREPARE) + t);
    ObjectNode journal =
        Journal.JSON.createObjectNode().put("ready", ready.getFileName().toString());
    ArrayNode files = journal.putArray("files");
    for (Replacement r : sources) {
      Path file = realFile(r.file());
      if (Files.exists(file) && !Files.isRegularFile(file))
        throw new IOException(file + " is not a regular file");
      files
          .addObject()
          .put("target", file.toString())
          .put(
              "staged", file.resolveSibling("." + file.getFileName() + ".release-" + t).toString());
    }
    Files.write(prepared, Journal.JSON.writeValueAsBytes(journal), StandardOpenOption.CREATE_NEW);
    try {
      for (Replacement r : sources) {
        Path file = realFile(r.file());
        Path copy = stagedCopy(prepared, file);
        Files.write(copy, r.content(), StandardOpenOption.CREATE_NEW);
        copyPermissions(file, copy);
      }
      Path committed = dir.resolveSibling(prefix(dir, COMMIT) + t);
      move(prepared, committed); // the commit point
      return committed;
    } catch (IOException | RuntimeException | Error e) {
      undo(prepared);
      throw e;
    }
  }

  /** Reads and writes journals; made only by a release, so a build does not pay for it. */
  private static final class Journal {
    static final ObjectMapper JSON = new ObjectMapper();
  }

  /** The staged copy of {@code file} that {@code journal} names. */
  private static Path stagedCopy(Path journal, Path file) throws IOException {
    Path real = realFile(file);
    for (JsonNode entry : Journal.JSON.readTree(journal.toFile()).path("files")) {
      if (entry.path("target").asText().equals(real.toString()))
        return Path.of(entry.path("staged").asText());
    }
    throw new IOException(journal + " names no copy of " + real);
  }

  /**
   * A source file's real path, so that a linked {@code cookies.yaml} is replaced where it lives and
   * stays a link.
   */
  private static Path realFile(Path file) throws IOException {
    Path abs = file.toAbsolutePath().normalize();
    if (Files.exists(abs)) return abs.toRealPath();
    Path parent = abs.getParent();
    return parent != null && Files.isDirectory(parent)
        ? parent.toRealPath().resolve(abs.getFileName())
        : abs;
  }

  /**
   * Applies a committed journal to the end: staged copies over their files, the ready site into
   * place.
   */
  private static void complete(Path journal, Path dir) throws IOException {
    JsonNode j = Journal.JSON.readTree(journal.toFile());
    for (JsonNode entry : j.path("files")) {
      Path staged = Path.of(entry.path("staged").asText());
      if (Files.exists(staged, LinkOption.NOFOLLOW_LINKS))
        move(staged, Path.of(entry.path("target").asText()));
    }
    Path ready = dir.resolveSibling(j.path("ready").asText());
    if (Files.isDirectory(ready, LinkOption.NOFOLLOW_LINKS)) swap(ready, dir);
    Files.delete(journal);
  }

  /** Undoes a prepared journal: deletes its staged copies, its ready site and itself. */
  private static void undo(Path journal) throws IOException {
    JsonNode j;
    try {
      j = Journal.JSON.readTree(journal.toFile());
    } catch (IOException unreadable) {
      j =
          Journal.JSON
              .createObjectNode(); // killed while writing the journal: no copy was written yet
    }
    for (JsonNode entry : j.path("files"))
      Files.deleteIfExists(Path.of(entry.path("staged").asText()));
    if (j.hasNonNull("ready")) deleteTree(journal.resolveSibling(j.path("ready").asText()));
    Files.deleteIfExists(journal);
  }

  /** Compares a site on disk with the files offered to it, one at a time. */
  public static Comparison compare(Path target) throws IOException {
    Path dir = resolve(target);
    try (SiteLock lock = SiteLock.acquire(dir)) {
      recover(dir);
    }
    return new Comparison(dir);
  }

  /** The paths where a site on disk differs from the files accepted. */
  public static final class Comparison implements SiteSink {
    private final Path target;
    private final SiteStamp stamp = new SiteStamp();
    private final Set<String> seen = new TreeSet<>();
    private final List<String> out = new ArrayList<>();

    private Comparison(Path target) {
      this.target = target;
    }

    @Override
    public void accept(SiteFile f) throws IOException {
      seen.add(f.path());
      stamp.add(f.path());
      compare(f.path(), f.size(), f::hasContent);
    }

    private void compare(String path, long size, java.util.function.Predicate<byte[]> same)
        throws IOException {
      Path p = target.resolve(path);
      if (Files.isSymbolicLink(p)) {
        out.add(path + " (a symbolic link)");
      } else if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
        out.add(path + " (missing)");
      } else if (Files.size(p) != size || !same.test(Files.readAllBytes(p))) {
        out.add(path + " (changed)");
      }
    }

    /** Changed, missing and extra files, sorted; empty when the site is current. */
    public List<String> differences() throws IOException {
      byte[] expected = stamp.bytes();
      compare(SiteStamp.NAME, expected.length, b -> java.util.Arrays.equals(b, expected));
      seen.add(SiteStamp.NAME);
      List<String> all = new ArrayList<>(out);
      if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
        try (Stream<Path> walk = Files.walk(target)) {
          walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
              .map(p -> target.relativize(p).toString().replace('\\', '/'))
              .filter(p -> !seen.contains(p))
              .forEach(p -> all.add(p + " (not generated)"));
        }
      }
      all.sort(null);
      return all;
    }
  }

  /**
   * Refuses to replace {@code dir} unless it is missing, empty, or a site this tool wrote: one
   * whose stamp lists every file in it, or (a site written before stamps, which holds {@link
   * #MARKER}) whose every file is one of {@code writing}. Before rendering, {@code writing} is not
   * known yet and only the stamp is checked.
   */
  static void requireReplaceable(Path dir, Optional<Set<String>> writing) throws IOException {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) return;
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      throw new NotASiteException(
          dir + " is a file, not a site folder: choose a new or empty folder");
    }
    if (!Files.exists(dir.resolve(SiteStamp.NAME)) && !Files.exists(dir.resolve(MARKER))) {
      requireEmpty(dir);
      return;
    }
    Optional<Set<String>> stamped = SiteStamp.read(dir);
    List<String> present = new ArrayList<>();
    List<String> links = new ArrayList<>();
    Files.walkFileTree(
        dir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs)
              throws IOException {
            if (d.getFileName().toString().equals(".git")) {
              throw new NotASiteException(
                  dir
                      + " holds a Git repository ("
                      + dir.relativize(d)
                      + "); writing the site "
                      + "there would delete it: choose a new or empty folder");
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            String rel = dir.relativize(file).toString().replace('\\', '/');
            if (rel.startsWith(SitePaths.VERSIONS))
              return FileVisitResult.CONTINUE; // verified file by file when it is read
            (attrs.isRegularFile() ? present : links).add(rel);
            return FileVisitResult.CONTINUE;
          }
        });
    Set<String> foreign = new LinkedHashSet<>(links);
    for (String p : present) {
      boolean ours =
          p.equals(SiteStamp.NAME)
              || stamped.map(s -> s.contains(p)).orElse(false)
              || writing.map(w -> w.contains(p)).orElse(stamped.isEmpty());
      if (!ours) foreign.add(p);
    }
    if (!foreign.isEmpty()) {
      List<String> named = foreign.stream().sorted().limit(5).toList();
      throw new NotASiteException(
          dir
              + " holds "
              + foreign.size()
              + (foreign.size() == 1 ? " file" : " files")
              + " cookiereg did not write ("
              + String.join(", ", named)
              + (foreign.size() > named.size() ? ", …" : "")
              + "); writing the site there would delete them: move them out, or choose a new or empty folder");
    }
  }

  /**
   * Refuses a site folder that holds one of {@code sources} (the registry, the history, the
   * templates; null ones are skipped): replacing the site would delete them.
   */
  public static void requireOutside(Path target, Path... sources) throws IOException {
    Path dir = resolve(target);
    for (Path source : sources) {
      if (source == null || !Files.exists(source)) continue;
      Path real = source.toRealPath();
      if (real.startsWith(dir)) {
        throw new NotASiteException(
            dir
                + " holds "
                + source
                + ", which the build reads; writing the site there would delete it: choose "
                + "a new or empty folder");
      }
    }
  }

  /**
   * The release archive, which its own record verifies (a build reads it before it writes
   * anything).
   */

  /** Refuses a folder that is not a site and is not empty. */
  private static void requireEmpty(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      if (entries.findAny().isEmpty()) return;
    }
    throw new NotASiteException(
        dir
            + " is not a site (it has no "
            + SiteStamp.NAME
            + " stamp) and is not empty; "
            + "writing the site there would delete what it holds: choose a new or empty folder");
  }

  private static final String NEW = "new";
  private static final String READY = "ready";
  private static final String OLD = "old";
  private static final String PREPARE = "prepare";
  private static final String COMMIT = "commit";

  private static String prefix(Path dir, String state) {
    return "." + dir.getFileName() + "." + state + "-";
  }

  /**
   * A suffix that sorts by time as text, across processes: {@link #recover} takes the last leftover
   * of a state as the newest.
   */
  private static String unique() {
    Instant now = Instant.now();
    return String.format(
        Locale.ROOT,
        "%016x%08x",
        now.getEpochSecond() * 1_000_000_000L + now.getNano(),
        ProcessHandle.current().pid());
  }

  private static void swap(Path ready, Path dir) throws IOException {
    Path old = null;
    if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      old = dir.resolveSibling(prefix(dir, OLD) + unique());
      move(dir, old);
    }
    try {
      move(ready, dir);
    } catch (IOException | RuntimeException | Error e) {
      if (old != null) move(old, dir);
      throw e;
    }
    if (old != null) deleteTree(old);
  }

  /**
   * Finishes or undoes a write or release that was killed: a committed release is completed, a
   * prepared one undone; incomplete staging folders are deleted; if the site is missing because the
   * process died between the two renames, the complete new site (or else the old one) is moved into
   * place; leftovers of an earlier swap are removed.
   */
  public static void recover(Path target) throws IOException {
    Path dir = resolve(target);
    if (!Files.isDirectory(dir.getParent())) return;
    try (SiteLock lock = SiteLock.acquire(dir)) {
      for (Path journal : leftovers(dir, COMMIT)) complete(journal, dir);
      for (Path journal : leftovers(dir, PREPARE)) undo(journal);
      List<Path> ready = leftovers(dir, READY);
      List<Path> old = leftovers(dir, OLD);
      leftovers(dir, NEW).forEach(SiteWriter::deleteTree);
      if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
        if (!ready.isEmpty()) {
          move(ready.remove(ready.size() - 1), dir);
        } else if (!old.isEmpty()) {
          move(old.remove(old.size() - 1), dir);
        }
      }
      ready.forEach(SiteWriter::deleteTree);
      old.forEach(SiteWriter::deleteTree);
    }
  }

  /**
   * The leftovers of one state beside {@code dir}, oldest first (their names end in the time they
   * were made).
   */
  private static List<Path> leftovers(Path dir, String state) throws IOException {
    String prefix = prefix(dir, state);
    try (Stream<Path> siblings = Files.list(dir.getParent())) {
      return new ArrayList<>(
          siblings
              .filter(p -> p.getFileName().toString().startsWith(prefix))
              .sorted(Comparator.comparing(Path::getFileName))
              .toList());
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Gives {@code to} the POSIX permissions of {@code from}, when both have them and {@code from}
   * exists.
   */
  private static void copyPermissions(Path from, Path to) throws IOException {
    PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
    PosixFileAttributeView target =
        Files.getFileAttributeView(to, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    if (source == null || target == null || !Files.exists(from)) return;
    target.setPermissions(source.readAttributes().permissions());
  }

  private static String describe(Throwable e) {
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  /**
   * The paths where {@code target} differs from {@code files}: changed, missing or extra files,
   * sorted. An empty list means the site is current.
   */
  public static List<String> differences(Path target, List<SiteFile> files) throws IOException {
    Comparison c = compare(target);
    for (SiteFile f : files) c.accept(f);
    return c.differences();
  }

  static void deleteTree(Path root) {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) return;
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
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
