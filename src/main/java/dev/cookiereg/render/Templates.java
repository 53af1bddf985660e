package dev.cookiereg.render;

import dev.cookiereg.render.html.TemplateEngine;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The template engines of a site build, one per templates location, shared by the HTML renderers. */
public final class Templates {
  private final Map<Optional<Path>, TemplateEngine> engines = new ConcurrentHashMap<>();

  /** The engine for the context's templates folder (or the jar's defaults), built once. */
  public TemplateEngine engine(RenderContext context) {
    Optional<Path> folder = Optional.ofNullable(context.templates()).map(p -> p.toAbsolutePath().normalize());
    return engines.computeIfAbsent(folder, f -> new TemplateEngine(f.orElse(null)));
  }
}
