package dev.cookiereg.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Fixture files of a data-driven test: each beside the output it must produce. */
public final class Fixtures {
  private Fixtures() {}

  /** The names of the files in {@code folder} that end with {@code suffix}, sorted. */
  public static Stream<String> named(Path folder, String suffix) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(suffix))
          .sorted()
          .toList()
          .stream();
    }
  }
}
