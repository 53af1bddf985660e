package dev.cookiereg.cli;

import dev.cookiereg.LoadedRegistry;
import dev.cookiereg.audit.AuditReport;
import dev.cookiereg.audit.Auditor;
import dev.cookiereg.audit.Evidence;
import dev.cookiereg.audit.EvidenceException;
import dev.cookiereg.audit.EvidenceReaders;
import dev.cookiereg.audit.State;
import dev.cookiereg.crawl.BrowserUnavailableException;
import dev.cookiereg.crawl.CrawlPlan;
import dev.cookiereg.crawl.Crawler;
import dev.cookiereg.crawl.EvidenceDirectory;
import dev.cookiereg.diagnostic.RegistryException;
import dev.cookiereg.diagnostic.Severity;
import dev.cookiereg.model.Category;
import dev.cookiereg.model.Registry;
import dev.cookiereg.ocd.CookieDatabase;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code audit}: hold evidence of what the website stores against the registry. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = {
      "Compare what the website stores with the registry, and report every disagreement by rule"
          + " (see: rules). Undeclared cookies get a suggested entry from the bundled Open Cookie"
          + " Database (Apache-2.0).",
      "audit URL... crawls the site in headless Chromium (Debian's chromium and chromium-driver,"
          + " or a Selenium Grid), a fresh profile per consent state: none, reject, each optional"
          + " category alone, all, and gpc. Consent is given through the site's banner"
          + " (vanilla-cookieconsent or Klaro), else by pre-setting its cookie. Every page is"
          + " loaded and reloaded; every Set-Cookie header (HttpOnly too), document.cookie and"
          + " web-storage write, the cookie jar and every host requested are recorded.",
      "Offline, --har and --cookies-txt read evidence exported from a browser, one state each."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      ExitCodes.OK + ":audited (findings below the --fail-on threshold allowed)",
      ExitCodes.FAILED_CHECK + ":a --fail-on threshold was met",
      ExitCodes.USAGE_HELP,
      ExitCodes.INVALID + ":the registry or a file of evidence is invalid",
      ExitCodes.INTERNAL
          + ":the browser could not be started ("
          + BrowserUnavailableException.INSTALL
          + "), a page could not be loaded or a state crawled, or an internal error"
    })
final class AuditCommand implements Callable<Integer> {
  /** The threshold that makes the audit fail. */
  enum FailOn {
    ERROR,
    WARNING
  }

  /** One file of evidence and the state it was taken in. */
  static final class EvidenceOption {
    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(
        names = "--state",
        paramLabel = "STATE",
        description =
            "the consent state of the file before it: none (the default), reject, all, gpc or a"
                + " category id (that category alone accepted)")
    String state;
  }

  /** A HAR or a cookies.txt. */
  static final class Source {
    @Option(names = "--har", paramLabel = "FILE", description = "a HAR 1.2 file")
    Path har;

    @Option(
        names = "--cookies-txt",
        paramLabel = "FILE",
        description = "a Netscape cookies.txt (curl's cookie jar)")
    Path cookiesTxt;
  }

  @Spec CommandSpec spec;

  @ArgGroup(exclusive = false, multiplicity = "0..*")
  List<EvidenceOption> evidence = new ArrayList<>();

  @Parameters(
      arity = "0..*",
      paramLabel = "URL|REGISTRY",
      description =
          "the pages to crawl (http or https URLs) and the registry (default: cookies.yaml)")
  List<String> positional = new ArrayList<>();

  @Option(
      names = "--pages",
      paramLabel = "N",
      description =
          "visit up to N pages: the URLs given, then the sitemap's and those their links lead to"
              + " on the same origins (default: the URLs given)")
  Integer pages;

  @Option(
      names = "--sitemap",
      paramLabel = "URL",
      description = "a sitemap.xml whose pages on the same origins are visited (up to --pages)")
  String sitemap;

  @Option(
      names = "--states",
      paramLabel = "STATE",
      split = ",",
      description =
          "the consent states to crawl (default: none, reject, each optional category, all, gpc)")
  List<String> states;

  @Option(
      names = "--resolve",
      paramLabel = "HOST=ADDRESS",
      description =
          "reach HOST at ADDRESS without DNS (Chromium's host resolver rules); repeatable,"
              + " e.g. --resolve tracker.test=127.0.0.1")
  List<String> resolve = new ArrayList<>();

  @Option(
      names = "--parallel",
      paramLabel = "N",
      defaultValue = "1",
      description =
          "run up to N browsers at once: a state each, and a share of each state's pages when"
              + " there are more browsers than states (default: ${DEFAULT-VALUE})")
  int parallel;

