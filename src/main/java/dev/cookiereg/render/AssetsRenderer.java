package dev.cookiereg.render;

import dev.cookiereg.render.html.TemplateEngine;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** {@code assets/…}: the stylesheet and other static files, copied from the templates' {@code assets/} folder. */
public final class AssetsRenderer implements Renderer {
  public static final String DIR = "assets";

  @Override
  public List<SiteFile> render(RenderContext context) throws RenderException {
    try {
      if (context.templates() != null) return copy(context.templates().resolve(DIR));
      URL url = AssetsRenderer.class.getClassLoader().getResource(TemplateEngine.CLASSPATH_ROOT + "/" + DIR);
      if (url == null) throw new RenderException("the built-in templates have no " + DIR + " folder");
      URI uri = url.toURI();
      if (!"jar".equals(uri.getScheme())) return copy(Path.of(uri));
      FileSystem jar;
      boolean opened = false;
      try {
        jar = FileSystems.getFileSystem(uri);
      } catch (FileSystemNotFoundException e) {
        jar = FileSystems.newFileSystem(uri, Map.of());
        opened = true;
      }
      try {
        return copy(jar.provider().getPath(uri));
      } finally {
        if (opened) jar.close();
      }
    } catch (IOException | URISyntaxException e) {
      throw new RenderException("cannot read the assets: " + e.getMessage(), e);
    }
  }

  /** Every regular file under {@code dir}, sorted by path so the output order never varies. */
  private static List<SiteFile> copy(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) return List.of();
    List<SiteFile> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        String rel = dir.relativize(p).toString().replace('\\', '/');
        files.add(new SiteFile(DIR + "/" + rel, Files.readAllBytes(p)));
      }
    }
    files.sort(java.util.Comparator.comparing(SiteFile::path));
    return files;
  }
}
