package dev.cookiereg.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cookiereg.site.SiteFile;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in assets are read from the jar the tool runs from (the unit tests themselves run from
 * folders).
 */
class AssetsRendererTest {
  @TempDir Path tmp;

  @Test
  void the_assets_folder_of_a_jar_is_copied_sorted_with_nothing_else() throws Exception {
    Path jar = tmp.resolve("with space.jar");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
      entry(zip, "cookiereg/templates/assets/", null);
      entry(zip, "cookiereg/templates/assets/z.css", "z");
      entry(zip, "cookiereg/templates/assets/img/a.svg", "<svg/>");
      entry(zip, "cookiereg/templates/policy.ftlh", "not an asset");
      entry(zip, "cookiereg/templates/assets-old/x.css", "not in the folder");
    }
    for (String folder : List.of("cookiereg/templates/assets", "cookiereg/templates/assets/")) {
      URI uri = URI.create("jar:" + jar.toUri() + "!/" + folder);
      List<SiteFile> files = AssetsRenderer.copyFromJar(uri);
      assertThat(files)
          .extracting(SiteFile::path)
          .containsExactly("assets/img/a.svg", "assets/z.css");
      assertThat(new String(files.get(1).content(), StandardCharsets.UTF_8)).isEqualTo("z");
    }
  }

  private static void entry(ZipOutputStream zip, String name, String content) throws Exception {
    zip.putNextEntry(new ZipEntry(name));
    if (content != null) {
      OutputStream out = zip;
      out.write(content.getBytes(StandardCharsets.UTF_8));
    }
    zip.closeEntry();
  }
}
