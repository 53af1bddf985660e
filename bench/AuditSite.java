import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The audit benchmark's website: N pages on shop.test, each linking to the next, each setting an
 * HttpOnly session cookie by header and an analytics cookie and a storage key by script once
 * analytics is accepted, with the real vanilla-cookieconsent 3.1.0 (from node_modules) as its
 * banner, and a pixel from pixel.test. Prints its port, then serves until killed.
 *
 * <p>Usage: {@code java bench/AuditSite.java N}
 */
public final class AuditSite {
  private static final Path BANNER =
      Path.of("node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js");

  public static void main(String[] args) throws IOException {
    int pages = Integer.parseInt(args[0]);
    byte[] banner = Files.readAllBytes(BANNER);
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        x -> {
          String host = x.getRequestHeaders().getFirst("Host").replaceAll(":\\d+$", "");
          String path = x.getRequestURI().getPath();
          if (host.equals("pixel.test")) {
            send(x, "image/gif", "GIF89a".getBytes(StandardCharsets.US_ASCII));
          } else if (path.equals("/cookieconsent.js")) {
            send(x, "text/javascript", banner);
          } else {
            int n = path.startsWith("/p/") ? Integer.parseInt(path.substring(3)) : 0;
            x.getResponseHeaders().add("Set-Cookie", "session=s; HttpOnly; Path=/");
            send(x, "text/html", page(n, pages, server.getAddress().getPort()));
          }
        });
    server.start();
    System.out.println(server.getAddress().getPort());
  }

  private static byte[] page(int n, int pages, int port) {
    String next = n + 1 < pages ? "<a href=\"/p/" + (n + 1) + "\">next</a>" : "";
    String html =
        "<!doctype html><html lang=\"en\"><title>Page "
            + n
            + "</title><h1>Page "
            + n
            + "</h1>"
            + next
            + "<img alt=\"\" src=\"http://pixel.test:"
            + port
            + "/p.gif\">"
            + "<script type=\"text/plain\" data-category=\"analytics\">"
            + "document.cookie = '_st=1; max-age=3600; path=/';"
            + "localStorage.setItem('st_queue', '[]');</script>"
            + "<script src=\"/cookieconsent.js\"></script><script>"
            + "CookieConsent.run({categories: {essential: {enabled: true, readOnly: true},"
            + " functional: {}, analytics: {}, marketing: {}},"
            + " language: {default: 'en', translations: {en: {"
            + "consentModal: {title: 'Cookies', description: 'Choose.', acceptAllBtn: 'Accept all',"
            + " acceptNecessaryBtn: 'Reject all'},"
            + "preferencesModal: {title: 'Cookies', acceptAllBtn: 'Accept all',"
            + " acceptNecessaryBtn: 'Reject all', savePreferencesBtn: 'Save', sections: []}}}}});"
            + "</script></html>";
    return html.getBytes(StandardCharsets.UTF_8);
  }

  private static void send(HttpExchange x, String type, byte[] body) throws IOException {
    x.getResponseHeaders().add("Content-Type", type);
    x.sendResponseHeaders(200, body.length);
    x.getResponseBody().write(body);
    x.close();
  }
}
