package dev.cookiereg.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cookiereg.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Builds the project's cookies.yaml once per test JVM into a temporary folder, through the command
 * line.
 */
final class BuiltSite {
  /**
   * The pages every page-level quality bar applies to: the current ones (the French edition's too),
   * the page of versions and archived pages with their notice. Not 2.0.0's or 2.1.0's policy page:
   * they were released with the change notice in an aside inside the header, which axe's best
   * practices flag (the template has since made it a section; the archive keeps what was
   * published).
   */
  static final List<String> PAGES =
      List.of(
          "index.html",
          "history.html",
          "fr/index.html",
          "fr/history.html",
          "versions/index.html",
          "versions/2.1.0/history.html",
          "versions/1.0.0/index.html");

  private static Path site;

  private BuiltSite() {}

  /**
   * The project's site, built over a copy of the committed one (for its archive of released
   * versions).
   */
  static synchronized Path get() {
    if (site == null) {
      Path out = tempDir("cookiereg-site-").resolve("site");
      copyTree(Path.of("site"), out);
      site = build(out);
    }
    return site;
  }

  private static void copyTree(Path from, Path to) {
    try (var walk = Files.walk(from)) {
      for (Path p : walk.sorted().toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(target);
        else Files.copy(p, target);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path build(Path out, String... extra) {
    Result r = run(concat(new String[] {"build", "cookies.yaml", "--out", out.toString()}, extra));
    assertThat(r.code()).as("build exit code; stderr: %s", r.err()).isZero();
    return out;
  }

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Result(code, out.toString(), err.toString());
  }

  static Path tempDir(String prefix) {
    try {
      return Files.createTempDirectory(prefix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = new String[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  /** A command's exit code and output. */
  record Result(int code, String out, String err) {}
}
