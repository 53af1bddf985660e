package dev.cookiereg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The browser stack (Selenium) is loaded only by the live crawl: every other command, the offline
 * audit included, starts without it. Seen in a fresh JVM with {@code -verbose:class}.
 */
class BrowserStackLoadingTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "check src/test/resources/audit/cookies.yaml",
        "audit src/test/resources/audit/cookies.yaml --har src/test/resources/audit/none.har",
        "rules",
        "audit --help"
      })
  void aCommandOtherThanTheCrawlLoadsNoSeleniumClass(String command) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-verbose:class");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(Main.class.getName());
    cmd.addAll(List.of(command.split(" ")));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(out).contains("dev.cookiereg.cli.Main");
    assertThat(out.lines().filter(l -> l.contains("org.openqa.")).toList()).isEmpty();
  }
}
