package dev.cookiereg.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A tiny loopback HTTP server for browser tests: serves a directory (plus optional mounts such as
 * {@code /vendor/} → a node_modules folder) on 127.0.0.1 with an ephemeral port, correct content
 * types, and a {@code Content-Security-Policy} header on every response (default {@code default-src
 * 'self'}). Only GET and HEAD; path traversal ({@code ..}, encoded or not, and symlinks leaving the
 * root) gets 404.
 *
 * <pre>{@code
 * try (StaticServer server = StaticServer.builder(siteDir).mount("/vendor/", nodeModules).start()) {
 *     browser.open(server.baseUri().resolve("index.html"));
 * }
 * }</pre>
 */
public final class StaticServer implements AutoCloseable {

  public static final String DEFAULT_CSP = "default-src 'self'";

  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("html", "text/html; charset=utf-8"),
          Map.entry("htm", "text/html; charset=utf-8"),
          Map.entry("css", "text/css; charset=utf-8"),
          Map.entry("js", "text/javascript; charset=utf-8"),
          Map.entry("mjs", "text/javascript; charset=utf-8"),
          Map.entry("json", "application/json; charset=utf-8"),
          Map.entry("map", "application/json; charset=utf-8"),
          Map.entry("png", "image/png"),
          Map.entry("svg", "image/svg+xml"),
          Map.entry("ico", "image/x-icon"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("jpeg", "image/jpeg"),
          Map.entry("webp", "image/webp"),
          Map.entry("woff2", "font/woff2"),
          Map.entry("txt", "text/plain; charset=utf-8"),
          Map.entry("xml", "application/xml; charset=utf-8"),
          Map.entry("yaml", "text/plain; charset=utf-8"));

  private final HttpServer server;
  private final ExecutorService executor;

  /** URL prefix (starting and ending with '/') → real directory; longest prefix first. */
  private final Map<String, Path> mounts;

  private final String csp;

  private StaticServer(Map<String, Path> mounts, String csp) throws IOException {
    this.mounts = mounts;
    this.csp = csp;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    this.executor =
        Executors.newFixedThreadPool(
            4,
            r -> {
              Thread t = new Thread(r, "static-server");
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** Serves {@code root} at {@code /} with the default CSP. */
  public static StaticServer serve(Path root) {
    return builder(root).start();
  }

  public static Builder builder(Path root) {
    return new Builder(root);
  }

  public static final class Builder {
    private final Map<String, Path> mounts = new LinkedHashMap<>();
    private String csp = DEFAULT_CSP;

    private Builder(Path root) {
      mounts.put("/", realDir(root));
    }

    /**
     * Serves {@code dir} under {@code prefix}, e.g. {@code mount("/vendor/",
     * Path.of("node_modules"))}.
     */
    public Builder mount(String prefix, Path dir) {
      String p = prefix.startsWith("/") ? prefix : "/" + prefix;
      if (!p.endsWith("/")) p += "/";
      mounts.put(p, realDir(dir));
      return this;
    }

    /** The Content-Security-Policy header value; {@code null} sends none. */
    public Builder csp(String policy) {
      this.csp = policy;
      return this;
    }

    public StaticServer start() {
      Map<String, Path> sorted = new LinkedHashMap<>();
      mounts.entrySet().stream()
          .sorted(
              Comparator.comparingInt((Map.Entry<String, Path> e) -> e.getKey().length())
                  .reversed())
          .forEach(e -> sorted.put(e.getKey(), e.getValue()));
      try {
        return new StaticServer(sorted, csp);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static Path realDir(Path dir) {
      try {
        Path real = dir.toRealPath();
        if (!Files.isDirectory(real)) throw new IllegalArgumentException("not a directory: " + dir);
        return real;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot serve " + dir, e);
      }
    }
  }

  /** {@code http://127.0.0.1:PORT/} */
  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  /** {@code baseUri().resolve(path)} */
  public URI uri(String path) {
    return baseUri().resolve(path.startsWith("/") ? path.substring(1) : path);
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      if (csp != null) ex.getResponseHeaders().set("Content-Security-Policy", csp);
      ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
      ex.getResponseHeaders().set("Cache-Control", "no-store");
      String method = ex.getRequestMethod();
      boolean head = "HEAD".equals(method);
      if (!head && !"GET".equals(method)) {
        send(ex, 405, "method not allowed", false);
        return;
      }
      Path file = resolve(ex.getRequestURI().getRawPath());
      if (file == null) {
        send(ex, 404, "not found", head);
        return;
      }
      ex.getResponseHeaders().set("Content-Type", contentType(file));
      long size = Files.size(file);
      ex.sendResponseHeaders(200, head ? -1 : (size == 0 ? -1 : size));
      if (!head && size > 0) {
        try (OutputStream out = ex.getResponseBody()) {
          Files.copy(file, out);
        }
      }
    }
  }

  /** Maps a raw request path to a regular file inside one of the mounts, or null. */
  Path resolve(String rawPath) {
    if (rawPath == null || !rawPath.startsWith("/")) return null;
    String path;
    try {
      path = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (path.indexOf('\0') >= 0 || path.contains("\\")) return null;
    for (String segment : path.split("/")) {
      if (segment.equals("..") || segment.equals(".")) return null;
    }
    if (path.endsWith("/")) path += "index.html";
    for (Map.Entry<String, Path> m : mounts.entrySet()) {
      if (!path.startsWith(m.getKey())) continue;
      Path root = m.getValue();
      Path candidate = root.resolve(path.substring(m.getKey().length())).normalize();
      if (!candidate.startsWith(root)) return null;
      try {
        if (Files.isDirectory(candidate)) candidate = candidate.resolve("index.html");
        if (!Files.isRegularFile(candidate)) return null;
        Path real = candidate.toRealPath(); // symlinks must stay inside the mount too
        return real.startsWith(root) && Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)
            ? real
            : null;
      } catch (IOException e) {
        return null;
      }
    }
    return null;
  }

  static String contentType(Path file) {
    String name = Objects.toString(file.getFileName(), "");
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return TYPES.getOrDefault(ext, "application/octet-stream");
  }

  private static void send(HttpExchange ex, int status, String body, boolean head)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    ex.sendResponseHeaders(status, head ? -1 : bytes.length);
    if (!head) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
