package dev.cookiereg.site;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * One file of the generated site: its path relative to the site root ({@code banner/klaro.json})
 * and its bytes. Immutable: the bytes are copied in and out, except by the writer, which streams
 * them.
 */
public final class SiteFile {
  private final String path;
  private final byte[] content;

  /** A file with a copy of {@code content}. */
  public SiteFile(String path, byte[] content) {
    this(Objects.requireNonNull(content, "content").clone(), path);
  }

  /** Takes {@code content} as it is: callers hand over an array nobody else holds. */
  private SiteFile(byte[] content, String path) {
    Objects.requireNonNull(path, "path");
    if (path.isEmpty()
        || path.startsWith("/")
        || path.contains("\\")
        || Arrays.asList(path.split("/")).contains("..")) {
      throw new IllegalArgumentException("not a relative site path: " + path);
    }
    this.path = path;
    this.content = content;
  }

  /**
   * A file that takes ownership of {@code content}: the caller must not change the array
   * afterwards.
   */
  public static SiteFile owning(String path, byte[] content) {
    return new SiteFile(content, path);
  }

  public String path() {
    return path;
  }

  /** A copy of the bytes. */
  public byte[] content() {
    return content.clone();
  }

  /** Writes the bytes to {@code out} without copying them. */
  public void writeTo(OutputStream out) throws IOException {
    out.write(content);
  }

  /** True when {@code bytes} equal the content. */
  public boolean hasContent(byte[] bytes) {
    return Arrays.equals(content, bytes);
  }

  public int size() {
    return content.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SiteFile f && f.path.equals(path) && Arrays.equals(f.content, content);
  }

  @Override
  public int hashCode() {
    return 31 * path.hashCode() + Arrays.hashCode(content);
  }

  @Override
  public String toString() {
    return path + " (" + content.length + " bytes)";
  }
}
