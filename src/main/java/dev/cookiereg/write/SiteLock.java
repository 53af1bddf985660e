package dev.cookiereg.write;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * The exclusive right to change a site: a lock held from before recovery to after the swap, so two
 * builds or releases of one site never interleave. Another process is kept out by a file lock,
 * another thread of this process by the same table; the thread that holds the lock may take it
 * again (a release holds it while its build writes).
 *
 * <p>The lock file lives in the temporary folder, named after the site's real path, and is never
 * deleted: POSIX releases a lock whenever its file is deleted and made anew, so a file that stays
 * is the only one two runs can agree on, and the temporary folder keeps it out of the project,
 * where it would be committed by mistake.
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
  static Path fileOf(Path site) throws IOException {
    Path dir = Path.of(System.getProperty("java.io.tmpdir"), "cookiereg-locks-" + user());
    Files.createDirectories(dir);
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
    String key =
        HexFormat.of()
            .formatHex(sha.digest(site.toString().getBytes(StandardCharsets.UTF_8)), 0, 12);
    return dir.resolve(site.getFileName() + "-" + key + ".lock");
  }

  private static String user() {
    String name = System.getProperty("user.name", "user");
    return name.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  /** Takes the lock of {@code target}, waiting up to two minutes for another run to finish. */
  public static SiteLock acquire(Path target) throws IOException {
    return acquire(target, WAIT);
  }

  static SiteLock acquire(Path target, Duration wait) throws IOException {
    Path site = SiteWriter.resolve(target);
    Path file = fileOf(site);
    long deadline = System.nanoTime() + wait.toNanos();
    while (true) {
      synchronized (HELD) {
        SiteLock held = HELD.get(file);
        if (held != null && held.owner == Thread.currentThread()) {
          held.holds++;
          return held;
        }
        if (held == null) {
          SiteLock taken = tryTake(file, site);
          if (taken != null) {
            HELD.put(file, taken);
            return taken;
          }
        }
      }
      if (System.nanoTime() > deadline) {
        throw new BusyException(
            "another build or release of "
                + site
                + " is running (it holds "
                + file
                + "); try again when it has finished");
      }
      try {
        Thread.sleep(25);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new BusyException(
            "interrupted while waiting for another build or release of " + site);
      }
    }
  }

  private static SiteLock tryTake(Path file, Path site) throws IOException {
    FileChannel channel =
        FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    try {
      FileLock lock = channel.tryLock();
      if (lock != null) {
        channel.truncate(0).write(ByteBuffer.wrap((site + "\n").getBytes(StandardCharsets.UTF_8)));
        return new SiteLock(file, channel, lock);
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

  /** Lets the lock go once this holder has released every time it took it. */
  @Override
  public void close() throws IOException {
    synchronized (HELD) {
      if (--holds > 0) return;
      HELD.remove(file);
      try {
        lock.release();
      } finally {
        channel.close();
      }
    }
  }
}
