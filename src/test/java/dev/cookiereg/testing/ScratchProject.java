package dev.cookiereg.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cookiereg.cli.Cli;
import dev.cookiereg.cli.ExitCodes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A copy of the project's registry and history in a folder of its own, released once as 1.0.0: what
 * an editor has after cloning. Commands run in this JVM ({@link #cli}) or in a fresh one ({@link
 * #start}).
 */
public record ScratchProject(Path dir, Path registry, Path changelog, Path site) {
  /** The date every release of a scratch project is made on, so outputs can be compared. */
  public static final String DATE = "2026-11-29";

  public static ScratchProject released(Path dir) throws IOException {
    ScratchProject p =
        new ScratchProject(
            dir, dir.resolve("cookies.yaml"), dir.resolve("CHANGELOG.md"), dir.resolve("site"));
    Files.createDirectories(dir);
    SeedProject.write(p.registry, p.changelog);
    Cli first = p.cli("release");
    assertThat(first.exitCode()).as(first.err()).isEqualTo(ExitCodes.OK);
    return p;
  }

  /** Runs {@code command} on this project in this JVM ({@code release} on {@link #DATE}). */
  public Cli cli(String command, String... more) {
    return Cli.run(args(command, more).toArray(String[]::new));
  }

  /**
   * Starts {@code command} on this project in a new JVM; its output is discarded unless redirected
   * by the caller.
   */
  public Process start(String command, String... more) throws IOException {
    return start(List.of(), command, more);
  }

  /** Starts {@code command} in a new JVM with {@code jvmOptions} (such as {@code -Xmx64m}). */
  public Process start(List<String> jvmOptions, String command, String... more) throws IOException {
    List<String> line =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1"));
    line.addAll(jvmOptions);
    line.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.cookiereg.cli.Main"));
    line.addAll(args(command, more));
    return new ProcessBuilder(line)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  /** Runs {@code command} in a new JVM to its end and returns its exit code. */
  public int run(String command, String... more) throws Exception {
    Process p = start(command, more);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("%s finished", command).isTrue();
    return p.exitValue();
  }

  private List<String> args(String command, String... more) {
    List<String> args = new ArrayList<>(List.of(command, registry.toString()));
    if (!command.equals("check")) args.addAll(List.of("--out", site.toString()));
    if (command.equals("check")) args.addAll(List.of("--site", site.toString()));
    if (command.equals("release")) args.addAll(List.of("--date", DATE));
    args.addAll(List.of(more));
    return args;
  }

  /** Replaces {@code find} (which must be there) in the registry. */
  public void edit(String find, String replace) throws IOException {
    String yaml = Files.readString(registry, StandardCharsets.UTF_8);
    assertThat(yaml).contains(find);
    Files.writeString(registry, yaml.replace(find, replace), StandardCharsets.UTF_8);
  }

  /**
   * Every regular file under {@code root} (links and all) and its bytes as text, by relative path.
   */
  public static Map<String, String> contents(Path root) throws IOException {
    Map<String, String> out = new TreeMap<>();
    if (!Files.exists(root)) return out;
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(p -> !Files.isDirectory(p)).sorted().toList()) {
        out.put(
            root.relativize(p).toString(),
            Files.isSymbolicLink(p)
                ? "-> " + Files.readSymbolicLink(p)
                : new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
      }
    }
    return out;
  }

  /** The registry, the history and the site, as one snapshot. */
  public Map<String, String> state() throws IOException {
    Map<String, String> all = new TreeMap<>();
    all.put("cookies.yaml", Files.readString(registry, StandardCharsets.UTF_8));
    all.put(
        "CHANGELOG.md",
        Files.exists(changelog) ? Files.readString(changelog, StandardCharsets.UTF_8) : "");
    contents(site).forEach((k, v) -> all.put("site/" + k, v));
    return all;
  }

  /** The names in the project's folder that start with a dot: what a run left beside its files. */
  public List<String> leftovers() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith("."))
          .sorted()
          .toList();
    }
  }
}
