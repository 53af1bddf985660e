package dev.cookiereg.render;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * One file of the generated site: its path relative to the site root ({@code banner/klaro.json}) and its bytes.
 */
public record SiteFile(String path, byte[] content) {
  public SiteFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(content, "content");
    if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || Arrays.asList(path.split("/")).contains("..")) {
      throw new IllegalArgumentException("not a relative site path: " + path);
    }
    content = content.clone();
  }

  public static SiteFile text(String path, String content) {
    return new SiteFile(path, content.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public byte[] content() {
    return content.clone();
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
