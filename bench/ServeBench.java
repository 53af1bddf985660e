import dev.cookiereg.Build;
import dev.cookiereg.RegistryLoader;
import dev.cookiereg.cli.DiagnosticFormat;
import dev.cookiereg.serve.Preview;
import dev.cookiereg.serve.PreviewServer;
import dev.cookiereg.serve.Snapshot;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The preview's speed, measured inside one JVM as an editor meets it. Each edit rewrites the first
 * cookie's purpose with a new word ({@code … zqedit17x}), so every render has real work to do.
 *
 * <pre>
 * java -cp target/cookiereg.jar bench/ServeBench.java render DIR [RUNS]   edit → every output rendered in memory
 * java -cp target/cookiereg.jar bench/ServeBench.java heap DIR [RENDERS]  heap after GC, first render and last
 * java -cp target/cookiereg.jar bench/ServeBench.java page DIR [RUNS]     edit → Chromium shows the new words
 * java -cp target/cookiereg.jar bench/ServeBench.java serve DIR           serve DIR on a free port; prints the URL
 * java -cp target/cookiereg.jar bench/ServeBench.java http URL FILE [RUNS] edit FILE → URL serves the new words
 * </pre>
 *
 * DIR holds {@code cookies.yaml} (and, if the project has them, {@code CHANGELOG.md}, {@code
 * templates/} and {@code site/versions/}). Every mode but {@code serve} makes 20 warm-up edits
 * first, then prints one line of figures in milliseconds: median, 90th percentile, min and max.
 */
