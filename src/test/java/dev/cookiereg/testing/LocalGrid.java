package dev.cookiereg.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A standalone Selenium Grid on loopback, for tests of {@code audit --grid URL}: one node whose
 * only browser is the Debian Chromium ({@link Browser#CHROMIUM}) driven by the Debian chromedriver
 * ({@link Browser#CHROMEDRIVER}); no driver detection, no Selenium Manager, nothing downloaded.
 *
 * <p>The grid runs in its own JVM on its own classpath, which the build resolves (the {@code
 * grid-classpath} execution in pom.xml writes it to the file named by the system property {@value
 * #CLASSPATH_PROPERTY}), so its Selenium version never meets the tests' selenium-java. A client
 * asks it for {@code new ChromeOptions()} without a binary (the node's stereotype supplies {@code
 * /usr/bin/chromium}) and without {@code --user-data-dir} (chromedriver makes a fresh profile); the
 * options' arguments reach Chromium unchanged. {@link #close()} stops the grid and every process it
 * started (chromedrivers, Chromiums), also when a session was never quit.
 *
 * <pre>{@code
 * static LocalGrid grid;
 * @BeforeAll static void start() { grid = LocalGrid.startOrSkip(); }
 * @AfterAll static void stop() { if (grid != null) grid.close(); }
 * ... new RemoteWebDriver(grid.url().toURL(), options) ...
 * }</pre>
 */
public final class LocalGrid implements AutoCloseable {

  /** System property naming the file that holds the grid's classpath (set by surefire). */
  public static final String CLASSPATH_PROPERTY = "cookiereg.grid.classpath";

  /** How long the grid may take to report itself ready; it takes 2–5 s on a loaded machine. */
  public static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

  /** Lines of the grid's log quoted in an error. */
  private static final int LOG_TAIL = 25;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path workDir;
  private final Path log;
  private final int port;
  private final Process process;
  private final Thread shutdownHook;

  /**
   * {@link Browser#requireAvailable()} (skip locally, fail on CI without Chromium), then a grid of
   * two browser slots.
   */
  public static LocalGrid startOrSkip() {
    Browser.requireAvailable();
    return start(2);
  }

  /** A grid on a free loopback port with {@code maxSessions} browser slots, once it is ready. */
  public static LocalGrid start(int maxSessions) {
    for (int attempt = 1; ; attempt++) {
      try {
        return new LocalGrid(freePort(), maxSessions, READY_TIMEOUT);
      } catch (PortTaken e) {
        // another process took the free port between our check and the grid's bind
        if (attempt == 3) throw e;
      }
    }
  }

  /**
   * Starts the grid on {@code port} and waits until {@code /status} says ready; on a timeout or an
   * early exit, stops it and throws with the end of its log.
   */
  LocalGrid(int port, int maxSessions, Duration readyTimeout) {
    if (maxSessions < 1) throw new IllegalArgumentException("maxSessions < 1: " + maxSessions);
    this.port = port;
    List<String> classpath = classpath();
    try {
      workDir = Files.createTempDirectory("cookiereg-grid-");
      log = workDir.resolve("grid.log");
      Path config = Files.writeString(workDir.resolve("grid.toml"), config(port, maxSessions));
      ProcessBuilder pb =
          new ProcessBuilder(
              Path.of(System.getProperty("java.home"), "bin", "java").toString(),
              "-Xmx256m",
              "-XX:+UseSerialGC",
              "-XX:TieredStopAtLevel=1",
              "-cp",
              String.join(java.io.File.pathSeparator, classpath),
              "org.openqa.selenium.grid.Main",
              "standalone",
              "--config",
              config.toString());
      pb.environment().put("SE_OFFLINE", "true");
      pb.environment().put("SE_AVOID_STATS", "true");
      pb.redirectErrorStream(true).redirectOutput(log.toFile());
      process = pb.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the Selenium Grid: " + e.getMessage(), e);
    }
    shutdownHook = new Thread(this::stop, "local-grid-stop");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
    try {
      awaitReady(readyTimeout);
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  /** The grid's address, for {@code new RemoteWebDriver(url().toURL(), options)}. */
  public URI url() {
    return URI.create("http://127.0.0.1:" + port);
  }

  /**
   * The last {@code lines} lines the grid logged (its stdout and stderr), without the stack frames
   * of its exceptions (their messages and causes stay).
   */
  public String logTail(int lines) {
    List<String> text =
        logLines().stream().filter(l -> !l.matches("\\s+(at |\\.\\.\\. \\d+ more).*")).toList();
    return String.join("\n", text.subList(Math.max(0, text.size() - lines), text.size()));
  }

  private List<String> logLines() {
    try {
      return Files.readAllLines(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return List.of("(no log: " + e.getMessage() + ")");
    }
  }

  /** The grid JVM's process, so that tests can see what it started. */
  ProcessHandle process() {
    return process.toHandle();
  }

  /** Stops the grid, then whatever it started that is still running, and deletes its files. */
  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException alreadyShuttingDown) {
      // the hook runs stop() itself
    }
    stop();
    deleteTree(workDir);
  }

  private void stop() {
    // Snapshot first: once the grid JVM is gone its chromedrivers are no longer its descendants.
    List<ProcessHandle> started = process.descendants().toList();
    process.destroy(); // SIGTERM: the grid's own shutdown ends its sessions
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS))
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    started.stream().filter(LocalGrid::running).forEach(ProcessHandle::destroy);
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (started.stream().anyMatch(LocalGrid::running) && System.nanoTime() < deadline) {
      sleep(Duration.ofMillis(50));
    }
    started.stream().filter(LocalGrid::running).forEach(ProcessHandle::destroyForcibly);
  }

  /**
   * Alive and not a zombie. {@link ProcessHandle#isAlive()} is true for a zombie, and where the
   * init process does not reap orphans (as in some containers) an ended Chromium stays one.
   */
  static boolean running(ProcessHandle p) {
    if (!p.isAlive()) return false;
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(p.pid()), "stat"));
      int end = stat.lastIndexOf(')'); // the command name may itself contain ')'
      return end < 0 || end + 2 >= stat.length() || stat.charAt(end + 2) != 'Z';
    } catch (IOException e) {
      return p.isAlive(); // no /proc, or it ended meanwhile
    }
  }

  private void awaitReady(Duration timeout) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest status =
        HttpRequest.newBuilder(url().resolve("/status")).timeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + timeout.toNanos();
    String last = "no answer";
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw failure("exited with code " + process.exitValue() + " before it was ready");
      }
      // A grid whose start failed says so in its log, but its JVM lives on (non-daemon threads).
      List<String> lines = logLines();
      if (lines.stream().anyMatch(l -> l.startsWith("Exception in thread \"main\""))) {
        boolean bind = lines.stream().anyMatch(l -> l.contains("java.net.BindException"));
        String what = "failed to start";
        throw bind ? new PortTaken(failure(what).getMessage()) : failure(what);
      }
      try {
        HttpResponse<String> r = http.send(status, HttpResponse.BodyHandlers.ofString());
        JsonNode value = JSON.readTree(r.body()).path("value");
        if (r.statusCode() == 200 && value.path("ready").asBoolean(false)) return;
        last = "status " + r.statusCode() + ": " + value.path("message").asText("");
      } catch (IOException e) {
        last = e.getClass().getSimpleName();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw failure("interrupted while waiting for it");
      }
      sleep(Duration.ofMillis(100));
    }
    throw failure("not ready after " + timeout.toSeconds() + " s (last /status: " + last + ")");
  }

  /** The grid could not bind its port. */
  static final class PortTaken extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    PortTaken(String message) {
      super(message);
    }
  }

  private IllegalStateException failure(String what) {
    return new IllegalStateException(
        "Selenium Grid on " + url() + " " + what + "; the end of its log:\n" + logTail(LOG_TAIL));
  }

  /** The node: the Debian chromedriver and Chromium only, {@code maxSessions} slots. */
  static String config(int port, int maxSessions) {
    String stereotype =
        "{\"browserName\": \"chrome\", \"goog:chromeOptions\": {\"binary\": "
            + json(Browser.CHROMIUM.toString())
            + "}}";
    return String.join(
        "\n",
        "[server]",
        "host = \"127.0.0.1\"",
        "port = " + port,
        "",
        "[logging]",
        "tracing = false",
        "",
        "[node]",
        "detect-drivers = false",
        "selenium-manager = false",
        "max-sessions = " + maxSessions,
        "override-max-sessions = true",
        "",
        "[[node.driver-configuration]]",
        "display-name = \"Debian Chromium\"",
        "webdriver-executable = " + json(Browser.CHROMEDRIVER.toString()),
        "max-sessions = " + maxSessions,
        "stereotype = " + json(stereotype),
        "");
  }

  private static List<String> classpath() {
    Path file = Path.of(System.getProperty(CLASSPATH_PROPERTY, "target/grid-classpath.txt"));
    String hint =
        "; the build writes it (mvn generate-test-resources, the grid-classpath execution in"
            + " pom.xml)";
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("no Selenium Grid classpath at " + file + hint);
    }
    List<String> entries = new ArrayList<>();
    try {
      for (String e : Files.readString(file).trim().split(java.io.File.pathSeparator)) {
        if (!e.isBlank()) entries.add(e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    if (entries.stream()
        .noneMatch(e -> Path.of(e).getFileName().toString().startsWith("selenium-grid-"))) {
      throw new IllegalStateException("no selenium-grid jar in " + file + hint);
    }
    return entries;
  }

  /** A TOML basic string, which is also a JSON string. */
  private static String json(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') b.append('\\').append(c);
      else if (c < 0x20) b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      else b.append(c);
    }
    return b.append('"').toString();
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free loopback port: " + e.getMessage(), e);
    }
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void deleteTree(Path dir) {
    if (dir == null || !Files.exists(dir)) return;
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.deleteIfExists(p);
                } catch (IOException ignored) {
                  // best effort
                }
              });
    } catch (IOException ignored) {
      // best effort
    }
  }
}
