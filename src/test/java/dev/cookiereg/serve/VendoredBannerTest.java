package dev.cookiereg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cookiereg.testing.BannerHarness;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The banner library the preview runs comes with the jar, unchanged from the npm package the tests
 * pin (package.json), with its MIT licence beside it.
 */
class VendoredBannerTest {
  static final String VERSION = "3.1.0";

  static byte[] resource(String name) throws IOException {
    try (InputStream in = PreviewServer.class.getResourceAsStream("vendor/" + name)) {
      assertThat(in).as("vendor/%s in the jar", name).isNotNull();
      return in.readAllBytes();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"cookieconsent.umd.js", "cookieconsent.css"})
  void theVendoredFileIsThePinnedPackagesOwn(String file) throws IOException {
    Path npm = BannerHarness.NODE_MODULES.resolve("vanilla-cookieconsent");
    assertThat(npm.resolve("package.json"))
        .as("the banner libraries: run 'npm ci' (as .ci/run does)")
        .exists();
    assertThat(
            new ObjectMapper()
                .readTree(npm.resolve("package.json").toFile())
                .get("version")
                .asText())
        .isEqualTo(VERSION);
    assertThat(resource(file)).isEqualTo(Files.readAllBytes(npm.resolve("dist").resolve(file)));
  }

  @Test
  void itsLicenceAndSourceComeWithIt() throws IOException {
    assertThat(new String(resource("LICENSE"), java.nio.charset.StandardCharsets.UTF_8))
        .startsWith("MIT License")
        .contains("Orest Bida");
    assertThat(new String(resource("SOURCE.txt"), java.nio.charset.StandardCharsets.UTF_8))
        .contains("vanilla-cookieconsent " + VERSION);
    assertThat(
            new ObjectMapper()
                .readTree(Path.of("package.json").toFile())
                .at("/devDependencies/vanilla-cookieconsent")
                .asText())
        .isEqualTo(VERSION);
  }
}
