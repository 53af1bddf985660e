package dev.cookiereg;

import dev.cookiereg.diagnostic.Diagnostic;
import dev.cookiereg.diagnostic.Location;
import dev.cookiereg.diagnostic.RegistryException;
import dev.cookiereg.i18n.Translations;
import dev.cookiereg.load.Inputs;
import dev.cookiereg.load.RegistryMapper;
import dev.cookiereg.load.SourceTree;
import dev.cookiereg.load.YamlTreeReader;
import dev.cookiereg.model.Registry;
import dev.cookiereg.ocd.CookieDatabase;
import dev.cookiereg.validate.ElementNames;
import dev.cookiereg.validate.Lints;
import dev.cookiereg.validate.SchemaValidator;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Loads a registry: strict YAML with positions, then the JSON Schema, then the model, then the lint
 * rules.
 *
 * <p>Build one and reuse it; it is immutable and thread-safe.
 */
public final class RegistryLoader {
  /** Below this size a registry loads quicker on one thread. */
  static final int PARALLEL_FROM_BYTES = 256 << 10;

  private final YamlTreeReader reader;

  /** The schema compiles on another core while the first registry is read and parsed. */
  private final CompletableFuture<SchemaValidator> schema =
      CompletableFuture.supplyAsync(SchemaValidator::new);

  /** A loader with the default size limit (1 MiB). */
  public RegistryLoader() {
    this(YamlTreeReader.MAX_BYTES);
  }

  /** A loader that accepts registries up to {@code maxBytes}. */
  public RegistryLoader(long maxBytes) {
    reader = new YamlTreeReader(maxBytes);
    // a lint rule reads the Open Cookie Database's names: on a third thread, like the schema
    CookieDatabase.preloadKeys();
  }

  public SchemaValidator schema() {
    return join(schema);
  }

  /** Loads the file; the diagnostics name it as given. */
  public LoadedRegistry load(Path file) throws RegistryException {
    return load(file.toString(), read(file), true);
  }

  /** Loads registry bytes; {@code name} is the file name used in diagnostics. */
  public LoadedRegistry load(String name, byte[] bytes) throws RegistryException {
    return load(name, bytes, true);
  }

  /**
   * Loads an earlier version to compare with: it must parse and match the schema, but lint rules
   * added since it was released do not stop the comparison (their findings become warnings).
   */
  public LoadedRegistry loadForComparison(Path file) throws RegistryException {
    return load(file.toString(), read(file), false);
  }

  /**
   * The bytes of a registry file: a regular file (not a folder, device or pipe) within the size
   * limit, refused unread otherwise; a located error when it cannot be read.
   */
  byte[] read(Path file) throws RegistryException {
    String name = file.toString();
    try {
      return Inputs.read(file, reader.maxBytes());
    } catch (NoSuchFileException e) {
      throw new RegistryException(Diagnostic.error(name, Location.START, "io", "no such file"));
    } catch (Inputs.TooLarge e) {
      throw reader.tooLarge(name, e.size());
    } catch (Inputs.NotARegularFile e) {
      throw new RegistryException(
          Diagnostic.error(
              name,
              Location.START,
              "io",
              e.getReason() + "; a registry is a file such as cookies.yaml"));
    } catch (AccessDeniedException e) {
      throw new RegistryException(
          Diagnostic.error(name, Location.START, "io", "permission denied"));
    } catch (IOException e) {
      throw new RegistryException(
          Diagnostic.error(name, Location.START, "io", "cannot read the file: " + e));
    }
  }

  /**
   * The error for a registry of {@code size} bytes (-1: more than the limit) over the size limit.
   */
  RegistryException tooLarge(String name, long size) {
    return reader.tooLarge(name, size);
  }

  /** The largest registry this loader reads, in bytes ({@code --max-size}). */
  public long maxBytes() {
    return reader.maxBytes();
  }

  /** As {@link #loadForComparison(Path)}, from bytes. */
  public LoadedRegistry loadForComparison(String name, byte[] bytes) throws RegistryException {
    return load(name, bytes, false);
  }

  private LoadedRegistry load(String name, byte[] bytes, boolean strict) throws RegistryException {
    SourceTree tree = reader.read(name, bytes);
    // A small registry is checked against the schema first. A large one is checked beside the model
    // and lint
    // rules (two cores); its errors, if any, win, and the model of an invalid tree is thrown away
    // with whatever
    // the mapper or the lint rules made of it.
    CompletableFuture<List<Diagnostic>> schemaCheck;
    if (bytes.length < PARALLEL_FROM_BYTES) {
      List<Diagnostic> errors = schema().validate(tree);
      if (!errors.isEmpty()) throw new RegistryException(errors);
      schemaCheck = CompletableFuture.completedFuture(List.of());
    } else {
      schemaCheck = schema.thenApplyAsync(s -> s.validate(tree));
    }
    Registry registry = null;
    List<Diagnostic> found = new ArrayList<>();
    RuntimeException modelError = null;
    Throwable lintError = null;
    try {
      registry = RegistryMapper.toModel(tree.root());
      try {
        found.addAll(Lints.check(registry, tree));
      } catch (RuntimeException
          | StackOverflowError e) { // an unchecked tree may be anything: the schema judges
        lintError = e;
      }
    } catch (RuntimeException e) {
      modelError = e;
    }
    List<Diagnostic> schemaErrors = join(schemaCheck);
    if (!schemaErrors.isEmpty()) throw new RegistryException(schemaErrors);
    if (modelError instanceof RegistryMapper.Refused refused) {
      throw new RegistryException(
          Diagnostic.error(
              name,
              tree.sourceMap().locate(refused.pointer()),
              "model",
              ElementNames.of(tree.root(), refused.pointer()) + ": " + refused.getMessage()));
    }
    if (modelError != null) {
      throw new RegistryException(
          Diagnostic.error(name, Location.START, "model", String.valueOf(modelError.getMessage())));
    }
    // a bug in a lint rule, not a fault of the registry
    if (lintError instanceof RuntimeException e) throw e;
    if (lintError instanceof Error e) throw e;
    // the editions' texts, from beside the registry: of a valid registry only, whose texts are
    // known
    if (!registry.languages().isEmpty() && found.stream().noneMatch(Diagnostic::isError)) {
      Translations.Read translations = Translations.read(name, tree.sourceMap(), registry, reader);
      registry = registry.withLanguages(translations.languages());
      found.addAll(translations.found());
    }
    found.sort(Diagnostic.BY_POSITION);
    if (strict && found.stream().anyMatch(Diagnostic::isError)) throw new RegistryException(found);
    // An earlier release is compared, not judged again: rules added since it was released only
    // warn.
    List<Diagnostic> kept = strict ? found : found.stream().map(Diagnostic::asWarning).toList();
    return new LoadedRegistry(registry, tree.sourceMap(), kept);
  }

  /** The future's value; its own exception if it failed. */
  private static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException re) throw re;
      throw e;
    }
  }
}
