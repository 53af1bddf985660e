package dev.cookiereg.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code cookiereg}: validate the cookie registry, build the site, classify changes. */
@Command(
    name = "cookiereg",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description =
        "Cookie and tracking policies kept as data: one registry, every output generated from it.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      ExitCodes.OK + ":success (warnings allowed)",
      ExitCodes.FAILED_CHECK + ":a --fail-on threshold was met, or --check found a stale site",
      ExitCodes.USAGE_HELP,
      ExitCodes.INVALID + ":the registry is invalid",
      ExitCodes.INTERNAL + ":an internal or disk error"
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code;
    try {
      code = run(out, err, args);
    } catch (
        Throwable
            t) { // run reports everything itself; this only keeps a failure to report from exiting
      // 1
      code = ExitCodes.INTERNAL;
    }
    System.exit(code);
  }

  /**
   * What an internal error leaves untouched, by command: {@code build} and {@code release} write
   * the site atomically, so a crash leaves the previous one.
   */
  private static final Map<String, String> AFTERMATH =
      Map.of(
          "build", "the previous site is left as it was",
          "release", "cookies.yaml, CHANGELOG.md and the site are left as they were");

  /** The commands, in the order help lists them. */
  private static final Map<String, Supplier<Object>> COMMANDS = commands();

  private static Map<String, Supplier<Object>> commands() {
    Map<String, Supplier<Object>> c = new LinkedHashMap<>();
    c.put("check", CheckCommand::new);
    c.put("build", BuildCommand::new);
    c.put("diff", DiffCommand::new);
    c.put("release", ReleaseCommand::new);
    c.put("rules", RulesCommand::new);
    c.put("import-ocd", ImportOcdCommand::new);
    c.put("audit", AuditCommand::new);
    c.put("serve", ServeCommand::new);
    c.put("i18n", I18nCommand::new);
    c.put("help", CommandLine.HelpCommand::new);
    return Collections.unmodifiableMap(c);
  }

  /** Runs a command line and returns its exit code; tests call this directly. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    // Reading the commands' annotations takes about 20 ms on a cold JVM: when the line names a
    // command, only that
    // one is built; otherwise (help, a typo, no command) all are, so that help lists every one.
    String named = Arrays.stream(args).filter(a -> !a.startsWith("-")).findFirst().orElse("");
    boolean verbose = Arrays.asList(args).contains(VerboseOption.NAME);
    String aftermath = AFTERMATH.getOrDefault(named, "");
    try {
      CommandLine cli = new CommandLine(new Main());
      boolean one = COMMANDS.containsKey(named) && !named.equals("help");
      COMMANDS.forEach(
          (name, command) -> {
            if (!one || name.equals(named)) cli.addSubcommand(name, command.get());
          });
      cli.setOut(out);
      cli.setErr(err);
      cli.setCaseInsensitiveEnumValuesAllowed(true);
      cli.setExitCodeExceptionMapper(e -> ExitCodes.INTERNAL);
      cli.setParameterExceptionHandler(
          (e, a) -> {
            err.println("error: " + e.getMessage());
            err.println(
                "Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return ExitCodes.USAGE;
          });
      cli.setExecutionExceptionHandler(
          (e, c, parsed) -> Failures.internal(e, aftermath, verbose, err));
      return cli.execute(args);
    } catch (
        Throwable
            t) { // picocli passes Errors (out of stack, out of memory) through, past the handler
      // above
      return Failures.internal(t, aftermath, verbose, err);
    } finally {
      out.flush();
      err.flush();
    }
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "a command is required: check, build, diff, release, rules, import-ocd, audit, serve or i18n");
  }

  /** Prints the tool's version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"cookiereg " + (v == null ? "development build" : v)};
    }
  }
}
