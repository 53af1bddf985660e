package dev.cookiereg;

import dev.cookiereg.diagnostic.RegistryException;
import dev.cookiereg.render.RenderContext;
import dev.cookiereg.render.RenderException;
import dev.cookiereg.render.SiteFile;
import dev.cookiereg.write.SiteWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The pipeline, top to bottom: load and validate the registry, render every output in memory, write them
 * atomically (or compare them with the site on disk).
 *
 * @param registryFile the registry, usually {@code cookies.yaml}
 * @param templates a folder of templates and assets, or null for {@code templates/} beside the registry (if
 *     present) or else the defaults in the jar
 * @param changelog the policy history, usually {@code CHANGELOG.md} beside the registry; may be absent
 */
public record Build(Path registryFile, Path templates, Path changelog) {

  /** A build of {@code cookies.yaml} with the templates and CHANGELOG.md that sit beside it. */
  public static Build of(Path registryFile, Path templates) {
    Path dir = registryFile.toAbsolutePath().getParent();
    Path t = templates != null ? templates : Files.isDirectory(dir.resolve("templates")) ? dir.resolve("templates") : null;
    return new Build(registryFile, t, dir.resolve("CHANGELOG.md"));
  }

  /** Loads, validates and renders; nothing is written. */
  public List<SiteFile> render(RegistryLoader loader) throws RegistryException, RenderException, IOException {
    LoadedRegistry loaded = loader.load(registryFile);                         // load + validate
    String history = Files.isRegularFile(changelog) ? Files.readString(changelog, StandardCharsets.UTF_8) : "";
    RenderContext context = RenderContext.of(loaded.registry(), templates, history, loader.schema().schemaJson());
    return new SiteBuilder().render(context);                                  // render every output
  }

  /** Renders and replaces {@code out} atomically; returns the files written. */
  public List<SiteFile> write(RegistryLoader loader, Path out) throws RegistryException, RenderException, IOException {
    List<SiteFile> files = render(loader);
    SiteWriter.write(out, files);                                               // write (atomic swap)
    return files;
  }

  /** Renders and lists where {@code out} differs from what would be written; empty when current. */
  public List<String> check(RegistryLoader loader, Path out) throws RegistryException, RenderException, IOException {
    return SiteWriter.differences(out, render(loader));
  }
}
