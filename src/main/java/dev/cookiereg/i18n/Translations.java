package dev.cookiereg.i18n;

import dev.cookiereg.diagnostic.Diagnostic;
import dev.cookiereg.diagnostic.Location;
import dev.cookiereg.diagnostic.RegistryException;
import dev.cookiereg.diagnostic.Severity;
import dev.cookiereg.load.Inputs;
import dev.cookiereg.load.SourceMap;
import dev.cookiereg.load.SourceTree;
import dev.cookiereg.load.YamlTreeReader;
import dev.cookiereg.model.Language;
import dev.cookiereg.model.Registry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The translation files of a registry's languages, read from beside it ({@code cookies.fr.yaml}
 * beside {@code cookies.yaml} for {@code fr-CA}), and the state of each text: missing, current or
 * stale (its English changed since it was translated).
 */
public final class Translations {
  /** A text of a language with no translation. */
  public static final String MISSING_RULE = "translation-missing";

  /** A translated text whose English changed since it was translated. */
  public static final String STALE_RULE = "translation-stale";

  /** Up to this many missing texts are each a warning; more are one, which counts them. */
  static final int MISSING_ONE_BY_ONE = 10;

  private Translations() {}

  /** The state of one text in one language. */
  public enum State {
    MISSING,
    CURRENT,
    STALE;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** One text's state, with where its translation was written (or would be). */
  public record Status(SourceText source, State state, Language.Text translated, Location at) {}

  /** The languages with their texts read, and what the files' readers found. */
  public record Read(
      List<Language> languages, List<TranslationFile> files, List<Diagnostic> found) {
    public Read {
      languages = List.copyOf(languages);
      files = List.copyOf(files);
      found = List.copyOf(found);
    }
  }

  /** The file of {@code language}'s texts beside {@code registryFile}: {@code cookies.fr.yaml}. */
  public static Path fileOf(Path registryFile, Language language) {
    String name = registryFile.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String base = dot < 0 ? name : name.substring(0, dot);
    String ext = dot < 0 ? ".yaml" : name.substring(dot);
    return registryFile.resolveSibling(base + "." + language.primary() + ext);
  }

