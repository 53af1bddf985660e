package dev.cookiereg.cli;

import dev.cookiereg.Build;
import dev.cookiereg.serve.BrowserLauncher;
import dev.cookiereg.serve.Preview;
import dev.cookiereg.serve.PreviewServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code serve}: a live preview for editors. Hands off to {@link PreviewServer}, then waits for
 * Ctrl-C or SIGTERM, when it stops serving and exits 0.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description =
        "Preview the site live: render it in memory, serve it on loopback, and render it again when"
            + " the registry, a template or CHANGELOG.md changes. The site folder is only read.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      ExitCodes.OK + ":stopped (Ctrl-C or SIGTERM)",
      ExitCodes.USAGE_HELP,
      ExitCodes.INTERNAL + ":cannot listen on the address, or an internal error"
    })
final class ServeCommand implements Callable<Integer> {
  /** The port when none is given; when it is taken, a free one is used instead. */
  static final int DEFAULT_PORT = 8000;

  @Spec CommandSpec spec;

  @Mixin RegistryOptions registryOptions;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      defaultValue = "cookies.yaml",
      description = "the registry (default: ${DEFAULT-VALUE}); it may be missing or invalid")
  Path file;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = "the port (default: " + DEFAULT_PORT + ", else a free one); 0 picks a free one")
  Integer port;

  @Option(
      names = "--host",
      paramLabel = "HOST",
      defaultValue = "127.0.0.1",
      description =
          "the address to listen on (default: ${DEFAULT-VALUE}, this machine only); another one"
              + " shows the unreleased policy to whoever reaches it, and is warned about")
  String host;

  @Option(
      names = "--poll",
      paramLabel = "MS",
      description =
          "look at the files every MS milliseconds instead of waiting for the file system's"
              + " events, which do not arrive on Docker volumes, network shares or WSL")
  Integer poll;

  @Option(names = "--open", description = "open the preview in a browser, when there is one")
  boolean open;

  @Option(
      names = "--templates",
      paramLabel = "DIR",
      description =
          "templates and assets (default: templates/ beside the registry, else the built-in ones)")
  Path templates;

  @Option(
      names = "--site",
      paramLabel = "DIR",
      description =
          "the site whose release archive edits are compared with; only read"
              + " (default: site/ beside the registry)")
  Path site;

  @Mixin VerboseOption verbose;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (port != null && (port < 0 || port > 65_535)) usage("--port: " + port + " is not a port");
    if (poll != null && (poll < 10 || poll > 60_000)) {
      usage("--poll: " + poll + " ms; give 10 to 60000");
    }
    if (templates != null && !Files.isDirectory(templates)) {
      usage("no templates folder " + templates);
    }
    InetAddress address;
    try {
      address = InetAddress.getByName(host);
    } catch (UnknownHostException e) {
      throw new ParameterException(spec.commandLine(), "--host: no such host " + host);
    }
    if (!address.isLoopbackAddress()) {
      err.println(
          "warning: --host "
              + host
              + ": anyone who can reach this machine can read the preview (the unreleased policy"
              + " and the registry's errors); the default, 127.0.0.1, keeps it to this machine");
    }
    Build build = Build.of(file, templates, site);
    Preview preview = new Preview(build, registryOptions.loader(), DiagnosticFormat.TEXT::format);
    Duration every = poll == null ? null : Duration.ofMillis(poll);
    PreviewServer server;
    try {
      server = listen(preview, address, every, out, err);
    } catch (BindException e) {
      err.println(
          "error: cannot listen on "
              + host
              + ":"
              + (port == null ? DEFAULT_PORT : port)
              + ": "
              + e.getMessage()
              + "; choose another --port (0 picks a free one)");
      return ExitCodes.INTERNAL;
    } catch (IOException e) {
      return Failures.io(e, "cannot serve: ", "nothing was written", verbose.verbose, err);
    }
    CountDownLatch forever = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  out.println("stopped");
                  out.flush();
                  err.flush();
                  // Ctrl-C and SIGTERM are how a preview is meant to stop: a success, not 130/143.
                  Runtime.getRuntime().halt(ExitCodes.OK);
                },
                "cookiereg-preview-stop"));
    out.println("Serving " + file + " at " + server.uri() + " (Ctrl-C stops)");
    out.println(
        "Watching "
            + file
            + ", "
            + build.changelogName()
            + (build.templates() == null ? "" : " and " + shown(build.templates()) + "/")
            + " ("
            + server.watching()
            + ")");
    if (open && !BrowserLauncher.open(server.uri())) {
      err.println("note: no browser to open here: open " + server.uri() + " yourself");
    }
    out.flush();
    forever.await();
    return ExitCodes.OK;
  }

  /** Listens on the port asked for; on the default port, a free one when it is taken. */
  private PreviewServer listen(
      Preview preview, InetAddress address, Duration every, PrintWriter out, PrintWriter err)
      throws IOException {
    int p = port == null ? DEFAULT_PORT : port;
    try {
      return PreviewServer.start(preview, new PreviewServer.Options(address, p, every), out, err);
    } catch (BindException e) {
      if (port != null) throw e;
      err.println("note: port " + p + " is taken: serving on a free one");
      return PreviewServer.start(preview, new PreviewServer.Options(address, 0, every), out, err);
    }
  }

  /** A path as short as it can be said from the working folder. */
  private static Path shown(Path p) {
    Path here = Path.of("").toAbsolutePath();
    Path a = p.toAbsolutePath().normalize();
    return a.startsWith(here) ? here.relativize(a) : p;
  }

  private void usage(String message) {
    throw new ParameterException(spec.commandLine(), message);
  }
}
