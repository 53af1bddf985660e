package dev.cookiereg.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cookiereg.cli.Cli;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * {@code check} prints the same bytes whatever the JVM's default locale (Turkish dotless i, German
 * formats).
 */
class LocaleIndependenceTest {

  @Test
  void checkOutputIsIdenticalUnderTurkishAndGermanLocales() throws IOException {
    List<String> files =
        BrokenRegistryTest.fixtures()
            .map(n -> BrokenRegistryTest.FIXTURES.resolve(n).toString())
            .toList();
    String english = runAll(Locale.ENGLISH, files);
    assertThat(runAll(Locale.forLanguageTag("tr-TR"), files)).isEqualTo(english);
    assertThat(runAll(Locale.GERMANY, files)).isEqualTo(english);
  }

  private static String runAll(Locale locale, List<String> files) {
    Locale saved = Locale.getDefault();
    Locale.setDefault(locale);
    try {
      StringBuilder all = new StringBuilder();
      for (String f : files) {
        all.append(Cli.run("check", f).out());
        all.append(Cli.run("check", "--format", "json", f).out());
      }
      all.append(Cli.run("check", "cookies.yaml").out());
      all.append(
          Cli.run("check", Path.of("src/test/resources/broken/yaml-empty.yaml").toString()).out());
      return all.toString();
    } finally {
      Locale.setDefault(saved);
    }
  }
}
