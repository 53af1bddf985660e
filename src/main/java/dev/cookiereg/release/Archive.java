package dev.cookiereg.release;

import dev.cookiereg.load.Inputs;
import dev.cookiereg.manifest.Manifest;
import dev.cookiereg.model.Version;
import dev.cookiereg.site.SiteFile;
import dev.cookiereg.site.SitePaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The archive of released versions in {@code site/versions/}: carried over unchanged by every
 * build, and grown by {@code release} with a self-contained copy of what users see at that version
 * (page, history, assets, manifest) and the registry it came from.
 *
 * <p>{@code versions/SHA256SUMS} records the SHA-256 of every archived file when it is released, in
 * the format {@code sha256sum -c} checks. Every build, check and release verifies the archive
 * against it before reading anything else: a changed, missing or unrecorded file, a file or folder
 * a release never writes, and a symbolic link are refused, so an archived page can be neither
 * edited nor replaced by a link to a secret. An archive written before the record existed is
 * recorded as found by the next build. Archived pages carry a notice that they are archived ({@link
 * ArchiveNotice}); the record keeps each page's SHA-256 without it too, in comment lines.
 */
public final class Archive {
  /**
   * The files of a release that are copied from the freshly built site: the pages, the manifest and
   * every file its {@code paths} name (the schemas, banner configs, disclosure and notice), so that
   * an archived manifest's paths resolve inside its version's folder.
   */
  static final List<String> RELEASED_FILES = releasedFiles();

  private static List<String> releasedFiles() {
    List<String> files = new ArrayList<>(Manifest.Paths.CURRENT.all());
    files.add(SitePaths.MANIFEST);
    return List.copyOf(files);
  }

  /** The record of the archive, in {@code versions/}. */
  public static final String SUMS = "SHA256SUMS";

  static final String SUMS_HEADER =
      "# cookiereg: the SHA-256 of every released file, recorded at its release; "
          + "check with: sha256sum -c "
          + SUMS
          + "\n";
  private static final Pattern SUMS_LINE = Pattern.compile("([0-9a-f]{64})  (.+)");

  /**
   * What a release writes into {@code versions/<version>/}: its pages, manifest, registry and
   * assets.
   */
  private static final Pattern RELEASED_PATH =
      Pattern.compile(
          "(\\d+\\.\\d+\\.\\d+)/(index\\.html|history\\.html|manifest\\.json|cookies\\.yaml"
              + "|cookies\\.[a-z]{2}\\.yaml|[a-z]{2}/(index\\.html|history\\.html|notice\\.json)"
              + "|notice\\.json|device-storage\\.json|banner/(categories|cookieconsent|klaro)\\.json"
              + "|schema/cookies\\.schema\\.json|schema/v[1-9][0-9]{0,3}/manifest\\.schema\\.json"
              + "|assets/[^/]+(/[^/]+)*)");

  private static final Pattern RELEASED_DIR =
      Pattern.compile(
          "(\\d+\\.\\d+\\.\\d+)(/assets(/[^/]+)*|/banner|/schema(/v[1-9][0-9]{0,3})?|/[a-z]{2})?");

  /**
   * The index of released versions in {@code versions/}: made anew by every build, not recorded.
   */
  public static final String INDEX = "index.json";

  /** The page listing released versions in {@code versions/}: made anew by every build too. */
  public static final String PAGE = "index.html";

  /** The archive is not as released: a file changed, appeared, went missing, or is a link. */
  public static final class TamperedException extends IOException {
    TamperedException(Path file, String problem) {
      super(file + ": error: " + problem);
    }
  }

  /** The largest archived file read: a manifest of some hundred thousand cookies fits. */
  static final long MAX_FILE_BYTES = 512L << 20;

  private Archive() {}