  @Option(
      names = "--grid",
      paramLabel = "URL",
      description = "run the browsers on this Selenium Grid (e.g. http://grid:4444/wd/hub)")
  String grid;

  @Option(
      names = "--settle",
      paramLabel = "MILLISECONDS",
      defaultValue = "1000",
      description =
          "let each page's scripts run this long after its load event (default: ${DEFAULT-VALUE})")
  long settle;

  @Option(
      names = "--evidence",
      paramLabel = "DIR",
      description =
          "keep the evidence of the crawl in DIR: each state's HAR, a screenshot of each page, and"
              + " the observations as JSON")
  Path evidenceDir;

  @Option(
      names = "--chromium",
      paramLabel = "PATH",
      description = "the Chromium binary (default: /usr/bin/chromium)")
  Path chromium = CrawlPlan.CHROMIUM;

  @Option(
      names = "--chromedriver",
      paramLabel = "PATH",
      description = "the chromedriver binary (default: /usr/bin/chromedriver)")
  Path chromedriver = CrawlPlan.CHROMEDRIVER;

  @Option(
      names = "--observed-at",
      paramLabel = "INSTANT",
      description =
          "when the cookies.txt files were exported, e.g. 2026-11-30T10:00:00Z; lifetimes count"
              + " from then (default: each file's modification time)")
  String observedAt;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, json, markdown or github (default: ${DEFAULT-VALUE})")
  AuditFormat format;

  @Option(
      names = "--fail-on",
      paramLabel = "SEVERITY",
      description =
          "exit " + ExitCodes.FAILED_CHECK + " when a finding is this severe: error or warning")
  FailOn failOn;

  @Option(
      names = "--max-evidence-size",
      paramLabel = "SIZE",
      converter = RegistryOptions.SizeConverter.class,
      description = "the largest file of evidence accepted, e.g. 128m (the default)")
  long maxEvidence = EvidenceReaders.MAX_BYTES;

  @Mixin RegistryOptions registryOptions;

  @Mixin VerboseOption verbose;

  @Override
  public Integer call() {
    CommandLine cli = spec.commandLine();
    List<URI> urls = new ArrayList<>();
    List<String> registries = new ArrayList<>();
    for (String p : positional) {
      if (p.contains("://")) {
        urls.add(url(cli, p, "a page to crawl"));
      } else {
        registries.add(p);
      }
    }
    if (registries.size() > 1) {
      throw new CommandLine.ParameterException(
          cli, "one registry at most, got " + String.join(", ", registries));
    }
    if (evidence.isEmpty() && urls.isEmpty()) {
      throw new CommandLine.ParameterException(
          cli,
          "nothing to audit: give the URL of a page to crawl, or --har FILE or --cookies-txt FILE"
              + " (each with its --state)");
    }
    if (!evidence.isEmpty() && !urls.isEmpty()) {
      throw new CommandLine.ParameterException(
          cli, "crawl URLs or read --har/--cookies-txt evidence, not both at once");
    }
    Instant at = instant(cli);
    Path file = Path.of(registries.isEmpty() ? "cookies.yaml" : registries.get(0));
    Registry registry;
    try {
      LoadedRegistry loaded = registryOptions.loader().load(file);
      registry = loaded.registry();
    } catch (RegistryException e) {
      return Failures.invalid(e, cli.getErr());
    }
    List<Evidence> read = new ArrayList<>();
    boolean incomplete = false;
    if (!urls.isEmpty()) {
      CrawlPlan plan = plan(cli, registry, urls);
      Crawler.Result crawled;
      try {
        crawled =
            Crawler.crawl(
                plan,
                registry,
                evidenceDir,
                line -> {
                  if (verbose.verbose) cli.getErr().println("audit: " + line);
                });
      } catch (BrowserUnavailableException e) {
        cli.getErr().println("audit: " + e.getMessage());
        return ExitCodes.INTERNAL;
      }
      crawled.problems().forEach(p -> cli.getErr().println("audit: " + p));
      crawled.failures().forEach(f -> cli.getErr().println("audit: " + f));
      incomplete = !crawled.complete();
      read.addAll(crawled.evidence());
      if (evidenceDir != null) {
        try {
          EvidenceDirectory.write(evidenceDir, crawled);
        } catch (java.io.IOException e) {
          cli.getErr().println("audit: --evidence " + evidenceDir + ": " + IoMessages.describe(e));
          return ExitCodes.INTERNAL;
        }
      }
    }
    for (EvidenceOption option : evidence) {
      State state = state(cli, registry, option.state == null ? "none" : option.state);
      try {
        if (option.source.har != null) {
          read.add(EvidenceReaders.har(option.source.har, state, maxEvidence));
        } else {
          Path txt = option.source.cookiesTxt;
          read.add(EvidenceReaders.cookiesTxt(txt, state, exported(txt, at), maxEvidence));
        }
      } catch (EvidenceException e) {
        cli.getErr().println(e.getMessage());
        return ExitCodes.INVALID;
      }
    }
    AuditReport report = Auditor.audit(registry, read, CookieDatabase.bundled());
    format.print(report, cli.getOut());
    if (incomplete) {
      cli.getErr()
          .println("audit: the crawl is incomplete (above): its findings cover what loaded");
      return ExitCodes.INTERNAL;
    }
    return failed(report) ? ExitCodes.FAILED_CHECK : ExitCodes.OK;
  }

