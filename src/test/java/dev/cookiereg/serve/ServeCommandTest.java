package dev.cookiereg.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cookiereg.cli.Cli;
import dev.cookiereg.cli.ExitCodes;
import dev.cookiereg.testing.ScratchProject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} as a process: it listens on loopback unless told otherwise (and warns then), says
 * where, opens no browser where there is none without failing, and stops cleanly with exit 0 on
 * SIGTERM, leaving the site as it was.
 */
class ServeCommandTest {
  @TempDir Path tmp;

  /** A running {@code serve}: its process, the URL it printed and what it printed after. */
  record Serving(Process process, URI url, BufferedReader out, Path err) {}

  static Serving serve(ScratchProject p, String... more) throws IOException {
    List<String> line =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                "dev.cookiereg.cli.Main",
                "serve",
                p.registry().toString(),
                "--port",
                "0"));
    line.addAll(List.of(more));
    Path err = Files.createTempFile(p.dir(), "serve-", ".err");
    ProcessBuilder pb = new ProcessBuilder(line).redirectError(err.toFile());
    Map<String, String> env = pb.environment();
    env.remove("DISPLAY"); // no browser to open
    env.remove("WAYLAND_DISPLAY");
    env.remove("BROWSER");
    Process process = pb.start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    for (String l = out.readLine(); l != null; l = out.readLine()) {
      int at = l.indexOf("http://");
      if (l.startsWith("Serving ") && at > 0) {
        return new Serving(process, URI.create(l.substring(at).split(" ")[0]), out, err);
      }
    }
    throw new AssertionError("serve printed no URL: " + Files.readString(err));
  }

  static int status(URI url) throws Exception {
    return HttpClient.newHttpClient()
        .send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  /**
   * The local addresses, in the kernel's hex, of the sockets listening on {@code port}: Linux's
   * {@code /proc/net/tcp} and {@code tcp6}, read without sending anything anywhere.
   */
  static List<String> listening(int port) throws IOException {
    List<String> out = new ArrayList<>();
    String hexPort = String.format(java.util.Locale.ROOT, "%04X", port);
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      Path file = Path.of(table);
      if (!Files.isReadable(file)) continue;
      for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
        String[] f = line.strip().split("\\s+");
        String[] local = f[1].split(":");
        if (local[1].equals(hexPort) && f[3].equals("0A")) out.add(local[0]); // 0A: LISTEN
      }
    }
    return out;
  }

  @Test
  @Timeout(90)
  void sigtermStopsThePreviewCleanlyWithExitZero() throws Exception {
    ScratchProject p = ScratchProject.released(tmp.resolve("project"));
    Map<String, String> site = ScratchProject.contents(p.site());
    Serving s = serve(p, "--open");
    String rest;
    try {
      assertThat(s.url().getHost()).isEqualTo("127.0.0.1");
      assertThat(status(s.url())).isEqualTo(200);
      if (Files.isReadable(Path.of("/proc/net/tcp"))) { // Linux says where it listens
        assertThat(listening(s.url().getPort()))
            .as("bound to 127.0.0.1 only (IPv4, or IPv4-mapped IPv6)")
            .isNotEmpty()
            .allMatch(a -> a.equals("0100007F") || a.equals("0000000000000000FFFF00000100007F"));
      }

      assertThat(s.process().toHandle().destroy()).isTrue(); // SIGTERM, the output kept readable

      assertThat(s.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
      rest = s.out().lines().reduce("", (a, b) -> a + b + "\n");
    } finally {
      s.process().destroyForcibly();
    }
    assertThat(s.process().exitValue()).as(Files.readString(s.err())).isEqualTo(ExitCodes.OK);
    assertThat(rest).contains("stopped");
    assertThat(Files.readString(s.err()))
        .contains("note: no browser to open here: open " + s.url() + " yourself")
        .doesNotContain("Exception");
    assertThatThrownBy(
            () -> new Socket(InetAddress.getLoopbackAddress(), s.url().getPort()).close())
        .as("the port is closed")
        .isInstanceOf(ConnectException.class);
    Files.delete(s.err());
    assertThat(ScratchProject.contents(p.site())).isEqualTo(site);
  }

  @Test
  @Timeout(90)
  void aHostBeyondLoopbackIsServedWithAWarning() throws Exception {
    ScratchProject p = ScratchProject.released(tmp.resolve("project"));
    Serving s = serve(p, "--host", "0.0.0.0");
    try {
      assertThat(status(s.url())).isEqualTo(200);
      if (Files.isReadable(Path.of("/proc/net/tcp"))) {
        assertThat(listening(s.url().getPort()))
            .as("every address")
            .containsAnyOf("00000000", "00000000000000000000000000000000");
      }
      assertThat(s.process().toHandle().destroy()).isTrue();
      assertThat(s.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      s.process().destroyForcibly();
    }
    assertThat(s.process().exitValue()).isEqualTo(ExitCodes.OK);
    assertThat(Files.readString(s.err()))
        .startsWith(
            "warning: --host 0.0.0.0: anyone who can reach this machine can read the preview");
  }

  @Test
  void pollingFasterThanTenMillisecondsIsAUsageError() {
    Cli r = Cli.run("serve", "--poll", "5");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).startsWith("error: --poll: 5 ms; give 10 to 60000");
  }

  @Test
  void helpNamesEveryOptionAndTheExitCodes() {
    Cli help = Cli.run("serve", "--help");
    assertThat(help.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(help.out())
        .contains("--port", "--host", "--poll", "--open", "--templates", "--site", "--verbose")
        .contains("0   stopped (Ctrl-C or SIGTERM)");
  }
}
