package dev.cookiereg.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A small tmpfs of a test's own, for file-system faults without touching the machine's disks (root
 * only).
 */
public final class Tmpfs {
  private Tmpfs() {}

  /**
   * Runs a system command to its end (at most 30 s), its output discarded; returns its exit code.
   */
  public static int run(String... command) throws Exception {
    Process p =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(new File("/dev/null"))
            .start();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return p.exitValue();
  }

  /** Mounts a tmpfs with {@code options} on {@code mount}; true when the machine allowed it. */
  public static boolean mount(Path mount, String options) throws Exception {
    return "root".equals(System.getProperty("user.name"))
        && run("mount", "-t", "tmpfs", "-o", options, "tmpfs", mount.toString()) == 0;
  }

  /** Remounts {@code mount} with {@code options} (such as {@code remount,ro}). */
  public static void remount(Path mount, String options) throws Exception {
    assertThat(run("mount", "-o", options, mount.toString())).isZero();
  }

  public static void unmount(Path mount) throws Exception {
    run("umount", mount.toString());
  }
}
