package dev.cookiereg.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cookiereg.LoadedRegistry;
import dev.cookiereg.RegistryLoader;
import dev.cookiereg.diagnostic.Diagnostic;
import dev.cookiereg.diagnostic.Location;
import dev.cookiereg.diagnostic.RegistryException;
import dev.cookiereg.i18n.SourceText;
import dev.cookiereg.i18n.TextKeys;
import dev.cookiereg.i18n.TranslationFile;
import dev.cookiereg.i18n.Translations;
import dev.cookiereg.i18n.Translations.State;
import dev.cookiereg.i18n.Translations.Status;
import dev.cookiereg.load.YamlTreeReader;
import dev.cookiereg.model.Language;
import dev.cookiereg.release.RegistryEditor;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code i18n}: the state of every translated text, and a reviewer's acknowledgement of one. */
@Command(
    name = "i18n",
    mixinStandardHelpOptions = true,
    description = "The editions in other languages: what is missing, current or stale.",
    subcommands = {I18nCommand.StatusCommand.class, I18nCommand.AckCommand.class})
final class I18nCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "a subcommand is required: status or ack");
  }

  /** {@code i18n status}: a table per language of every text and its state. */
  @Command(
      name = "status",
      mixinStandardHelpOptions = true,
      description =
          "Print, per language, every text to translate and its state: missing, current or stale"
              + " (its English changed since it was translated).",
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {
        ExitCodes.OK + ":printed (whatever the states)",
        ExitCodes.USAGE_HELP,
        ExitCodes.INVALID + ":the registry or a translation file is invalid",
        ExitCodes.INTERNAL + ":a disk or internal error"
      })
  static final class StatusCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin RegistryOptions registryOptions;

    @Parameters(
        index = "0",
        arity = "0..1",
        paramLabel = "FILE",
        description = "the registry (default: ${DEFAULT-VALUE})",
        defaultValue = "cookies.yaml")
    Path file;

    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        defaultValue = "text",
        description = "text or json (default: ${DEFAULT-VALUE})")
    String format;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      String f = format.toLowerCase(Locale.ROOT);
      if (!f.equals("text") && !f.equals("json")) {
        err.println("error: --format is text or json, not '" + format + "'");
        return ExitCodes.USAGE;
      }
      LoadedRegistry loaded;
      try {
        loaded = registryOptions.loader().load(file);
      } catch (RegistryException e) {
        e.diagnostics().forEach(err::println);
        return ExitCodes.INVALID;
      }
      var registry = loaded.registry();
      List<SourceText> sources = TextKeys.of(registry);
      if (f.equals("json")) {
        ObjectNode root = new ObjectMapper().createObjectNode();
        ArrayNode langs = root.putArray("languages");
        for (Language l : registry.languages()) {
          ObjectNode lang = langs.addObject();
          lang.put("code", l.code());
          lang.put("required", l.required());
          lang.put("file", Translations.fileOf(file, l).toString());
          List<Status> states = Translations.status(sources, l, null);
          ObjectNode counts = lang.putObject("counts");
          count(states).forEach((s, n) -> counts.put(s.label(), n));
          ArrayNode texts = lang.putArray("texts");
          for (Status s : states) {
            ObjectNode t = texts.addObject();
            t.put("id", s.source().id());
            t.put("what", s.source().what());
            t.put("state", s.state().label());
            t.put("fingerprint", s.source().fingerprint());
            if (s.translated() != null) t.put("translatedFrom", s.translated().source());
            t.put("english", s.source().english());
          }
        }
        try {
          out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
        return ExitCodes.OK;
      }
      if (registry.languages().isEmpty()) {
        out.println(file + ": no languages besides " + registry.policy().language());
        return ExitCodes.OK;
      }
      for (Language l : registry.languages()) {
        List<Status> states = Translations.status(sources, l, null);
        Map<State, Integer> counts = count(states);
        out.println(
            l.code()
                + (l.required() ? " (required)" : "")
                + ", "
                + Translations.fileOf(file, l)
                + ": "
                + states.size()
                + " texts, "
                + counts.get(State.CURRENT)
                + " current, "
                + counts.get(State.STALE)
                + " stale, "
                + counts.get(State.MISSING)
                + " missing");
        int width = states.stream().mapToInt(s -> s.source().id().length()).max().orElse(2);
        out.println(
            String.format(Locale.ROOT, "  %-8s %-" + width + "s  %s", "state", "id", "text"));
        for (Status s : states) {
          out.println(
              String.format(
                  Locale.ROOT,
                  "  %-8s %-" + width + "s  %s",
                  s.state().label(),
                  s.source().id(),
                  s.source().what()));
        }
      }
      return ExitCodes.OK;
    }

    private static Map<State, Integer> count(List<Status> states) {
      Map<State, Integer> counts = new EnumMap<>(State.class);
      for (State s : State.values()) counts.put(s, 0);
      for (Status s : states) counts.merge(s.state(), 1, Integer::sum);
      return counts;
    }
  }

  /** {@code i18n ack ID}: a reviewer checked a translation after its English changed. */
  @Command(
      name = "ack",
      mixinStandardHelpOptions = true,
      description =
          "Record that a reviewer checked the translation of text ID after its English changed,"
              + " and that it needs no new words: its fingerprint is updated in place, keeping the"
              + " file's formatting and comments.",
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {
        ExitCodes.OK + ":acknowledged (or already current)",
        ExitCodes.USAGE_HELP,
        ExitCodes.INVALID + ":no such text, no translation of it, or an invalid file",
        ExitCodes.INTERNAL + ":a disk or internal error"
      })
  static final class AckCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin RegistryOptions registryOptions;

    @Parameters(
        index = "0",
        paramLabel = "ID",
        description = "the id of the text, as 'i18n status' prints it")
    String id;

    @Option(
        names = "--registry",
        paramLabel = "FILE",
        defaultValue = "cookies.yaml",
        description = "the registry (default: ${DEFAULT-VALUE})")
    Path file;

    @Option(
        names = "--language",
        paramLabel = "CODE",
        description = "the language (default: the registry's only one)")
    String language;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      RegistryLoader loader = registryOptions.loader();
      LoadedRegistry loaded;
      try {
        loaded = loader.load(file);
      } catch (RegistryException e) {
        e.diagnostics().forEach(err::println);
        return ExitCodes.INVALID;
      }
      var registry = loaded.registry();
      List<Language> languages = registry.languages();
      Optional<Language> chosen =
          language == null
              ? (languages.size() == 1 ? Optional.of(languages.get(0)) : Optional.empty())
              : languages.stream().filter(l -> l.code().equals(language)).findFirst();
      if (chosen.isEmpty()) {
        err.println(
            file
                + ": error: "
                + (languages.isEmpty()
                    ? "the registry declares no languages"
                    : language == null
                        ? "name the language with --language: "
                            + languages.stream().map(Language::code).toList()
                        : "the registry declares no language " + language));
        return language == null && !languages.isEmpty() ? ExitCodes.USAGE : ExitCodes.INVALID;
      }
      Language lang = chosen.get();
      Optional<SourceText> source =
          TextKeys.of(registry).stream().filter(s -> s.id().equals(id)).findFirst();
      TranslationFile tf;
      try {
        tf = Translations.readFile(file, lang, registry, new YamlTreeReader(loader.maxBytes()));
      } catch (RegistryException e) {
        e.diagnostics().forEach(err::println);
        return ExitCodes.INVALID;
      }
      String name = Translations.fileOf(file, lang).toString();
      if (source.isEmpty()) {
        err.println(
            Diagnostic.error(
                name,
                Location.START,
                "i18n",
                "no text has the id '"
                    + id
                    + "'"
                    + dev.cookiereg.diagnostic.Suggestions.didYouMean(
                        id, TextKeys.of(registry).stream().map(SourceText::id).toList())));
        return ExitCodes.INVALID;
      }
      Language.Text translated = lang.texts().get(id);
      if (tf == null || translated == null) {
        err.println(
            Diagnostic.error(
                name,
                tf == null ? Location.START : tf.locate(id),
                "i18n",
                "nothing to acknowledge: "
                    + source.get().what()
                    + " has no "
                    + lang.code()
                    + " text yet; translate it first"));
        return ExitCodes.INVALID;
      }
      String now = source.get().fingerprint();
      if (translated.source().equals(now)) {
        out.println(name + ": " + id + " is already current");
        return ExitCodes.OK;
      }
      Path path = Translations.fileOf(file, lang);
      String yaml = Files.readString(path, StandardCharsets.UTF_8);
      String edited;
      try {
        edited =
            RegistryEditor.set(yaml, tf.sourceMap(), TranslationFile.pointer(id) + "/source", now);
      } catch (IllegalArgumentException e) {
        err.println(
            Diagnostic.error(
                name,
                tf.locate(id),
                "i18n",
                "cannot update the fingerprint: write source: on its own line under "
                    + id
                    + " ("
                    + e.getMessage()
                    + ")"));
        return ExitCodes.INVALID;
      }
      Path temp = path.resolveSibling(path.getFileName() + ".tmp");
      Files.writeString(temp, edited, StandardCharsets.UTF_8);
      Files.move(
          temp,
          path,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      Location at = tf.locate(id);
      out.println(
          name
              + ":"
              + at.line()
              + ":"
              + at.column()
              + ": acknowledged: the "
              + lang.code()
              + " of "
              + source.get().what()
              + " stands for its English as it is now ("
              + translated.source()
              + " -> "
              + now
              + ")");
      return ExitCodes.OK;
    }
  }
}