  /**
   * Reads the file of each language {@code registry} declares, from beside {@code registryName}
   * (its name in diagnostics, a path on disk). A language without a file is one warning at its
   * declaration; every text a file lacks is a warning, and every stale one.
   */
  public static Read read(
      String registryName, SourceMap registryMap, Registry registry, YamlTreeReader reader)
      throws RegistryException {
    if (registry.languages().isEmpty()) return new Read(List.of(), List.of(), List.of());
    List<SourceText> sources = TextKeys.of(registry);
    Set<String> known = new LinkedHashSet<>();
    for (SourceText s : sources) known.add(s.id());
    List<Language> languages = new ArrayList<>();
    List<TranslationFile> files = new ArrayList<>();
    List<Diagnostic> found = new ArrayList<>();
    for (int i = 0; i < registry.languages().size(); i++) {
      Language language = registry.languages().get(i);
      Path path;
      try {
        path = fileOf(Path.of(registryName), language);
      } catch (java.nio.file.InvalidPathException e) {
        languages.add(language); // a registry read from no file: no file beside it
        continue;
      }
      String name = path.toString();
      byte[] bytes;
      try {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) throw new NoSuchFileException(name);
        bytes = Inputs.read(path, reader.maxBytes());
      } catch (NoSuchFileException e) {
        found.add(
            new Diagnostic(
                registryName,
                registryMap.locate("/languages/" + i + "/code"),
                Severity.WARNING,
                MISSING_RULE,
                "missing: no "
                    + path.getFileName()
                    + " beside the registry, so every text of "
                    + language.code()
                    + " is missing; 'i18n status' lists them"));
        languages.add(language);
        continue;
      } catch (Inputs.NotARegularFile | Inputs.TooLarge e) {
        throw new RegistryException(Diagnostic.error(name, Location.START, "io", e.getReason()));
      } catch (IOException e) {
        throw new RegistryException(
            Diagnostic.error(name, Location.START, "io", "cannot read the file: " + e));
      }
      SourceTree tree;
      try {
        tree = reader.read(name, bytes);
      } catch (RegistryException e) {
        throw new RegistryException(
            e.diagnostics().stream().map(Translations::asTranslation).toList());
      }
      TranslationFile file = TranslationFile.read(name, tree, language.code(), known);
      found.addAll(file.problems());
      files.add(file);
      Language read = language.withTexts(file.texts());
      languages.add(read);
      if (file.problems().stream().anyMatch(Diagnostic::isError)) continue; // fix those first
      List<Status> missing = new ArrayList<>();
      for (Status s : status(sources, read, file)) {
        if (s.state() == State.STALE) {
          found.add(
              new Diagnostic(
                  name,
                  s.at(),
                  Severity.WARNING,
                  STALE_RULE,
                  "stale: the English of "
                      + s.source().what()
                      + " changed since this was translated; translate it again, or run 'i18n ack "
                      + s.source().id()
                      + "' if it needs no new "
                      + language.code()));
        } else if (s.state() == State.MISSING) {
          missing.add(s);
        }
      }
      if (missing.size() > MISSING_ONE_BY_ONE) {
        found.add(
            new Diagnostic(
                name,
                missing.get(0).at(),
                Severity.WARNING,
                MISSING_RULE,
                "missing: "
                    + missing.size()
                    + " texts have no "
                    + language.code()
                    + " translation, from "
                    + missing.get(0).source().what()
                    + " ("
                    + missing.get(0).source().id()
                    + "); 'i18n status' lists them"));
      } else {
        for (Status s : missing) {
          found.add(
              new Diagnostic(
                  name,
                  s.at(),
                  Severity.WARNING,
                  MISSING_RULE,
                  "missing: "
                      + s.source().what()
                      + " has no "
                      + language.code()
                      + " text; add "
                      + s.source().id()
                      + " under texts"));
        }
      }
    }
    return new Read(languages, files, found);
  }

  /**
   * The translation file of {@code language} beside {@code registryFile}, read against {@code
   * registry}'s texts, or null when there is none.
   */
  public static TranslationFile readFile(
      Path registryFile, Language language, Registry registry, YamlTreeReader reader)
      throws RegistryException, IOException {
    Path path = fileOf(registryFile, language);
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) return null;
    Set<String> known = new LinkedHashSet<>();
    for (SourceText s : TextKeys.of(registry)) known.add(s.id());
    byte[] bytes = Inputs.read(path, reader.maxBytes());
    return TranslationFile.read(
        path.toString(), reader.read(path.toString(), bytes), language.code(), known);
  }

  /** The reader's words for a registry, said of a translation file. */
  private static Diagnostic asTranslation(Diagnostic d) {
    if (!d.message().startsWith("the registry must be a mapping")) return d;
    return new Diagnostic(
        d.file(),
        d.location(),
        d.severity(),
        d.rule(),
        "a translation file is a mapping of language: and texts: (see cookies.fr.yaml)");
  }

  /** The state of every text of {@code sources} in {@code language}, in their order. */
  public static List<Status> status(
      List<SourceText> sources, Language language, TranslationFile file) {
    List<Status> out = new ArrayList<>();
    Map<String, Language.Text> texts = language.texts();
    for (SourceText s : sources) {
      Language.Text t = texts.get(s.id());
      Location at = file == null ? Location.START : file.locate(s.id());
      State state =
          t == null
              ? State.MISSING
              : t.source().equals(s.fingerprint()) ? State.CURRENT : State.STALE;
      out.add(new Status(s, state, t, at));
    }
    return out;
  }

  /** The state of every text of {@code registry} in {@code language} (read into the registry). */
  public static List<Status> status(Registry registry, Language language) {
    return status(TextKeys.of(registry), language, null);
  }
}
