package dev.cookiereg.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.cookiereg.site.SiteFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The preview on HTTP (the JDK's server): the latest {@link Snapshot}'s files from memory, every
 * page decorated by {@link PageChrome}, the preview's own files under {@code /__preview/}, and the
 * server-sent events that make open pages reload. A render thread renders again when the {@link
 * Watcher} reports changes, once per burst: it waits until the files have been quiet for {@link
 * #QUIET} (an editor's save is often several writes), at most {@link #MAX_WAIT}.
 *
 * <p>Every response carries the Content-Security-Policy the README's Publishing section tells a web
 * server to send; the preview's script and the banner library are files of this origin, so the
 * policy holds on previewed pages too. Bound to loopback, it answers only requests addressed to a
 * loopback name (a page elsewhere cannot reach it by rebinding its own name to 127.0.0.1).
 */
public final class PreviewServer implements AutoCloseable {
  /** The header a web server publishing the site sends (README, "Publishing"). */
  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  /** How long the watched files must stay quiet before a burst of saves is rendered. */
  static final Duration QUIET = Duration.ofMillis(30);

  /** The longest a render waits for a burst to end. */
  static final Duration MAX_WAIT = Duration.ofMillis(300);

  /** How often open event streams hear from the server, so a closed tab is noticed. */
  static final Duration HEARTBEAT = Duration.ofSeconds(15);

  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("html", "text/html; charset=utf-8"),
          Map.entry("css", "text/css; charset=utf-8"),
          Map.entry("js", "text/javascript; charset=utf-8"),
          Map.entry("json", "application/json; charset=utf-8"),
          Map.entry("yaml", "text/plain; charset=utf-8"),
          Map.entry("md", "text/plain; charset=utf-8"),
          Map.entry("txt", "text/plain; charset=utf-8"),
          Map.entry("svg", "image/svg+xml"),
          Map.entry("png", "image/png"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("ico", "image/x-icon"),
          Map.entry("webp", "image/webp"),
          Map.entry("woff2", "font/woff2"),
          Map.entry("xml", "application/xml; charset=utf-8"));

  /** The preview's own files, from the class path: name under {@code /__preview/} → resource. */
  private static final Map<String, String> OWN_FILES =
      Map.of(
          "preview.js", "preview.js",
          "preview.css", "preview.css",
          "vendor/cookieconsent.umd.js", "vendor/cookieconsent.umd.js",
          "vendor/cookieconsent.css", "vendor/cookieconsent.css",
          "vendor/LICENSE", "vendor/LICENSE",
          "vendor/SOURCE.txt", "vendor/SOURCE.txt");

  private final Preview preview;
  private final PageChrome chrome;
  private final HttpServer http;
  private final ExecutorService handlers;
  private final ScheduledExecutorService heartbeat;
  private final Map<String, byte[]> own;
  private final boolean loopbackOnly;
  private final String run = Long.toString(System.currentTimeMillis(), 36);
  private final List<Stream> streams = new CopyOnWriteArrayList<>();
  private final PrintWriter out;
  private final PrintWriter err;
  private final Object pendingLock = new Object();
  private final Set<Path> pending = new HashSet<>();
  private long lastChange;
  private final Thread renderer;
  private Watcher watcher;
  private volatile Snapshot snapshot;
  private volatile boolean closed;

  /** Where to listen and how to watch. */
  public record Options(InetAddress host, int port, Duration poll) {}

  private PreviewServer(Preview preview, Options options, PrintWriter out, PrintWriter err)
      throws IOException {
    this.preview = preview;
    this.out = out;
    this.err = err;
    this.chrome = new PageChrome(preview.build().registryFile().toString());
    this.own = loadOwnFiles();
    this.loopbackOnly = options.host().isLoopbackAddress();
    this.http = HttpServer.create(new InetSocketAddress(options.host(), options.port()), 64);
    this.handlers =
        Executors.newFixedThreadPool(
            8,
            r -> {
              Thread t = new Thread(r, "cookiereg-preview-http");
              t.setDaemon(true);
              return t;
            });
    http.setExecutor(handlers);
    http.createContext("/", this::handle);
    this.heartbeat =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "cookiereg-preview-heartbeat");
              t.setDaemon(true);
              return t;
            });
    this.renderer = new Thread(this::renderLoop, "cookiereg-preview-render");
    renderer.setDaemon(true);
  }

  /**
   * Listens (failing at once when the address is taken), renders the site a first time, serves it,
   * and starts watching. Rendering, errors and the rest are reported on {@code out} and {@code
   * err}.
   */
  public static PreviewServer start(
      Preview preview, Options options, PrintWriter out, PrintWriter err) throws IOException {
    PreviewServer s = new PreviewServer(preview, options, out, err);
    try {
      s.snapshot = preview.render(false);
      s.report(s.snapshot, "");
      List<Path> watched = List.of(preview.build().registryFile(), preview.build().changelog());
      Path templates = preview.build().templates();
      s.watcher =
          options.poll() == null
              ? Watcher.start(watched, templates, s::changed)
              : Watcher.poll(watched, templates, options.poll(), s::changed);
      s.http.start();
      s.renderer.start();
      long beat = HEARTBEAT.toMillis();
      s.heartbeat.scheduleAtFixedRate(
          () -> s.send(": ping\n\n"), beat, beat, TimeUnit.MILLISECONDS);
      return s;
    } catch (IOException | RuntimeException e) {
      s.close();
      throw e;
    }
  }

  /** Where the preview is served: {@code http://127.0.0.1:8000/}. */
  public URI uri() {
    InetSocketAddress a = http.getAddress();
    String host = a.getAddress().getHostAddress();
    if (a.getAddress().isAnyLocalAddress()) host = "127.0.0.1";
    if (host.contains(":")) host = "[" + host + "]";
    return URI.create("http://" + host + ":" + a.getPort() + "/");
  }

  /** The address listened on. */
  public InetSocketAddress address() {
    return http.getAddress();
  }

  /** How the files are watched, for the start-up line. */
  public String watching() {
    return watcher.how();
  }

  /** The snapshot being served. */
  public Snapshot snapshot() {
    return snapshot;
  }

  /** Stops watching, rendering and serving; open pages' event streams are closed. */
  @Override
  public void close() {
    if (closed) return;
    closed = true;
    if (watcher != null) watcher.close();
    renderer.interrupt();
    heartbeat.shutdownNow();
    for (Stream s : streams) s.close();
    streams.clear();
    http.stop(0);
    handlers.shutdownNow();
  }

  // ---- rendering ----

  private void changed(Set<Path> paths) {
    synchronized (pendingLock) {
      pending.addAll(paths);
      lastChange = System.nanoTime();
      pendingLock.notifyAll();
    }
  }

  private void renderLoop() {
    try {
      while (!closed) {
        Set<Path> burst;
        synchronized (pendingLock) {
          while (pending.isEmpty()) pendingLock.wait();
          long first = System.nanoTime();
          while (true) { // coalesce the burst
            long quietFor = System.nanoTime() - lastChange;
            long waited = System.nanoTime() - first;
            if (quietFor >= QUIET.toNanos() || waited >= MAX_WAIT.toNanos()) break;
            TimeUnit.NANOSECONDS.timedWait(
                pendingLock, Math.min(QUIET.toNanos() - quietFor, MAX_WAIT.toNanos() - waited));
          }
          burst = new HashSet<>(pending);
          pending.clear();
        }
        Path templates = preview.build().templates();
        boolean templatesChanged =
            templates != null
                && burst.stream()
                    .anyMatch(p -> p.startsWith(templates.toAbsolutePath().normalize()));
        Snapshot before = snapshot;
        Snapshot next;
        try {
          next = preview.render(templatesChanged);
        } catch (RuntimeException | Error e) { // out of memory, say: the preview goes on
          err.println("error: internal error while rendering: " + e);
          continue;
        }
        if (next.generation() == before.generation()) continue;
        snapshot = next;
        send(event(next));
        report(next, names(burst));
      }
    } catch (InterruptedException e) {
      // closed
    }
  }

  /**
   * One line per render on {@code out}; the failure's lines, as check prints them, on {@code err}.
   */
  private void report(Snapshot s, String what) {
    String after = what.isEmpty() ? "" : " after a change to " + what;
    if (s.failure().isPresent()) {
      s.failure().get().lines().forEach(err::println);
      err.println(
          "not rendered"
              + after
              + (s.rendered() ? ": the preview shows the last version that rendered" : ""));
      return;
    }
    String pending =
        s.pending()
            .filter(p -> p.latest().isPresent())
            .map(
                p ->
                    p.changes().isEmpty()
                        ? "no changes since release " + p.latest().get()
                        : dev.cookiereg.text.English.plural(p.changes().size(), "change")
                            + " since release "
                            + p.latest().get()
                            + " ("
                            + p.verdict().label()
                            + ")")
            .orElse("nothing released yet");
    out.println("rendered in " + s.millis() + " ms" + after + ": " + pending);
  }

  private String names(Set<Path> paths) {
    Path base = preview.build().registryFile().toAbsolutePath().getParent();
    List<String> names = new ArrayList<>();
    for (Path p : paths) {
      Path a = p.toAbsolutePath().normalize();
      names.add(a.startsWith(base) ? base.relativize(a).toString() : a.toString());
    }
    names.sort(null);
    return names.size() > 3
        ? String.join(", ", names.subList(0, 3)) + " and " + (names.size() - 3) + " more"
        : String.join(", ", names);
  }

  // ---- HTTP ----

  private void handle(HttpExchange ex) throws IOException {
    try {
      Headers h = ex.getResponseHeaders();
      h.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
      h.set("X-Content-Type-Options", "nosniff");
      h.set("Referrer-Policy", "no-referrer");
      h.set("Cache-Control", "no-store");
      String method = ex.getRequestMethod();
      boolean head = method.equals("HEAD");
      if (!head && !method.equals("GET")) {
        h.set("Allow", "GET, HEAD");
        text(ex, 405, "only GET and HEAD", head);
        return;
      }
      if (loopbackOnly && !loopbackHost(ex.getRequestHeaders().getFirst("Host"))) {
        text(ex, 403, "this preview answers to localhost and 127.0.0.1 only", head);
        return;
      }
      String path;
      try {
        path = RequestPath.of(ex.getRequestURI());
      } catch (RequestPath.Refused e) {
        text(ex, 400, "refused: the path has " + e.getMessage(), head);
        return;
      }
      if (("/" + path).equals(PageChrome.EVENTS)) {
        events(ex, head);
        return;
      }
      if (("/" + path).startsWith(PageChrome.PREFIX)) {
        byte[] file = own.get(path.substring(PageChrome.PREFIX.length() - 1));
        if (file == null) text(ex, 404, "not found", head);
        else send(ex, 200, type(path), file, head);
        return;
      }
      site(ex, path, head);
    } catch (IOException e) {
      ex.close(); // the browser went away
    }
  }

  private void site(HttpExchange ex, String path, boolean head) throws IOException {
    Snapshot s = snapshot;
    String token = run + "-" + s.generation();
    SiteFile file = s.files().get(path);
    if (file == null && s.files().containsKey(path + "/index.html")) {
      ex.getResponseHeaders().set("Location", "/" + path + "/");
      text(ex, 301, "moved to /" + path + "/", head);
      return;
    }
    if (file == null) {
      if (!s.rendered() && path.endsWith(".html")) {
        send(ex, 200, TYPES.get("html"), chrome.nothingYet(s, token), head);
      } else {
        text(ex, 404, "not found: /" + path + " is not a file of the site", head);
      }
      return;
    }
    byte[] body = file.content();
    if (path.endsWith(".html")) body = chrome.decorate(path, body, s, token);
    send(ex, 200, type(path), body, head);
  }

  /** An event stream: the current generation at once, then every new one. */
  private void events(HttpExchange ex, boolean head) throws IOException {
    ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    if (head) {
      ex.sendResponseHeaders(200, -1);
      ex.close();
      return;
    }
    ex.sendResponseHeaders(200, 0);
    Stream stream = new Stream(ex);
    streams.add(stream);
    // reconnect quickly when the server comes back; then the generation the page has
    if (!stream.write("retry: 300\n\n" + event(snapshot)) || closed) stream.close();
  }

  private String event(Snapshot s) {
    return "event: generation\ndata: " + run + "-" + s.generation() + "\n\n";
  }

  /** Sends {@code text} to every open event stream, dropping those that are gone. */
  private void send(String text) {
    for (Stream s : streams) {
      if (!s.write(text)) {
        streams.remove(s);
        s.close();
      }
    }
  }

  /** One page's open event stream. */
  private static final class Stream {
    private final HttpExchange exchange;
    private final OutputStream body;

    Stream(HttpExchange exchange) {
      this.exchange = exchange;
      this.body = exchange.getResponseBody();
    }

    synchronized boolean write(String text) {
      try {
        body.write(text.getBytes(StandardCharsets.UTF_8));
        body.flush();
        return true;
      } catch (IOException e) {
        return false;
      }
    }

    void close() {
      exchange.close();
    }
  }

  private static void text(HttpExchange ex, int status, String message, boolean head)
      throws IOException {
    send(ex, status, TYPES.get("txt"), (message + "\n").getBytes(StandardCharsets.UTF_8), head);
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body, boolean head)
      throws IOException {
    try (ex) {
      ex.getResponseHeaders().set("Content-Type", type);
      if (head) {
        ex.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
        ex.sendResponseHeaders(status, -1);
        return;
      }
      ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
      if (body.length > 0) ex.getResponseBody().write(body);
    }
  }

  private static String type(String path) {
    int dot = path.lastIndexOf('.');
    int slash = path.lastIndexOf('/');
    String ext = dot > slash ? path.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    return TYPES.getOrDefault(ext, "application/octet-stream");
  }

  /** True for a Host header that names this machine's loopback: localhost, 127.x.x.x, [::1]. */
  static boolean loopbackHost(String host) {
    if (host == null) return false;
    String h = host.strip().toLowerCase(Locale.ROOT);
    if (h.startsWith("[")) {
      int end = h.indexOf(']');
      return end > 0 && h.substring(1, end).equals("::1");
    }
    int colon = h.indexOf(':');
    if (colon >= 0) h = h.substring(0, colon);
    return h.equals("localhost") || h.endsWith(".localhost") || h.matches("127(\\.\\d{1,3}){3}");
  }

  private static Map<String, byte[]> loadOwnFiles() {
    Map<String, byte[]> files = new java.util.HashMap<>();
    OWN_FILES.forEach(
        (name, resource) -> {
          try (InputStream in = PreviewServer.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("the jar lacks " + resource);
            files.put(name, in.readAllBytes());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    return Map.copyOf(files);
  }
}
