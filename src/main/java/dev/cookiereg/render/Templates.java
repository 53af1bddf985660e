package dev.cookiereg.render;

import dev.cookiereg.render.html.TemplateEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The template engines of a site build, one per templates location, shared by the HTML renderers.
 */
final class Templates {
  private final Map<Optional<Path>, CompletableFuture<TemplateEngine>> engines =
      new ConcurrentHashMap<>();

  /** The engine for the context's templates folder (or the jar's defaults), built once. */
  public TemplateEngine engine(RenderContext context) {
    return engine(key(context.templates()));
  }

  private TemplateEngine engine(Optional<Path> folder) {
    CompletableFuture<TemplateEngine> engine =
        engines.computeIfAbsent(
            folder, k -> CompletableFuture.completedFuture(new TemplateEngine(k.orElse(null))));
    try {
      return engine.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException re) throw re;
      if (e.getCause() instanceof Error err) throw err;
      throw e;
    }
  }

  /**
   * The engine for {@code template}: the context's folder's when it has the template, else the
   * jar's, so a templates folder made before a page existed keeps building (the new page in the
   * default layout).
   */
  public TemplateEngine engine(RenderContext context, String template) {
    Path folder = context.templates();
    if (folder == null || Files.isRegularFile(folder.resolve(template))) return engine(context);
    return engine(Optional.empty());
  }

  /**
   * Starts building the engine for {@code folder} (null for the jar's defaults) and parsing {@code
   * pages} on another core, so that rendering finds them ready; errors surface when the pages are
   * rendered.
   */
  public void prepare(Path folder, String... pages) {
    engines.computeIfAbsent(
        key(folder),
        k ->
            CompletableFuture.supplyAsync(
                () -> {
                  TemplateEngine engine = new TemplateEngine(k.orElse(null));
                  engine.preload(pages);
                  return engine;
                }));
  }

  private static Optional<Path> key(Path folder) {
    return Optional.ofNullable(folder).map(p -> p.toAbsolutePath().normalize());
  }
}
