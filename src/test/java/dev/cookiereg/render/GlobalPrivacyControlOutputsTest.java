package dev.cookiereg.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cookiereg.Build;
import dev.cookiereg.RegistryLoader;
import dev.cookiereg.site.SiteFile;
import dev.cookiereg.site.SitePaths;
import dev.cookiereg.write.SiteWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a registry's Global Privacy Control facts publish besides the banners: {@code
 * .well-known/gpc.json} exactly when the policy honours GPC, and the policy's DNT/GPC section
 * filled from the facts in the registry's own words. The registry is {@code registries/gpc.yaml}:
 * AdNet and Pixel Co sell or share (marketing), Stats Inc honours GPC but sells nothing
 * (analytics), and the policy promises GPC for every provider.
 */
class GlobalPrivacyControlOutputsTest {
  static final Path GPC = Path.of("src/test/resources/registries/gpc.yaml");

  static final String POLICY_WIDE = "  status: active\n  honoursGlobalPrivacyControl: true\n";

  static final String GPC_CLAUSE =
      "      - clause: >-\n          We share data collected through {gpc.selling}";

  @TempDir Path tmp;

  private List<SiteFile> render(String yaml) throws Exception {
    Path dir = Files.createTempDirectory(tmp, "project");
    Files.writeString(dir.resolve("cookies.yaml"), yaml, StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("CHANGELOG.md"),
        "# History\n\n## [1.0.0] - 2026-01-01\n\n- first\n",
        StandardCharsets.UTF_8);
    return Build.of(dir.resolve("cookies.yaml"), null, dir.resolve("site"))
        .render(new RegistryLoader());
  }

  private static Optional<String> file(List<SiteFile> files, String path) {
    return files.stream()
        .filter(f -> f.path().equals(path))
        .findFirst()
        .map(f -> new String(f.content(), StandardCharsets.UTF_8));
  }

  private static String gpcYaml() throws Exception {
    return Files.readString(GPC, StandardCharsets.UTF_8);
  }

  /** The registry without its GPC clause, whose placeholders need GPC to be honoured. */
  private static String withoutGpcClause(String yaml) {
    int at = yaml.indexOf(GPC_CLAUSE);
    assertThat(at).as("the GPC clause").isPositive();
    return yaml.substring(0, at);
  }

  private static String edit(String yaml, String find, String replace) {
    assertThat(yaml).contains(find);
    return yaml.replace(find, replace);
  }

  @Test
  void aPolicyThatHonoursGpcPublishesGpcJsonDatedByItsLastUpdate() throws Exception {
    List<SiteFile> files = render(gpcYaml());

    assertThat(file(files, SitePaths.GPC_SUPPORT))
        .hasValue("{\n  \"gpc\": true,\n  \"lastUpdate\": \"2026-02-14\"\n}\n");
    assertThat(SitePaths.GPC_SUPPORT).isEqualTo(".well-known/gpc.json");
  }

  @Test
  void gpcJsonIsByteStableAcrossBuilds() throws Exception {
    assertThat(file(render(gpcYaml()), SitePaths.GPC_SUPPORT))
        .isEqualTo(file(render(gpcYaml()), SitePaths.GPC_SUPPORT));
  }

  @Test
  void aProviderThatSellsAndPromisesGpcItselfIsEnoughForGpcJson() throws Exception {
    String yaml =
        edit(
            edit(gpcYaml(), POLICY_WIDE, "  status: active\n"),
            "    sellsOrShares: true\n  - id: pixel\n",
            "    sellsOrShares: true\n    honoursGlobalPrivacyControl: true\n  - id: pixel\n");

    assertThat(file(render(yaml), SitePaths.GPC_SUPPORT)).isPresent();
  }

  @Test
  void noPromiseMeansNoGpcJson() throws Exception {
    String yaml = withoutGpcClause(edit(gpcYaml(), POLICY_WIDE, "  status: active\n"));

    assertThat(file(render(yaml), SitePaths.GPC_SUPPORT)).isEmpty();
  }

  @Test
  void aProviderThatHonoursGpcButSellsNothingIsNoPromiseOfThePolicy() throws Exception {
    String yaml =
        withoutGpcClause(
            edit(gpcYaml(), POLICY_WIDE, "  status: active\n")
                .replace("    sellsOrShares: true\n", ""));
    assertThat(yaml).contains("    honoursGlobalPrivacyControl: true\n");

    assertThat(file(render(yaml), SitePaths.GPC_SUPPORT)).isEmpty();
  }

  @Test
  void aktoksRegistryStatesNoGpcPromiseAndPublishesNoGpcJson() throws Exception {
    String yaml = Files.readString(Path.of("cookies.yaml"), StandardCharsets.UTF_8);

    assertThat(file(render(yaml), SitePaths.GPC_SUPPORT)).isEmpty();
  }

  @Test
  void theDntSectionGetsTheGpcFactsInTheRegistrysWords() throws Exception {
    Document page = Jsoup.parse(file(render(gpcYaml()), SitePaths.POLICY).orElseThrow());

    assertThat(page.select("#do-not-track p").eachText())
        .containsExactly(
            "Stats Inc honours Do Not Track signals; AdNet, Pixel Co do not.",
            "We share data collected through AdNet and Pixel Co for cross-context behavioural"
                + " advertising. When your browser sends a Global Privacy Control signal, we treat"
                + " it as your request to opt out of that sale or sharing: AdNet and Pixel Co"
                + " receive nothing, and Marketing Cookies stay off.");
  }

  @Test
  void withoutThePolicyWidePromiseTheSectionNamesOnlyTheProvidersThatPromiseGpc() throws Exception {
    String yaml =
        edit(
            edit(gpcYaml(), POLICY_WIDE, "  status: active\n"),
            "    sellsOrShares: true\ncookies:\n",
            "    sellsOrShares: true\n    honoursGlobalPrivacyControl: true\ncookies:\n");
    Document page = Jsoup.parse(file(render(yaml), SitePaths.POLICY).orElseThrow());

    assertThat(page.select("#do-not-track p").eachText().get(1))
        .contains("collected through AdNet and Pixel Co for")
        .contains("sale or sharing: Pixel Co receive nothing, and Marketing Cookies stay off.");
  }

  @Test
  void theSiteWriterKeepsAndRemovesTheWellKnownFolderLikeAnyOther() throws Exception {
    Path site = tmp.resolve("site");
    SiteWriter.write(site, render(gpcYaml()));
    assertThat(site.resolve(".well-known/gpc.json")).exists();
    assertThat(Files.readString(site.resolve(".cookiereg-site"))).contains(".well-known/gpc.json");

    SiteWriter.write(
        site, render(withoutGpcClause(edit(gpcYaml(), POLICY_WIDE, "  status: active\n"))));

    assertThat(site.resolve(".well-known/gpc.json")).doesNotExist();
    assertThat(Files.readString(site.resolve(".cookiereg-site")))
        .doesNotContain(".well-known/gpc.json");
  }
}
