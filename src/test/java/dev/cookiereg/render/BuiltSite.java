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
  /** The pages every page-level quality bar applies to. */
  static final List<String> PAGES = List.of("index.html", "history.html");

  private static Path site;

  private BuiltSite() {}

  static synchronized Path get() {
    if (site == null) site = build(tempDir("cookiereg-site-").resolve("site"));
    return site;
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
