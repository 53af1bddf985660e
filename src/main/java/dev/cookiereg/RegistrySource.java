package dev.cookiereg;

import dev.cookiereg.diagnostic.Diagnostic;
import dev.cookiereg.diagnostic.Location;
import dev.cookiereg.diagnostic.RegistryException;
import dev.cookiereg.load.Inputs;
import dev.cookiereg.load.ManifestReader;
import dev.cookiereg.model.Registry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Reads a registry to compare with: a registry file, a released {@code manifest.json}, or either of
 * them at a git revision written {@code REV:path} ({@code origin/main:cookies.yaml}), read with
 * {@code git show} in the repository of the registry it is compared with.
 */
public final class RegistrySource {
  private RegistrySource() {}

  /**
   * An earlier version: its model, and whether it came from a manifest (which has no prose, so the
   * version it is compared with must be reduced to its manifest too).
   */
  public record Base(Registry registry, boolean fromManifest) {}

  /**
   * Reads the version named by {@code spec}; a git revision is read with {@code git show} run in
   * {@code repository}.
   */
  public static Base load(RegistryLoader loader, String spec, Path repository)
      throws RegistryException {
    Path file = Path.of(spec);
    boolean isFile = Files.exists(file) || !spec.contains(":");
    byte[] bytes = isFile ? loader.read(file) : gitShow(spec, repository, loader);
    if (spec.endsWith(".json")) return new Base(ManifestReader.read(spec, bytes), true);
    return new Base(loader.loadForComparison(spec, bytes).registry(), false);
  }

  /**
   * The blob {@code git show} prints for {@code spec}; refused, and git stopped, beyond the
   * loader's size limit.
   */
  static byte[] gitShow(String spec, Path repository, RegistryLoader loader)
      throws RegistryException {
    if (spec.startsWith("-")) {
      throw new RegistryException(
          Diagnostic.error(spec, Location.START, "git", "not a git revision"));
    }
    try {
      Process git =
          new ProcessBuilder("git", "show", "--no-textconv", spec)
              .directory(repository.toFile())
              .redirectErrorStream(false)
              .start();
      git.getOutputStream().close();
      byte[] out;
      try (InputStream in = git.getInputStream()) {
        out = Inputs.read(in, spec, loader.maxBytes());
      } catch (Inputs.TooLarge e) {
        git.destroyForcibly();
        throw loader.tooLarge(spec, e.size());
      }
      String err;
      try (InputStream in = git.getErrorStream()) {
        err = new String(in.readNBytes(64 << 10), java.nio.charset.StandardCharsets.UTF_8).strip();
      }
      if (!git.waitFor(60, TimeUnit.SECONDS) || git.exitValue() != 0) {
        String reason = err.isEmpty() ? "git show failed" : err.lines().findFirst().orElse(err);
        throw new RegistryException(
            Diagnostic.error(
                spec, Location.START, "git", "cannot read " + spec + " from git: " + reason));
      }
      return out;
    } catch (IOException e) {
      throw new RegistryException(
          Diagnostic.error(spec, Location.START, "git", "cannot run git: " + e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RegistryException(Diagnostic.error(spec, Location.START, "git", "interrupted"));
    }
  }
}
