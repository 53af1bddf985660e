package dev.cookiereg.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cookiereg.Build;
import dev.cookiereg.RegistryLoader;
import dev.cookiereg.cli.Cli;
import dev.cookiereg.cli.ExitCodes;
import dev.cookiereg.site.PublicUrls;
import dev.cookiereg.site.SitePaths;
import dev.cookiereg.write.SiteWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The policy's public address ({@code policy.url}): what readers outside the site's folder are
 * given — a banner on any page of the website, an e-mail, a search engine, a link preview — is
 * absolute; links between the site's own pages stay relative.
 */
class PublicAddressTest {
  static final Path SEED = Path.of("cookies.yaml");
  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path tmp;

  private Path build(String yaml, Path templates) throws Exception {
    Path registry = tmp.resolve("cookies.yaml");
    Files.writeString(registry, yaml, StandardCharsets.UTF_8);
    Path site = tmp.resolve("site");
    SiteWriter.write(site, Build.of(registry, templates, site).render(new RegistryLoader()));
    return site;
  }

  private static String seedWithUrl(String url) throws IOException {
    String yaml = Files.readString(SEED);
    assertThat(yaml).containsPattern("(?m)^  url: https://");
    return url == null
        ? yaml.replaceFirst("(?m)^  url: .*\\n", "")
        : yaml.replaceFirst("(?m)^  url: .*$", "  url: " + url);
  }

  private static Document page(Path site, String path) throws IOException {
    return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
  }

  private static JsonNode json(Path site, String path) throws IOException {
    return JSON.readTree(site.resolve(path).toFile());
  }

  @Test
  void bannersAndTheNoticeLinkThePublishedPolicySoEveryPageOfTheWebsiteReachesIt()
      throws Exception {
    Path site = build(seedWithUrl("https://example.org/legal/cookies/"), null);

    assertThat(json(site, SitePaths.BANNER_CATEGORIES).get("policyUrl").asText())
        .isEqualTo("https://example.org/legal/cookies/");
    JsonNode klaro = json(site, SitePaths.KLARO).get("translations");
    // each language links the policy in that language: the French edition is beside it, in fr/
    klaro
        .fields()
        .forEachRemaining(
            words ->
                assertThat(words.getValue().get("privacyPolicyUrl").asText())
                    .as(words.getKey())
                    .isEqualTo(
                        words.getKey().equals("fr")
                            ? "https://example.org/legal/cookies/fr/index.html"
                            : "https://example.org/legal/cookies/"));
    String footer =
        json(site, SitePaths.COOKIECONSENT)
            .at("/language/translations/en/consentModal/footer")
            .asText();
    assertThat(Jsoup.parse(footer).select("a").attr("href"))
        .isEqualTo("https://example.org/legal/cookies/");
    JsonNode links = json(site, SitePaths.NOTICE).get("links");
    assertThat(links.get("policy").asText()).isEqualTo("https://example.org/legal/cookies/");
    assertThat(links.get("history").asText())
        .isEqualTo("https://example.org/legal/cookies/history.html");
    assertThat(json(site, SitePaths.MANIFEST).at("/policy/url").asText())
        .isEqualTo("https://example.org/legal/cookies/");
  }

  @Test
  void eachPageNamesItsOwnPublicAddressAndDescribesItselfForSearchAndLinkPreviews()
      throws Exception {
    Path site = build(seedWithUrl("https://example.org/legal/cookies/"), null);

    Document policy = page(site, SitePaths.POLICY);
    assertThat(policy.select("link[rel=canonical]").attr("href"))
        .isEqualTo("https://example.org/legal/cookies/");
    assertThat(policy.select("meta[property=og:url]").attr("content"))
        .isEqualTo("https://example.org/legal/cookies/");
    assertThat(policy.select("meta[property=og:title]").attr("content")).isEqualTo(policy.title());
    assertThat(policy.select("meta[name=description]").attr("content"))
        .isEqualTo(policy.select("meta[property=og:description]").attr("content"))
        .isEqualTo(policy.select("p.subtitle").text());

    Document history = page(site, SitePaths.HISTORY);
    assertThat(history.select("link[rel=canonical]").attr("href"))
        .isEqualTo("https://example.org/legal/cookies/history.html");
    assertThat(history.select("meta[name=description]").attr("content")).contains("Cookie Policy");
    // between the site's own pages, links stay relative: the site works wherever it is served
    assertThat(history.select("a[href=index.html]")).isNotEmpty();
    assertThat(policy.select("a[href=history.html]")).isNotEmpty();
  }

