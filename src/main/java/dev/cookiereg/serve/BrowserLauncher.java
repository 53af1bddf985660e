package dev.cookiereg.serve;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Opens the preview in the user's browser where there is one to open ({@code serve --open}): the
 * command {@code $BROWSER} names, else the desktop's opener ({@code open} on macOS, {@code
 * xdg-open} under a graphical session elsewhere). Without one, the preview runs all the same.
 */
public final class BrowserLauncher {
  private BrowserLauncher() {}

  /** Starts a browser on {@code uri}; false when none is available or it could not start. */
  public static boolean open(URI uri) {
    Optional<List<String>> line =
        command(uri, System.getProperty("os.name", ""), System.getenv(), BrowserLauncher::onPath);
    if (line.isEmpty()) return false;
    try {
      new ProcessBuilder(line.get())
          .redirectInput(ProcessBuilder.Redirect.from(new File(nullDevice())))
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** The command that opens {@code uri} on {@code os} with {@code env}, if there is one. */
  static Optional<List<String>> command(
      URI uri, String os, Map<String, String> env, Predicate<String> onPath) {
    String browser = env.getOrDefault("BROWSER", "").strip();
    if (!browser.isEmpty()) {
      String first = browser.split(File.pathSeparator)[0].strip();
      if (!first.isEmpty() && onPath.test(first))
        return Optional.of(List.of(first, uri.toString()));
    }
    String name = os.toLowerCase(Locale.ROOT);
    if (name.startsWith("mac")) return Optional.of(List.of("open", uri.toString()));
    if (name.startsWith("windows")) {
      return Optional.of(List.of("rundll32", "url.dll,FileProtocolHandler", uri.toString()));
    }
    boolean graphical =
        !env.getOrDefault("DISPLAY", "").isEmpty()
            || !env.getOrDefault("WAYLAND_DISPLAY", "").isEmpty();
    if (graphical && onPath.test("xdg-open")) {
      return Optional.of(List.of("xdg-open", uri.toString()));
    }
    return Optional.empty();
  }

  /** True when {@code command} is an executable path, or an executable on the PATH. */
  static boolean onPath(String command) {
    if (command.contains(File.separator)) return Files.isExecutable(Path.of(command));
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : path.split(File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) return true;
    }
    return false;
  }

  private static String nullDevice() {
    return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")
        ? "NUL"
        : "/dev/null";
  }
}