  /** The crawl the options ask for. */
  private CrawlPlan plan(CommandLine cli, Registry registry, List<URI> urls) {
    List<State> chosen = new ArrayList<>();
    if (states == null || states.isEmpty()) {
      chosen.add(State.NONE);
      chosen.add(State.REJECT);
      for (Category c : registry.categories()) {
        if (!c.required()) chosen.add(new State(c.id()));
      }
      chosen.add(State.ALL);
      chosen.add(State.GPC);
    } else {
      for (String s : states) {
        State st = state(cli, registry, s.strip());
        if (!chosen.contains(st)) chosen.add(st);
      }
    }
    Map<String, String> hosts = new LinkedHashMap<>();
    for (String r : resolve) {
      int eq = r.indexOf('=');
      String host = eq < 0 ? "" : r.substring(0, eq).strip().toLowerCase(Locale.ROOT);
      String address = eq < 0 ? "" : r.substring(eq + 1).strip();
      if (!HOST.matcher(host).matches() || !ADDRESS.matcher(address).matches()) {
        throw new CommandLine.ParameterException(
            cli, "--resolve: '" + r + "' is not HOST=ADDRESS, such as tracker.test=127.0.0.1");
      }
      hosts.put(host, address);
    }
    if (pages != null && pages < 1) {
      throw new CommandLine.ParameterException(cli, "--pages: at least 1, got " + pages);
    }
    if (parallel < 1 || parallel > 64) {
      throw new CommandLine.ParameterException(cli, "--parallel: from 1 to 64 browsers");
    }
    if (settle < 0 || settle > 60_000) {
      throw new CommandLine.ParameterException(cli, "--settle: from 0 to 60000 milliseconds");
    }
    return new CrawlPlan(
        urls,
        pages == null ? urls.size() : pages,
        sitemap == null ? null : url(cli, sitemap, "--sitemap"),
        chosen,
        hosts,
        parallel,
        grid == null ? null : url(cli, grid, "--grid"),
        Duration.ofMillis(settle),
        chromium,
        chromedriver);
  }

  private static final Pattern HOST =
      Pattern.compile("(\\*\\.)?[a-z0-9]([a-z0-9-]{0,62})(\\.[a-z0-9]([a-z0-9-]{0,62}))*");
  private static final Pattern ADDRESS = Pattern.compile("[0-9a-fA-F:.\\[\\]]{2,64}");

  /** An http(s) URL with a host, or a usage error naming {@code what}. */
  private static URI url(CommandLine cli, String text, String what) {
    try {
      URI u = new URI(text);
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && u.getHost() != null) return u;
    } catch (URISyntaxException e) {
      // said below
    }
    throw new CommandLine.ParameterException(
        cli, what + ": '" + text + "' is not an http or https URL with a host");
  }

  private static State state(CommandLine cli, Registry registry, String id) {
    State state;
    try {
      state = new State(id);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cli, "--state: " + e.getMessage());
    }
    Auditor.stateProblem(registry, state)
        .ifPresent(
            problem -> {
              throw new CommandLine.ParameterException(cli, "--state: " + problem);
            });
    return state;
  }

  private Instant instant(CommandLine cli) {
    if (observedAt == null) return null;
    try {
      return Instant.parse(observedAt);
    } catch (DateTimeParseException e) {
      throw new CommandLine.ParameterException(
          cli,
          "--observed-at: '" + observedAt + "' is not an instant such as 2026-11-30T10:00:00Z");
    }
  }

  /** When a cookies.txt was exported: --observed-at, else its modification time. */
  private static Instant exported(Path txt, Instant given) {
    if (given != null) return given;
    try {
      return Files.getLastModifiedTime(txt).toInstant();
    } catch (java.io.IOException e) {
      return Instant.EPOCH; // the reader reports the unreadable file itself
    }
  }

  private boolean failed(AuditReport report) {
    if (failOn == null) return false;
    return report.findings().stream()
        .map(f -> f.rule().severity())
        .anyMatch(s -> s == Severity.ERROR || (failOn == FailOn.WARNING && s == Severity.WARNING));
  }
}