  @Test
  void withoutAnAddressPagesClaimNoneAndEveryLinkStaysInsideTheSite() throws Exception {
    String yaml = seedWithUrl(null).replaceFirst("(?m)^  library: vanilla-cookieconsent\\n", "");
    Path site = build(yaml, null);

    for (String path : new String[] {SitePaths.POLICY, SitePaths.HISTORY}) {
      Document d = page(site, path);
      assertThat(d.select("link[rel=canonical], meta[property=og:url]")).as(path).isEmpty();
      assertThat(d.select("meta[name=description]").attr("content")).as(path).isNotBlank();
    }
    assertThat(json(site, SitePaths.NOTICE).at("/links/history").asText())
        .isEqualTo(SitePaths.HISTORY);
    assertThat(json(site, SitePaths.BANNER_CATEGORIES).get("policyUrl").asText())
        .isEqualTo(SitePaths.POLICY);
  }

  @Test
  void aFaviconTheRegistryNamesIsLinkedFromEveryPageAndPublishedWithTheAssets() throws Exception {
    Path templates = tmp.resolve("templates");
    copy(Path.of("templates"), templates);
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};
    Files.write(templates.resolve("assets/icon.png"), png);
    String yaml =
        seedWithUrl("https://example.org/legal/cookies/")
            .replaceFirst("(?m)^(  url: .*)$", "$1\n  favicon: assets/icon.png");

    Path site = build(yaml, templates);

    for (String path : new String[] {SitePaths.POLICY, SitePaths.HISTORY}) {
      var icon = page(site, path).select("link[rel=icon]");
      assertThat(icon.attr("href")).as(path).isEqualTo("assets/icon.png");
      assertThat(icon.attr("type")).as(path).isEqualTo("image/png");
    }
    assertThat(Files.readAllBytes(site.resolve("assets/icon.png"))).isEqualTo(png);
  }

  @Test
  void aFaviconMissingFromTheAssetsFailsTheBuildInOneLineAndLeavesTheSiteAsItWas()
      throws Exception {
    Path registry = tmp.resolve("cookies.yaml");
    Files.writeString(registry, seedWithUrl("https://example.org/legal/cookies/"));
    Path site = tmp.resolve("site");
    assertThat(Cli.run("build", registry.toString(), "--out", site.toString()).exitCode())
        .isEqualTo(ExitCodes.OK);
    byte[] before = Files.readAllBytes(site.resolve(SitePaths.POLICY));
    Files.writeString(
        registry,
        Files.readString(registry)
            .replaceFirst("(?m)^(  url: .*)$", "$1\n  favicon: assets/missing.svg"));

    Cli result = Cli.run("build", registry.toString(), "--out", site.toString());

    assertThat(result.exitCode()).isNotEqualTo(ExitCodes.OK);
    assertThat(result.err().strip().lines())
        .singleElement()
        .asString()
        .contains("policy.favicon")
        .contains("assets/missing.svg")
        .doesNotContain("Exception");
    assertThat(Files.readAllBytes(site.resolve(SitePaths.POLICY))).isEqualTo(before);
  }

  @Test
  void theSitesOtherPagesLieBesideThePolicysAddressAsABrowserResolvesThem() {
    assertThat(PublicUrls.of("https://a.example/legal/cookies/", "history.html"))
        .isEqualTo("https://a.example/legal/cookies/history.html");
    assertThat(PublicUrls.of("https://a.example/legal/cookies.html", "history.html"))
        .isEqualTo("https://a.example/legal/history.html");
    assertThat(PublicUrls.of("https://a.example/legal/cookies/", SitePaths.POLICY))
        .isEqualTo("https://a.example/legal/cookies/");
    assertThat(PublicUrls.of("https://a.example/x/", "versions/2.0.0/index.html"))
        .isEqualTo("https://a.example/x/versions/2.0.0/index.html");
    assertThat(PublicUrls.of(null, "history.html")).isEqualTo("history.html");
    assertThat(PublicUrls.of("javascript:alert(1)//", "history.html")).isEqualTo("history.html");
    assertThat(PublicUrls.isUnambiguous("https://a.example/legal/cookies")).isFalse();
    assertThat(PublicUrls.isUnambiguous("https://a.example")).isTrue();
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(target);
        else Files.copy(p, target);
      }
    }
  }
}
