package dev.cookiereg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What is committed is what was meant: no line left by an unresolved merge in a template, a source,
 * the registry, the history, the README or the published site — where a template's stray marker
 * would reach every visitor and every archived version.
 */
class RepositoryHygieneTest {
  static final Pattern MARKER = Pattern.compile("(?m)^(<{7}|={7}|>{7})( .*)?$");
  static final List<Path> ROOTS =
      List.of(
          Path.of("templates"),
          Path.of("src"),
          Path.of("site"),
          Path.of("docs"),
          Path.of("cookies.yaml"),
          Path.of("CHANGELOG.md"),
          Path.of("README.md"));

  @Test
  void noFileHoldsAnUnresolvedMergeMarker() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path root : ROOTS) {
      if (!Files.exists(root)) continue;
      try (Stream<Path> files = Files.walk(root)) {
        for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
          String text;
          try {
            text = Files.readString(f, StandardCharsets.UTF_8);
          } catch (MalformedInputException binary) {
            continue;
          }
          var m = MARKER.matcher(text);
          if (m.find()) found.add(f + ": " + m.group());
        }
      }
    }
    assertThat(found).isEmpty();
  }
}
