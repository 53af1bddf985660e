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
    subcommands = {
      I18nCommand.StatusCommand.class,
      I18nCommand.AckCommand.class,
      I18nCommand.ExportCommand.class,
      I18nCommand.ImportCommand.class
    })
final class I18nCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "a subcommand is required: status, ack, export or import");
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

  /**
   * The language {@code code} names, or the registry's only one; empty (with a message) if none.
   */
  private static Optional<Language> language(
      List<Language> languages, String code, Path file, PrintWriter err) {
    Optional<Language> chosen =
        code == null
            ? (languages.size() == 1 ? Optional.of(languages.get(0)) : Optional.empty())
            : languages.stream().filter(l -> l.code().equals(code)).findFirst();
    if (chosen.isEmpty()) {
      err.println(
          file
              + ": error: "
              + (languages.isEmpty()
                  ? "the registry declares no languages"
                  : code == null
                      ? "name the language with --language: "
                          + languages.stream().map(Language::code).toList()
                      : "the registry declares no language " + code));
    }
    return chosen;
  }

  /** {@code i18n export}: a language's texts as a PO file, stale ones fuzzy. */
  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description =
          "Write a language's texts as a PO file for translators' tools (Poedit, Weblate, Lokalize):"
              + " msgctxt the text's id, msgid its English, msgstr its translation; stale ones"
              + " fuzzy.",
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {
        ExitCodes.OK + ":written",
        ExitCodes.USAGE_HELP,
        ExitCodes.INVALID + ":the registry or its translation file is invalid",
        ExitCodes.INTERNAL + ":a disk or internal error"
      })
  static final class ExportCommand implements Callable<Integer> {
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
        names = "--language",
        paramLabel = "CODE",
        description = "the language (default: the registry's only one)")
    String language;

    @Option(
        names = "--out",
        paramLabel = "FILE.po",
        description = "where to write (default: standard output)")
    Path out;

    @Override
    public Integer call() throws IOException {
      PrintWriter err = spec.commandLine().getErr();
      LoadedRegistry loaded;
      try {
        loaded = registryOptions.loader().load(file);
      } catch (RegistryException e) {
        e.diagnostics().forEach(err::println);
        return ExitCodes.INVALID;
      }
      Optional<Language> lang = language(loaded.registry().languages(), language, file, err);
      if (lang.isEmpty()) return ExitCodes.INVALID;
      String po =
          dev.cookiereg.i18n.PoExchange.export(
              loaded.registry(), lang.get(), file.getFileName().toString());
      if (out == null) {
        spec.commandLine().getOut().print(po);
      } else {
        Files.writeString(out, po, StandardCharsets.UTF_8);
      }
      return ExitCodes.OK;
    }
  }

  /** {@code i18n import}: translated, reviewed PO entries into the translation file. */
  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description =
          "Take every translated entry of a PO file that is not fuzzy and whose msgid is the"
              + " English as it is now into the language's translation file, with that English's"
              + " fingerprint; the file's other lines and comments stay.",
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {
        ExitCodes.OK + ":imported (entries left out are listed)",
        ExitCodes.USAGE_HELP,
        ExitCodes.INVALID + ":the PO file, the registry or its translation file is invalid",
        ExitCodes.INTERNAL + ":a disk or internal error"
      })
  static final class ImportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin RegistryOptions registryOptions;

    @Parameters(index = "0", paramLabel = "FILE.po", description = "the PO file")
    Path po;

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
      List<dev.cookiereg.i18n.Po.Entry> entries;
      try {
        loaded = loader.load(file);
        entries =
            dev.cookiereg.i18n.Po.read(
                po.toString(),
                new String(
                    dev.cookiereg.load.Inputs.read(po, loader.maxBytes()), StandardCharsets.UTF_8));
      } catch (RegistryException e) {
        e.diagnostics().forEach(err::println);
        return ExitCodes.INVALID;
      }
      Optional<Language> lang = language(loaded.registry().languages(), language, file, err);
      if (lang.isEmpty()) return ExitCodes.INVALID;
      String poLanguage = dev.cookiereg.i18n.Po.headerField(entries, "Language");
      if (poLanguage != null
          && !poLanguage.replace('_', '-').equalsIgnoreCase(lang.get().code())
          && !poLanguage.equalsIgnoreCase(lang.get().primary())) {
        err.println(
            po + ":1:1: error: the PO file is in " + poLanguage + ", not " + lang.get().code());
        return ExitCodes.INVALID;
      }
      Path target = Translations.fileOf(file, lang.get());
      TranslationFile tf;
      try {
        tf =
            Translations.readFile(
                file, lang.get(), loaded.registry(), new YamlTreeReader(loader.maxBytes()));
      } catch (RegistryException e) {
        e.diagnostics().forEach(err::println);
        return ExitCodes.INVALID;
      }
      String yaml = tf == null ? null : Files.readString(target, StandardCharsets.UTF_8);
      var done =
          dev.cookiereg.i18n.PoExchange.importInto(
              loaded.registry(), lang.get(), yaml, tf, entries);
      if (done.replaced() + done.added() > 0) {
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.writeString(temp, done.yaml(), StandardCharsets.UTF_8);
        Files.move(
            temp,
            target,
            java.nio.file.StandardCopyOption.REPLACE_EXISTING,
            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      }
      for (String s : done.skipped()) out.println(po + ": left out: " + s);
      out.println(
          target
              + ": "
              + done.replaced()
              + " texts replaced, "
              + done.added()
              + " added, "
              + done.skipped().size()
              + " left out");
      return ExitCodes.OK;
    }
  }
}
