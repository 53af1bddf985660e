package dev.cookiereg;

import dev.cookiereg.diagnostic.Diagnostic;
import dev.cookiereg.diagnostic.Location;
import dev.cookiereg.diagnostic.RegistryException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Reads a registry to compare with: a file, or a git revision written {@code REV:path}
 * ({@code origin/main:cookies.yaml}), read with {@code git show} in the repository of the registry it is
 * compared with.
 */
public final class RegistrySource {
  private RegistrySource() {}

  /**
   * Loads the registry named by {@code spec}; a git revision is read with {@code git show} run in
   * {@code repository}.
   */
  public static LoadedRegistry load(RegistryLoader loader, String spec, Path repository) throws RegistryException {
    Path file = Path.of(spec);
    if (Files.exists(file) || !spec.contains(":")) {
      return loader.loadForComparison(file);
    }
    return loader.loadForComparison(spec, gitShow(spec, repository));
  }

  static byte[] gitShow(String spec, Path repository) throws RegistryException {
    if (spec.startsWith("-")) {
      throw new RegistryException(Diagnostic.error(spec, Location.START, "git", "not a git revision"));
    }
    try {
      Process git = new ProcessBuilder("git", "show", "--no-textconv", spec)
          .directory(repository.toFile()).redirectErrorStream(false).start();
      git.getOutputStream().close();
      byte[] out;
      try (InputStream in = git.getInputStream()) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        in.transferTo(buffer);
        out = buffer.toByteArray();
      }
      String err = new String(git.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
      if (!git.waitFor(60, TimeUnit.SECONDS) || git.exitValue() != 0) {
        String reason = err.isEmpty() ? "git show failed" : err.lines().findFirst().orElse(err);
        throw new RegistryException(Diagnostic.error(spec, Location.START, "git", "cannot read " + spec
            + " from git: " + reason));
      }
      return out;
    } catch (IOException e) {
      throw new RegistryException(Diagnostic.error(spec, Location.START, "git", "cannot run git: " + e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RegistryException(Diagnostic.error(spec, Location.START, "git", "interrupted"));
    }
  }
}