  /**
   * The history page as seen from {@code versions/<v>/}: its links to archived versions go up a
   * folder. Those links are the only attributes of the form {@code href="versions/…"} (the Markdown
   * renderer allows no other site path, and text never holds a raw quote), so a plain replacement
   * is exact.
   */
  static byte[] fromArchive(byte[] history) {
    return new String(history, StandardCharsets.UTF_8)
        .replace("href=\"" + SitePaths.VERSIONS, "href=\"../")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** An edition's history page: {@code fr/history.html}. */
  private static final Pattern EDITION_HISTORY = Pattern.compile("[a-z]{2}/history\\.html");

  /**
   * An edition's history page as seen from {@code versions/<v>/fr/}: its links to the versions
   * ({@code ../versions/…}) go up one folder more. They are the only attributes of that form (the
   * page's other links are its own folder's, the site's assets or public addresses).
   */
  static byte[] editionFromArchive(byte[] history) {
    return new String(history, StandardCharsets.UTF_8)
        .replace("href=\"../" + SitePaths.VERSIONS, "href=\"../../")
        .getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Every file archived under {@code site/versions/}, in path order, after verifying each against
   * the record; the record itself is not among them (see {@link #record}).
   *
   * @throws TamperedException when the archive is not exactly what its releases wrote
   */
  public static List<SiteFile> read(Path site) throws IOException {
    Path dir = site.resolve(SitePaths.VERSIONS_FOLDER);
    List<SiteFile> out = new ArrayList<>();
    if (Files.isSymbolicLink(dir))
      throw new TamperedException(dir, "is a symbolic link; the archive is a folder");
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) return out;
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS))
      throw new TamperedException(dir, "is not a folder");
    Map<String, Path> found = new TreeMap<>();
    Files.walkFileTree(
        dir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs)
              throws IOException {
            String rel = relative(dir, d);
            if (!d.equals(dir) && !RELEASED_DIR.matcher(rel).matches()) {
              throw new TamperedException(
                  d, "is not a folder a release writes (versions/<version>/ and its assets/)");
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            String rel = relative(dir, file);
            if (attrs.isSymbolicLink()) {
              throw new TamperedException(
                  file, "is a symbolic link; an archive holds only the files a release wrote");
            }
            if (!attrs.isRegularFile()) throw new TamperedException(file, "is not a regular file");
            if (rel.equals(INDEX) || rel.equals(PAGE)) {
              return FileVisitResult.CONTINUE; // built anew, then compared
            }
            if (!rel.equals(SUMS) && !isReleasedPath(rel)) {
              throw new TamperedException(
                  file,
                  "is not a file a release writes (index.html, history.html, manifest.json, "
                      + "cookies.yaml, the files the manifest's paths name, assets/)");
            }
            found.put(rel, file);
            return FileVisitResult.CONTINUE;
          }
        });
    Path sumsFile = found.remove(SUMS);
    Map<String, String> recorded = sumsFile == null ? null : parseSums(sumsFile);
    for (Map.Entry<String, Path> e : found.entrySet()) {
      byte[] bytes = Inputs.read(e.getValue(), MAX_FILE_BYTES);
      if (recorded != null) {
        String sum = recorded.get(e.getKey());
        if (sum == null) {
          throw new TamperedException(
              e.getValue(),
              "was not written by a release ("
                  + SitePaths.VERSIONS
                  + SUMS
                  + " does not record it); remove it, or restore the archive from version control");
        }
        if (!sum.equals(sha256(bytes))) {
          throw new TamperedException(
              e.getValue(),
              "has changed since it was released (its SHA-256 is not the one "
                  + SitePaths.VERSIONS
                  + SUMS
                  + " records); restore it from version control");
        }
      }
      out.add(new SiteFile(SitePaths.VERSIONS + e.getKey(), bytes));
    }
    if (recorded != null) {
      for (String path : recorded.keySet()) {
        if (!found.containsKey(path)) {
          throw new TamperedException(
              dir.resolve(path),
              "is missing: "
                  + SitePaths.VERSIONS
                  + SUMS
                  + " records it "
                  + "as released; restore it from version control");
        }
      }
    }
    return out;
  }

  /** True for a path, relative to {@code versions/}, that a release writes. */
  static boolean isReleasedPath(String rel) {
    Matcher m = RELEASED_PATH.matcher(rel);
    return m.matches() && isVersion(m.group(1));
  }

  private static boolean isVersion(String text) {
    try {
      return Version.parse(text).toString().equals(text);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String relative(Path dir, Path p) {
    return dir.relativize(p).toString().replace('\\', '/');
  }

  private static Map<String, String> parseSums(Path file) throws IOException {
    String text = Inputs.readUtf8(file, MAX_FILE_BYTES);
    Map<String, String> sums = new TreeMap<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isEmpty() || line.startsWith("#")) continue;
      Matcher m = SUMS_LINE.matcher(line);
      if (!m.matches() || !isReleasedPath(m.group(2)) || sums.put(m.group(2), m.group(1)) != null) {
        throw new TamperedException(
            Path.of(file + ":" + (i + 1)),
            "is not a line '<sha256>  <version>/<file>' "
                + "of a file a release writes, recorded once");
      }
    }
    return sums;
  }