public final class ServeBench {
  private static final Pattern FIRST_PURPOSE = Pattern.compile("(?m)^(\\s+purpose: )(.*)$");
  private static final int WARM_UP = 20;
  private static int edits;

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "render" -> render(Path.of(args[1]), runs(args, 2, 50));
      case "heap" -> heap(Path.of(args[1]), runs(args, 2, 1000));
      case "page" -> page(Path.of(args[1]), runs(args, 2, 30));
      case "serve" -> serve(Path.of(args[1]));
      case "http" -> http(URI.create(args[1]), Path.of(args[2]), runs(args, 3, 30));
      default -> throw new IllegalArgumentException("render, heap, page, serve or http");
    }
  }

  private static int runs(String[] args, int at, int otherwise) {
    return args.length > at ? Integer.parseInt(args[at]) : otherwise;
  }

  private static Preview preview(Path dir) {
    Path registry = dir.resolve("cookies.yaml");
    return new Preview(
        Build.of(registry, null, null),
        new RegistryLoader(64L << 20),
        DiagnosticFormat.TEXT::format);
  }

  /** Writes the next edit and returns the word it added. */
  private static String edit(Path registry) throws IOException {
    String yaml = Files.readString(registry, StandardCharsets.UTF_8);
    String word = "zqedit" + (++edits) + "x";
    Matcher m = FIRST_PURPOSE.matcher(yaml);
    if (!m.find()) throw new IllegalStateException(registry + " has no purpose: line");
    String purpose = m.group(2).replaceAll(" zqedit\\d+x$", "");
    String edited =
        yaml.substring(0, m.start()) + m.group(1) + purpose + " " + word + yaml.substring(m.end());
    Files.writeString(registry, edited, StandardCharsets.UTF_8);
    return word;
  }

  /** Edit → every output rendered in memory, timed around the render (which reads the file). */
  private static void render(Path dir, int runs) throws IOException {
    Preview preview = preview(dir);
    Snapshot first = preview.render(false);
    if (first.failure().isPresent()) throw new IllegalStateException(first.failure().toString());
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < WARM_UP + runs; i++) {
      edit(dir.resolve("cookies.yaml"));
      long start = System.nanoTime();
      Snapshot s = preview.render(false);
      double ms = (System.nanoTime() - start) / 1e6;
      if (s.failure().isPresent()) throw new IllegalStateException(s.failure().toString());
      if (i >= WARM_UP) times.add(ms);
    }
    System.out.println(
        figures(times) + " (" + first.files().size() + " files, " + bytes(first) + " bytes)");
  }

  /** Heap after a full GC after the first render and after the last. */
  private static void heap(Path dir, int renders) throws IOException {
    Preview preview = preview(dir);
    long first = 0;
    List<String> at = new ArrayList<>();
    for (int i = 1; i <= renders; i++) {
      edit(dir.resolve("cookies.yaml"));
      Snapshot s = preview.render(false);
      if (s.failure().isPresent()) throw new IllegalStateException(s.failure().toString());
      if (i == 1 || i % (renders / 4) == 0) {
        long used = usedAfterGc();
        if (i == 1) first = used;
        at.add(i + ": " + used / 1024 + " KiB");
      }
    }
    long last = usedAfterGc();
    System.out.printf(
        Locale.ROOT, "%s; last/first %.3f%n", String.join(", ", at), (double) last / first);
  }

  private static long usedAfterGc() {
    for (int i = 0; i < 3; i++) System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static PreviewServer start(Path dir) throws IOException {
    PrintWriter quiet = new PrintWriter(new StringWriter());
    return PreviewServer.start(
        preview(dir),
        new PreviewServer.Options(InetAddress.getLoopbackAddress(), 0, null),
        quiet,
        quiet);
  }

  private static void serve(Path dir) throws Exception {
    PreviewServer server = start(dir);
    System.out.println(server.uri());
    System.out.flush();
    Thread.currentThread().join(); // until killed
  }

  /** Edit → the page open in Chromium holds the new word (it reloads through the event stream). */
  private static void page(Path dir, int runs) throws Exception {
    System.setProperty("SE_OFFLINE", "true");
    try (PreviewServer server = start(dir)) {
      ChromeOptions o = new ChromeOptions();
      o.setBinary("/usr/bin/chromium");
      o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage");
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
              .usingAnyFreePort()
              .withSilent(true)
              .build();
      ChromeDriver chrome = new ChromeDriver(service, o);
      try {
        chrome.get(server.uri().toString());
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < WARM_UP + runs; i++) {
          Thread.sleep(100); // a page that has settled, as between an editor's saves
          long start = System.nanoTime();
          String word = edit(dir.resolve("cookies.yaml"));
          while (!Boolean.TRUE.equals(
              chrome.executeScript(
                  "return !!document.body && document.body.textContent.includes(arguments[0]);",
                  word))) {
            if (System.nanoTime() - start > 10_000_000_000L) throw new AssertionError("no " + word);
          }
          if (i >= WARM_UP) times.add((System.nanoTime() - start) / 1e6);
        }
        System.out.println(figures(times));
      } finally {
        chrome.quit();
        service.stop();
      }
    }
  }

  /** Edit {@code file} → {@code url} serves the new word; for this preview and Hugo's alike. */
  private static void http(URI url, Path file, int runs) throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest get = HttpRequest.newBuilder(url).build();
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < WARM_UP + runs; i++) {
      Thread.sleep(500); // the server has settled, as between saves
      long start = System.nanoTime();
      String word = edit(file);
      while (!client.send(get, HttpResponse.BodyHandlers.ofString()).body().contains(word)) {
        if (System.nanoTime() - start > 30_000_000_000L) throw new AssertionError("no " + word);
        Thread.sleep(20); // a 10,000-cookie page is megabytes: asking more often slows the server
      }
      if (i >= WARM_UP) times.add((System.nanoTime() - start) / 1e6);
    }
    System.out.println(figures(times));
  }

  private static long bytes(Snapshot s) {
    return s.files().values().stream().mapToLong(f -> f.size()).sum();
  }

  private static String figures(List<Double> ms) {
    List<Double> sorted = new ArrayList<>(ms);
    Collections.sort(sorted);
    double median = sorted.get(sorted.size() / 2);
    if (sorted.size() % 2 == 0) median = (median + sorted.get(sorted.size() / 2 - 1)) / 2;
    double p90 = sorted.get((int) Math.ceil(0.9 * sorted.size()) - 1);
    return String.format(
        Locale.ROOT,
        "median %.1f ms, p90 %.1f ms, min %.1f ms, max %.1f ms over %d edits",
        median,
        p90,
        sorted.get(0),
        sorted.get(sorted.size() - 1),
        sorted.size());
  }
}
