package dev.cookiereg.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cookiereg.Build;
import dev.cookiereg.RegistryLoader;
import dev.cookiereg.hostile.Payloads;
import dev.cookiereg.site.SiteFile;
import dev.cookiereg.site.SitePaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile text cannot break the generated init scripts: whatever a registry holds, each script
 * stays one valid JavaScript program (Node parses it) with no {@code </script>}, no raw line
 * separator and no non-ASCII byte, and what it embeds reads back exactly as it was.
 */
class InitScriptInjectionTest {
  @TempDir Path tmp;

  static final String HOSTILE = Payloads.XSS + "\"quotes\" 'single' \\ \u2028 \u2029 é";

  @Test
  void aRegistryWhoseEveryTextIsAPayloadGivesScriptsThatParseAndNeverCloseAScriptElement()
      throws Exception {
    Path registry = tmp.resolve("cookies.yaml");
    Files.writeString(
        registry, Payloads.everyText(Path.of("cookies.yaml"), HOSTILE), StandardCharsets.UTF_8);
    Files.writeString(
        tmp.resolve("CHANGELOG.md"),
        "# History\n\n## [1.0.0] - 2026-04-03\n\n- first\n",
        StandardCharsets.UTF_8);
    List<SiteFile> files =
        Build.of(registry, null, tmp.resolve("site")).render(new RegistryLoader());
    for (String path : List.of(SitePaths.COOKIECONSENT_INIT, SitePaths.KLARO_INIT)) {
      SiteFile file = files.stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow();
      String js = new String(file.content(), StandardCharsets.UTF_8);
      assertSafe(path, js);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"cookieconsent", "klaro"})
  void embeddedValuesReadBackExactlyWhateverTheyHold(String library) throws Exception {
    ObjectNode regions = JsonNodeFactory.instance.objectNode();
    regions.putObject("regions").putArray(HOSTILE).add(HOSTILE);
    regions.putArray("elsewhere").add("</SCRIPT><!--" + HOSTILE);
    ObjectNode notice = JsonNodeFactory.instance.objectNode();
    notice
        .putObject("en")
        .put("title", HOSTILE)
        .put("description", "*/ }); alert(1); /* " + HOSTILE)
        .put("acknowledge", "\u2028");
    String js = InitScript.script(library, regions, notice);

    assertSafe(library, js);
    ObjectMapper mapper = new ObjectMapper();
    assertThat(mapper.readTree(evaluate(js, "REGIONS"))).isEqualTo(regions);
    assertThat(mapper.readTree(evaluate(js, "NOTICE"))).isEqualTo(notice);
  }

  @ParameterizedTest
  @ValueSource(strings = {"cookieconsent", "klaro"})
  void theGpcCategoriesAndLineReadBackExactlyWhateverTheyHold(String library) throws Exception {
    ObjectNode regions = JsonNodeFactory.instance.objectNode();
    regions.putObject("regions");
    regions.putArray("elsewhere");
    ObjectNode notice = JsonNodeFactory.instance.objectNode();
    notice.putObject("en").put("title", "t").put("description", "d").put("acknowledge", "a");
    ObjectNode gpc = JsonNodeFactory.instance.objectNode();
    gpc.putArray("categories").add("</script>" + HOSTILE);
    gpc.putObject("honoured").put("en", "*/ }); alert(1); /* " + HOSTILE);
    String js = InitScript.script(library, regions, notice, gpc);

    assertSafe(library, js);
    assertThat(new ObjectMapper().readTree(evaluate(js, "GPC"))).isEqualTo(gpc);
  }

  private void assertSafe(String what, String js) throws Exception {
    assertThat(js.toLowerCase(Locale.ROOT))
        .as(what)
        .doesNotContain("</script")
        .doesNotContain("<!--");
    assertThat(js.chars().allMatch(c -> c < 0x80)).as("%s is ASCII", what).isTrue();
    Path file = tmp.resolve("check.js");
    Files.writeString(file, js, StandardCharsets.UTF_8);
    assertThat(node("--check", file.toString())).as("node --check %s", what).isEmpty();
  }

  /** The constant's value, as Node reads its line of the script. */
  private String evaluate(String js, String constant) throws Exception {
    String line =
        js.lines().filter(l -> l.startsWith("  var " + constant + " = ")).findFirst().orElseThrow();
    Path file = tmp.resolve(constant + ".js");
    Files.writeString(
        file,
        line + "\nprocess.stdout.write(JSON.stringify(" + constant + "));\n",
        StandardCharsets.UTF_8);
    return node(file.toString());
  }

  private static String node(String... args) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of("node"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("node %s: %s", String.join(" ", args), out).isZero();
    return out;
  }
}
