package dev.cookiereg.serve;

import dev.cookiereg.release.Archive;
import dev.cookiereg.site.SiteFile;
import dev.cookiereg.site.SitePaths;
import dev.cookiereg.write.SiteLock;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The site's archive of released versions, verified ({@link Archive#read}) when first read and
 * again only when a file under {@code versions/} changed its size, time or kind (a {@code release}
 * ran meanwhile): a glance at the folder instead of hashing every archived file on every render.
 * Read under the site's lock, so a build or release in another terminal is never seen half-written.
 * Used by the preview's render thread only.
 */
final class ArchiveCache {
  private final Path site;
  private Map<String, String> seen;
  private List<SiteFile> files = List.of();

  ArchiveCache(Path site) {
    this.site = site;
  }

  List<SiteFile> read() throws IOException {
    Map<String, String> now = glance(site.resolve(SitePaths.VERSIONS_FOLDER));
    if (now.equals(seen)) return files;
    try (SiteLock lock = SiteLock.acquire(site)) {
      files = List.copyOf(Archive.read(site));
    }
    seen = now;
    return files;
  }

  /** Every entry under {@code dir} (links not followed) with its kind, size and time. */
  private static Map<String, String> glance(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) return out;
    try {
      Files.walkFileTree(
          dir,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes a) {
              out.put(dir.relativize(d) + "/", a.lastModifiedTime().toString());
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes a) {
              out.put(
                  dir.relativize(f).toString(),
                  (a.isSymbolicLink() ? "link " : a.isRegularFile() ? "" : "other ")
                      + a.size()
                      + " "
                      + a.lastModifiedTime()
                      + " "
                      + a.fileKey());
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (NoSuchFileException e) {
      out.put("", "changing"); // removed while looked at: read it again next time
    }
    return out;
  }
}
