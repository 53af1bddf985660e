package dev.cookiereg.release;

import dev.cookiereg.model.Version;
import dev.cookiereg.render.SiteFile;
import dev.cookiereg.render.SitePaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The archive of released versions in {@code site/versions/}: carried over unchanged by every build, and grown
 * by {@code release} with a self-contained copy of what users see at that version (page, history, assets,
 * manifest) and the registry it came from.
 */
public final class Archive {
  /** The files of a release that are copied from the freshly built site. */
  static final List<String> RELEASED_FILES = List.of(SitePaths.POLICY, SitePaths.HISTORY, SitePaths.MANIFEST);

  private Archive() {}

  /**
   * The history page as seen from {@code versions/<v>/}: its links to archived versions go up a folder. Those
   * links are the only attributes of the form {@code href="versions/…"} (the Markdown renderer allows no other
   * site path, and text never holds a raw quote), so a plain replacement is exact.
   */
  static byte[] fromArchive(byte[] history) {
    return new String(history, StandardCharsets.UTF_8).replace("href=\"" + Releases.DIR + "/", "href=\"../")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** Every file already archived under {@code site/versions/}, as site files, in path order. */
  public static List<SiteFile> read(Path site) throws IOException {
    Path dir = site.resolve(Releases.DIR);
    List<SiteFile> out = new ArrayList<>();
    if (!Files.isDirectory(dir)) return out;
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        out.add(new SiteFile(site.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p)));
      }
    }
    return out;
  }

  /** True for the built files a release copies into its archive. */
  public static boolean isReleased(SiteFile f) {
    return RELEASED_FILES.contains(f.path()) || f.path().startsWith("assets/");
  }

  /** The archive of {@code version}: copies of the built pages, assets and manifest, and the registry's bytes. */
  public static List<SiteFile> of(Version version, List<SiteFile> built, byte[] registry) {
    String prefix = Releases.DIR + "/" + version + "/";
    List<SiteFile> out = new ArrayList<>();
    for (SiteFile f : built) {
      if (f.path().equals(SitePaths.HISTORY)) {
        out.add(new SiteFile(prefix + f.path(), fromArchive(f.content())));
      } else if (isReleased(f)) {
        out.add(new SiteFile(prefix + f.path(), f.content()));
      }
    }
    out.add(new SiteFile(prefix + Releases.REGISTRY, registry));
    return out;
  }
}