  static final String WITHOUT_NOTICE_HEADER =
      "# Each archived page carries a notice that it is archived (a robots line, \"(archived)\" in"
          + " its title, an aside\n"
          + "# at the top), added when it was archived; versions released before notices existed"
          + " had it added once,\n"
          + "# by a later build. Without the notice, each page's SHA-256 is (for those versions,"
          + " the one recorded\n"
          + "# at their release):\n";

  /**
   * The record of {@code archived} (site files under {@code versions/}): {@code
   * versions/SHA256SUMS}, with each archived page's SHA-256 without its notice in comment lines
   * (see {@link ArchiveNotice}).
   */
  public static SiteFile record(List<SiteFile> archived) {
    Map<String, String> sums = new TreeMap<>();
    Map<String, String> withoutNotice = new TreeMap<>();
    String prefix = SitePaths.VERSIONS;
    for (SiteFile f : archived) {
      String rel = f.path().substring(prefix.length());
      sums.put(rel, sha256(f.content()));
      if (ArchiveNotice.pageVersion(f.path()) != null && ArchiveNotice.carries(f.content())) {
        withoutNotice.put(rel, sha256(ArchiveNotice.remove(f.content())));
      }
    }
    StringBuilder out = new StringBuilder(SUMS_HEADER);
    sums.forEach((path, sum) -> out.append(sum).append("  ").append(path).append('\n'));
    if (!withoutNotice.isEmpty()) out.append(WITHOUT_NOTICE_HEADER);
    withoutNotice.forEach(
        (path, sum) -> out.append("#   ").append(sum).append("  ").append(path).append('\n'));
    return new SiteFile(prefix + SUMS, out.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /**
   * Each released version's file at {@code path} (relative to its folder, such as {@code
   * manifest.json}) among {@code archive}'s files, by version, oldest first; versions without one
   * are left out.
   */
  public static TreeMap<Version, SiteFile> byVersion(List<SiteFile> archive, String path) {
    TreeMap<Version, SiteFile> out = new TreeMap<>();
    for (SiteFile f : archive) {
      String[] parts = f.path().split("/", 3);
      if (parts.length == 3
          && parts[0].equals(SitePaths.VERSIONS_FOLDER)
          && parts[2].equals(path)
          && isVersion(parts[1])) {
        out.put(Version.parse(parts[1]), f);
      }
    }
    return out;
  }

  /** True for the built files a release copies into its archive. */
  public static boolean isReleased(SiteFile f) {
    return RELEASED_FILES.contains(f.path())
        || f.path().startsWith("assets/")
        || EDITION_FILE.matcher(f.path()).matches();
  }

  /** A page or notice of an edition in another language: {@code fr/index.html}. */
  private static final Pattern EDITION_FILE =
      Pattern.compile("[a-z]{2}/(index\\.html|history\\.html|notice\\.json)");

  /**
   * The archive of {@code version}: copies of the built pages, assets and manifest, and the
   * registry's bytes.
   */
  public static List<SiteFile> of(Version version, List<SiteFile> built, byte[] registry) {
    return of(version, built, registry, List.of());
  }

  /**
   * As above, with the registry's translation files ({@code cookies.fr.yaml}), archived beside it
   * so that a later release compares each translated text with the one released.
   */
  public static List<SiteFile> of(
      Version version, List<SiteFile> built, byte[] registry, List<SiteFile> translations) {
    String prefix = SitePaths.version(version.toString());
    List<SiteFile> out = new ArrayList<>();
    for (SiteFile f : built) {
      if (f.path().equals(SitePaths.HISTORY)) {
        out.add(new SiteFile(prefix + f.path(), fromArchive(f.content())));
      } else if (EDITION_HISTORY.matcher(f.path()).matches()) {
        out.add(new SiteFile(prefix + f.path(), editionFromArchive(f.content())));
      } else if (isReleased(f)) {
        out.add(new SiteFile(prefix + f.path(), f.content()));
      }
    }
    out.add(new SiteFile(prefix + Releases.REGISTRY, registry));
    for (SiteFile t : translations) out.add(new SiteFile(prefix + t.path(), t.content()));
    return out;
  }
}
