package dev.cookiereg.render;

import dev.cookiereg.load.Inputs;
import dev.cookiereg.render.html.TemplateEngine;
import dev.cookiereg.site.RenderException;
import dev.cookiereg.site.SiteFile;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * {@code assets/…}: the stylesheet and other static files, copied from the templates' {@code
 * assets/} folder.
 */
final class AssetsRenderer implements Renderer {
  public static final String DIR = "assets";
  private static final String LINK =
      "a symbolic link; assets must be regular files (a link is never followed)";

  /**
   * The largest asset copied: a stylesheet, font or image; a larger file is refused as not meant
   * for the site.
   */
  static final long MAX_ASSET_BYTES = 16L << 20;

  @Override
  public List<SiteFile> render(RenderContext context) throws RenderException {
    List<SiteFile> assets = assets(context);
    String favicon = context.registry().policy().favicon();
    if (favicon != null && assets.stream().noneMatch(f -> f.path().equals(favicon))) {
      throw new RenderException(
          "policy.favicon: error: '"
              + favicon
              + "' is not among the site's assets: put the icon in "
              + (context.templates() == null ? "templates" : context.templates())
              + "/"
              + favicon);
    }
    return assets;
  }

  private static List<SiteFile> assets(RenderContext context) throws RenderException {
    try {
      if (context.templates() != null) return copy(context.templates().resolve(DIR));
      URL url =
          AssetsRenderer.class
              .getClassLoader()
              .getResource(TemplateEngine.CLASSPATH_ROOT + "/" + DIR);
      if (url == null)
        throw new RenderException("the built-in templates have no " + DIR + " folder");
      URI uri = url.toURI();
      if (!"jar".equals(uri.getScheme())) return copy(Path.of(uri));
      return copyFromJar(uri);
    } catch (IOException | URISyntaxException e) {
      throw new RenderException("cannot read the assets: " + e.getMessage(), e);
    }
  }

  /**
   * The asset {@code name} ({@code policy.css}) of the templates, with its name for messages, or
   * null when there is none. A link is refused, as {@link #render} refuses it.
   */
  static Asset read(RenderContext context, String name) throws RenderException {
    try {
      if (context.templates() != null) {
        Path file = context.templates().resolve(DIR).resolve(name);
        if (Files.isSymbolicLink(file)) throw new RenderException(file + ": error: " + LINK);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) return null;
        return new Asset(file.toString(), Inputs.read(file, MAX_ASSET_BYTES));
      }
      String resource = TemplateEngine.CLASSPATH_ROOT + "/" + DIR + "/" + name;
      try (InputStream in = AssetsRenderer.class.getClassLoader().getResourceAsStream(resource)) {
        return in == null
            ? null
            : new Asset("classpath:" + resource, Inputs.read(in, resource, MAX_ASSET_BYTES));
      }
    } catch (IOException e) {
      throw new RenderException("cannot read the assets: " + e.getMessage(), e);
    }
  }

  /** An asset's bytes, and its name in messages (its path, or where it is in the jar). */
  record Asset(String source, byte[] content) {}

  /**
   * The files under a {@code jar:file:…!/dir} folder, sorted by path; read with the zip reader the
   * class loader already uses (a zip file system would load and initialise a few dozen more classes
   * on every build).
   */
  static List<SiteFile> copyFromJar(URI uri) throws IOException, URISyntaxException {
    String spec =
        uri.getRawSchemeSpecificPart(); // file:/…/cookiereg.jar!/cookiereg/templates/assets
    int bang = spec.indexOf("!/");
    String decoded = uri.getSchemeSpecificPart();
    String folder = decoded.substring(decoded.indexOf("!/") + 2);
    String prefix = folder.endsWith("/") ? folder : folder + "/";
    List<SiteFile> files = new ArrayList<>();
    try (ZipFile jar = new ZipFile(Path.of(new URI(spec.substring(0, bang))).toFile())) {
      for (ZipEntry e : Collections.list(jar.entries())) {
        if (e.isDirectory() || !e.getName().startsWith(prefix)) continue;
        try (InputStream in = jar.getInputStream(e)) {
          files.add(
              new SiteFile(
                  DIR + "/" + e.getName().substring(prefix.length()),
                  Inputs.read(in, e.getName(), MAX_ASSET_BYTES)));
        }
      }
    }
    files.sort(java.util.Comparator.comparing(SiteFile::path));
    return files;
  }

  /**
   * Every regular file under {@code dir}, sorted by path so the output order never varies. Links
   * are refused, not followed: a link to a secret would otherwise be published as a regular file.
   */
  private static List<SiteFile> copy(Path dir) throws IOException, RenderException {
    if (Files.isSymbolicLink(dir)) throw new RenderException(dir + ": error: " + LINK);
    if (!Files.isDirectory(dir)) return List.of();
    List<SiteFile> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.toList()) {
        if (Files.isSymbolicLink(p)) throw new RenderException(p + ": error: " + LINK);
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) continue;
        if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          throw new RenderException(
              p + ": error: not a regular file; assets are copied as they are");
        }
        String rel = dir.relativize(p).toString().replace('\\', '/');
        files.add(new SiteFile(DIR + "/" + rel, Inputs.read(p, MAX_ASSET_BYTES)));
      }
    }
    files.sort(java.util.Comparator.comparing(SiteFile::path));
    return files;
  }
}
