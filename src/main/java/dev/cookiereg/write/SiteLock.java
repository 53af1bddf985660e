package dev.cookiereg.write;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The exclusive right to change a site: a lock on {@code .<site>.lock} beside it, held from before recovery to
 * after the swap, so two builds or releases of one site never interleave. Another process is kept out by the file
 * lock, another thread of this process by the same table; the thread that holds the lock may take it again (a
 * release holds it while its build writes).
 *
 * <p>The holder deletes the lock file before it lets go, so no run leaves it behind. A run that was waiting on the
 * deleted file then holds a lock on nothing: each holder writes a token of its own into the file it locked and
 * reads it back through the path, and starts over when the path holds another file. Where the lock file cannot be
 * created because the folder is read-only, nothing can change the site there either, and reading goes on without
 * a lock.
 */
public final class SiteLock implements AutoCloseable {
  /** How long a run waits for another to finish before it gives up. */
  static final Duration WAIT = Duration.ofSeconds(120);

  private static final Map<Path, SiteLock> HELD = new HashMap<>();

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;
  private final Thread owner;
  private int holds = 1;

  private SiteLock(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
    this.owner = Thread.currentThread();
  }

  /** Another build or release holds the site's lock, and did not let it go in time. */
  public static final class BusyException extends IOException {
    BusyException(String message) {
      super(message);
    }
  }

  /** The lock file of {@code site} (resolved as {@link SiteWriter#resolve} does). */
  static Path fileOf(Path site) {
    return site.resolveSibling("." + site.getFileName() + ".lock");
  }

  /** Takes the lock of {@code target}, waiting up to two minutes for another run to finish. */
  public static SiteLock acquire(Path target) throws IOException {
    return acquire(target, WAIT);
  }

  static SiteLock acquire(Path target, Duration wait) throws IOException {
    Path site = SiteWriter.resolve(target);
    Path file = fileOf(site);
    if (!Files.isDirectory(site.getParent())) {
      try {
        Files.createDirectories(site.getParent());
      } catch (IOException | UnsupportedOperationException unwritable) {
        // tryTake reports a folder it cannot lock in
      }
    }
    long deadline = System.nanoTime() + wait.toNanos();
    while (true) {
      synchronized (HELD) {
        SiteLock held = HELD.get(file);
        if (held != null && held.owner == Thread.currentThread()) {
          held.holds++;
          return held;
        }
        if (held == null) {
          SiteLock taken = tryTake(file);
          if (taken != null) {
            HELD.put(file, taken);
            return taken;
          }
        }
      }
      if (System.nanoTime() > deadline) {
        throw new BusyException("another build or release of " + site + " is running (it holds " + file
            + "); try again when it has finished");
      }
      try {
        Thread.sleep(25);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new BusyException("interrupted while waiting for another build or release of " + site);
      }
    }
  }

  private static SiteLock tryTake(Path file) throws IOException {
    FileChannel channel;
    try {
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    } catch (ReadOnlyFileSystemException | java.nio.file.FileSystemException e) {
      if (Files.exists(file) || Files.isWritable(file.getParent())) throw e;
      return new SiteLock(file, null, null); // a read-only folder: nobody writes a site there
    }
    try {
      FileLock lock = channel.tryLock();
      if (lock != null) {
        if (owns(channel, file)) return new SiteLock(file, channel, lock);
        lock.release();                      // locked a file its holder had deleted: start over
      }
    } catch (OverlappingFileLockException ignored) {
      // held by this process through another channel: wait like any other holder
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
    channel.close();
    return null;
  }

  /** Writes a token of this holder's into the locked file and true when the path still leads to that file. */
  private static boolean owns(FileChannel channel, Path file) throws IOException {
    byte[] token = (ProcessHandle.current().pid() + " " + Thread.currentThread().getId() + " " + System.nanoTime()
        + "\n").getBytes(StandardCharsets.US_ASCII);
    channel.truncate(0);
    channel.write(ByteBuffer.wrap(token), 0);
    try {
      return Arrays.equals(Files.readAllBytes(file), token);
    } catch (NoSuchFileException deleted) {
      return false;
    }
  }

  /** Lets the lock go, deleting its file, once this holder has released every time it took it. */
  @Override
  public void close() throws IOException {
    synchronized (HELD) {
      if (--holds > 0) return;
      HELD.remove(file);
      if (channel == null) return;
      try {
        Files.deleteIfExists(file);
        lock.release();
      } finally {
        channel.close();
      }
    }
  }
}
