package dev.cookiereg.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cookiereg.RegistryLoader;
import dev.cookiereg.diff.Change;
import dev.cookiereg.diff.Level;
import dev.cookiereg.diff.RegistryDiff;
import dev.cookiereg.manifest.Manifest;
import dev.cookiereg.model.Cookie;
import dev.cookiereg.model.Registry;
import dev.cookiereg.release.ConsentRevisions;
import dev.cookiereg.site.SitePaths;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The consent platform's own cookie and the manifest's consent block: on the committed registry,
 * and on {@code consent/library.yaml}, a registry that names its banner library and defines a
 * region of its own.
 */
class ConsentBlockTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Path FIXTURE = Path.of("src/test/resources/consent/library.yaml");
  static final RegistryLoader LOADER = new RegistryLoader();

  static Registry load(String name, String yaml) throws Exception {
    return LOADER.load(name, yaml.getBytes(StandardCharsets.UTF_8)).registry();
  }

  static String fixture(String library) throws Exception {
    return Files.readString(FIXTURE)
        .replace("library: vanilla-cookieconsent", "library: " + library);
  }

  static RenderContext context(Registry r) {
    return RenderContext.of(r, null, "", LOADER.schema().schemaJson(), null);
  }

  static JsonNode render(Renderer renderer, RenderContext context) throws Exception {
    return JSON.readTree(renderer.render(context).get(0).content());
  }

  @Test
  void aDeclaredLibrarysCookieIsAnEssentialCookieOfTheControllersOwnProvider() throws Exception {
    Registry r = load("library.yaml", fixture("vanilla-cookieconsent"));

    Cookie cc = r.cookies().get(r.cookies().size() - 1);
    assertThat(cc.id()).isEqualTo("cc_cookie");
    assertThat(cc.name()).isEqualTo("cc_cookie");
    assertThat(cc.category()).isEqualTo("essential");
    // the first provider is first-party but self-hosted (a tool): the site's own is 'example'
    assertThat(cc.provider()).isEqualTo("example");
    assertThat(cc.domain()).isNull();
    assertThat(cc.retention().iso()).isEqualTo("P182D");
    assertThat(cc.retention().display()).isEqualTo("182 days");
    assertThat(cc.purpose()).startsWith("Stores your cookie consent choices");
  }

  @Test
  void klarosCookieIsThePatternOfItsStorageNameAtEveryRevision() throws Exception {
    Registry r = load("library.yaml", fixture("klaro"));

    Cookie klaro = r.cookies().get(r.cookies().size() - 1);
    assertThat(klaro.id()).isEqualTo("klaro");
    assertThat(klaro.name()).isEqualTo("klaro-v*");
    assertThat(klaro.matches("klaro-v1")).isTrue();
    assertThat(klaro.matches("klaro-v12")).isTrue();
    JsonNode config = render(new KlaroRenderer(), context(r));
    assertThat(klaro.matches(config.get("storageName").asText())).isTrue();
  }

  @Test
  void aRegistryWithoutALibraryDeclaresNoConsentCookie() throws Exception {
    Registry r =
        load(
            "library.yaml",
            fixture("vanilla-cookieconsent").replace("  library: vanilla-cookieconsent\n", ""));

    assertThat(r.cookies()).extracting(Cookie::id).doesNotContain("cc_cookie", "klaro");
    assertThat(ManifestRenderer.manifest(context(r)).consent().cookie()).isNull();
  }

  @Test
  void anEditorDeclaredCookieOfTheSameNameWins() throws Exception {
    String yaml =
        fixture("vanilla-cookieconsent")
            .replace(
                "sections:",
                """
                  - name: cc_cookie
                    provider: example
                    category: essential
                    purpose: Remembers your consent choices
                    duration: P6M
                sections:""");
    Registry r = load("library.yaml", yaml);

    List<Cookie> cc = r.cookies().stream().filter(c -> "cc_cookie".equals(c.name())).toList();
    assertThat(cc).hasSize(1);
    assertThat(cc.get(0).retention().iso()).isEqualTo("P6M");
    assertThat(cc.get(0).purpose()).isEqualTo("Remembers your consent choices");
  }

  @ParameterizedTest
  @ValueSource(strings = {"vanilla-cookieconsent", "klaro"})
  void theBannersSettingIsTheLifetimeTheCookieDeclares(String library) throws Exception {
    RenderContext context = context(load("library.yaml", fixture(library)));
    Manifest manifest = ManifestRenderer.manifest(context);
    JsonNode written = JSON.readTree(Json.write(manifest));
    String id = manifest.consent().cookie().id();
    JsonNode declared = null;
    for (JsonNode c : written.get("cookies")) if (c.get("id").asText().equals(id)) declared = c;

    long days =
        library.equals("klaro")
            ? render(new KlaroRenderer(), context).get("cookieExpiresAfterDays").asLong()
            : render(new CookieConsentRenderer(), context)
                .get("cookie")
                .get("expiresAfterDays")
                .asLong();

    assertThat(declared).as("the cookie %s under cookies", id).isNotNull();
    assertThat(declared.get("category").asText()).isEqualTo("essential");
    assertThat(declared.get("duration").get("seconds").asLong()).isEqualTo(days * 86_400);
    assertThat(manifest.consent().cookie().lifetimeDays()).isEqualTo(days);
    assertThat(manifest.consent().cookie().seconds()).isEqualTo(days * 86_400);
    assertThat(manifest.consent().library()).isEqualTo(library);
    assertThat(manifest.consentPlatform().library()).isEqualTo(library);
  }

  @Test
  void theCommittedBannerConfigsSetTheLifetimeTheLibraryCookieWouldDeclare() throws Exception {
    JsonNode cookieconsent = JSON.readTree(Path.of("site", SitePaths.COOKIECONSENT).toFile());
    JsonNode klaro = JSON.readTree(Path.of("site", SitePaths.KLARO).toFile());
    Registry vanilla = load("library.yaml", fixture("vanilla-cookieconsent"));
    Registry klaroRegistry = load("library.yaml", fixture("klaro"));

    assertThat(cookieconsent.get("cookie").get("name").asText()).isEqualTo("cc_cookie");
    assertThat(cookieconsent.get("cookie").get("expiresAfterDays").asLong() * 86_400)
        .isEqualTo(consentCookie(vanilla, "cc_cookie").retention().maxSeconds());
    assertThat(klaro.get("cookieExpiresAfterDays").asLong() * 86_400)
        .isEqualTo(consentCookie(klaroRegistry, "klaro").retention().maxSeconds());
  }

  static Cookie consentCookie(Registry r, String id) {
    return r.cookies().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void declaringTheLibraryIsACookieAddedToTheRequiredCategory() throws Exception {
    String yaml = fixture("vanilla-cookieconsent");
    Registry before = load("before.yaml", yaml.replace("  library: vanilla-cookieconsent\n", ""));
    Registry after = load("after.yaml", yaml);

    List<Change> changes = RegistryDiff.compare(before, after).changes();

    assertThat(changes).extracting(c -> c.rule().id()).containsExactly("cookie-added");
    assertThat(changes.get(0).subject()).isEqualTo("cookie:cc_cookie");
    assertThat(changes.get(0).level()).isEqualTo(Level.MATERIAL);
    assertThat(changes.get(0).categories()).extracting(c -> c.id()).containsExactly("essential");
  }

  @Test
  void bannerServiceIdsAreProviderAndCategoryInBothBannersAndTheManifest() throws Exception {
    RenderContext context = context(load("library.yaml", fixture("klaro")));
    Manifest.Consent consent = ManifestRenderer.manifest(context).consent();

    TreeSet<String> klaro = new TreeSet<>();
    render(new KlaroRenderer(), context)
        .get("services")
        .forEach(s -> klaro.add(s.get("name").asText()));
    TreeSet<String> cookieconsent = new TreeSet<>();
    render(new CookieConsentRenderer(), context)
        .get("categories")
        .forEach(c -> c.get("services").fieldNames().forEachRemaining(cookieconsent::add));
    TreeSet<String> manifest =
        consent.services().stream()
            .map(Manifest.BannerService::id)
            .collect(Collectors.toCollection(TreeSet::new));

    // 'example' has cookies in one category only, yet its service names the category: giving it
    // a second category never renames the first
    assertThat(manifest)
        .containsExactly(
            "example-essential", "example-functional", "stats-analytics", "stats-functional");
    assertThat(klaro).isEqualTo(manifest);
    assertThat(cookieconsent).isEqualTo(manifest);
    for (Manifest.BannerService s : consent.services()) {
      assertThat(s.id()).isEqualTo(s.provider() + "-" + s.category());
    }
    assertThat(consent.services().get(0).cookies()).containsExactly("session", "klaro");
  }

  @Test
  void regionsAreIsoCodesWithTheEeaAsItsMembersAndTheUkAsGb() throws Exception {
    Manifest.Consent consent =
        ManifestRenderer.manifest(MachineOutputsTest.seedContext()).consent();
    Map<String, List<String>> regions =
        consent.regions().stream()
            .collect(Collectors.toMap(Manifest.Region::code, Manifest.Region::countries));

    assertThat(regions.get("EEA"))
        .hasSize(30)
        .contains("DE", "FR", "GR", "IE", "IS", "LI", "NO")
        .doesNotContain("GB", "CH", "EL", "UK");
    assertThat(regions.get("UK")).containsExactly("GB");
    // defined by the registry under regions
    assertThat(regions.get("OTHER-OPT-IN")).containsExactly("CA-QC");
  }

  @Test
  void outsideTheListedRegionsTheBannerOnlyInformsAndGrantsByDefault() throws Exception {
    Manifest.Consent consent =
        ManifestRenderer.manifest(MachineOutputsTest.seedContext()).consent();

    assertThat(consent.elsewhere().banner()).isEqualTo("notice");
    assertThat(consent.elsewhere().askConsentFor()).isEmpty();
    assertThat(consent.elsewhere().countries()).isNull();
    Manifest.ConsentModeState last =
        consent.consentModeDefaults().get(consent.consentModeDefaults().size() - 1);
    assertThat(last.region()).isNull();
    assertThat(last.analyticsStorage()).isEqualTo("granted");
    assertThat(last.adStorage()).isEqualTo("granted");
  }

  @Test
  void inTheEeaAndUkEveryConsentCategoryIsDeniedUntilAcceptedAndSecurityIsGranted()
      throws Exception {
    Manifest.Consent consent =
        ManifestRenderer.manifest(MachineOutputsTest.seedContext()).consent();

    Manifest.Jurisdiction eea = consent.jurisdictions().get(0);
    assertThat(eea.regions()).containsExactly("EEA", "UK");
    assertThat(eea.countries()).contains("GB", "DE").hasSize(31);
    assertThat(eea.banner()).isEqualTo("consent");
    assertThat(eea.askConsentFor()).containsExactly("functional", "analytics", "marketing");
    Manifest.ConsentModeState defaults = consent.consentModeDefaults().get(0);
    assertThat(defaults.region()).isEqualTo(eea.countries());
    assertThat(
            List.of(
                defaults.adStorage(),
                defaults.adUserData(),
                defaults.adPersonalization(),
                defaults.analyticsStorage(),
                defaults.functionalityStorage(),
                defaults.personalizationStorage()))
        .containsOnly("denied");
    assertThat(defaults.securityStorage()).isEqualTo("granted");
  }

  @Test
  void acceptingACategoryGrantsExactlyItsConsentModeTypes() throws Exception {
    JsonNode written =
        JSON.readTree(Json.write(ManifestRenderer.manifest(MachineOutputsTest.seedContext())));
    Map<String, JsonNode> updates =
        byId(written.get("consent").get("categories"), c -> c.get("consentModeUpdate"));

    assertThat(updates.get("marketing").toString())
        .isEqualTo(
            "{\"ad_storage\":\"granted\",\"ad_user_data\":\"granted\",\"ad_personalization\":\"granted\"}");
    assertThat(updates.get("analytics").toString())
        .isEqualTo("{\"analytics_storage\":\"granted\"}");
    assertThat(updates.get("essential").toString()).isEqualTo("{\"security_storage\":\"granted\"}");
  }

  @Test
  void aSubdivisionAsksWhatItsCountryAsksAndARegistryRegionStandsForItsCountries()
      throws Exception {
    Manifest.Consent consent =
        ManifestRenderer.manifest(context(load("library.yaml", fixture("vanilla-cookieconsent"))))
            .consent();
    Map<String, Manifest.Jurisdiction> byCountry = new java.util.HashMap<>();
    consent.jurisdictions().forEach(j -> j.countries().forEach(c -> byCountry.put(c, j)));

    assertThat(consent.regions())
        .filteredOn(g -> g.code().equals("OTHER-OPT-IN"))
        .singleElement()
        .satisfies(
            g -> {
              assertThat(g.countries()).containsExactly("CA-QC");
              assertThat(g.title()).isEqualTo("Other jurisdictions that mandate opt-in consent");
            });
    assertThat(byCountry.get("CA").countries()).containsExactly("CA");
    assertThat(byCountry.get("CA").askConsentFor()).containsExactly("functional");
    // Québec asks what Canada asks (functional) and what OTHER-OPT-IN asks (analytics): as the EEA
    assertThat(byCountry.get("CA-QC").askConsentFor()).containsExactly("functional", "analytics");
    assertThat(byCountry.get("CA-QC")).isSameAs(byCountry.get("AT"));
    assertThat(byCountry.get("CA-QC").regions()).containsExactly("EEA", "UK", "OTHER-OPT-IN");
    assertThat(consent.jurisdictions()).hasSize(2);
    assertThat(consent.consentModeDefaults())
        .filteredOn(d -> List.of("CA").equals(d.region()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.functionalityStorage()).isEqualTo("denied");
              assertThat(d.analyticsStorage()).isEqualTo("granted");
              // no category governs ad storage: never granted by default
              assertThat(d.adStorage()).isEqualTo("denied");
            });
  }

  @Test
  void aCategoryAskedAgainCarriesTheRevisionOfThatReleaseAndTheOthersTheirFirst() throws Exception {
    String v1 = fixture("vanilla-cookieconsent");
    String v2 =
        v1.replace("version: 1.0.0", "version: 2.0.0")
            .replace(
                "sections:",
                """
                  - name: _st_new
                    provider: stats
                    category: analytics
                    purpose: Counts returning visits
                    duration: P1Y
                sections:""");
    String v3 =
        v2.replace("version: 2.0.0", "version: 3.0.0")
            .replace(
                "sections:",
                """
                  - name: _st_more
                    provider: stats
                    category: analytics
                    purpose: Counts more
                    duration: P1Y
                sections:""")
            .replace("description: Remember your choices.", "description: Remembers your choices.");

    ConsentRevisions revisions =
        ConsentRevisions.over(
            List.of(load("v1.yaml", v1), load("v2.yaml", v2), load("v3.yaml", v3)));

    assertThat(revisions.byCategory())
        .containsEntry("essential", 1)
        .containsEntry("functional", 1)
        .containsEntry("analytics", 3);
    assertThat(
            ConsentRevisions.over(List.of(load("v1.yaml", v1), load("v2.yaml", v2))).byCategory())
        .containsEntry("analytics", 2)
        .containsEntry("functional", 1);
  }

  @Test
  void theCommittedManifestsCategoriesCarryTheRevisionOfTheReleaseThatLastAskedThem()
      throws Exception {
    JsonNode manifest = JSON.readTree(Path.of("site", SitePaths.MANIFEST).toFile());
    Map<String, JsonNode> revisions =
        byId(manifest.get("consent").get("categories"), c -> c.get("revision"));

    // 2.0.0 added the consent cookie to essential (a cookie added asks its category again); the
    // other categories are as 1.0.0 asked them
    assertThat(manifest.at("/policy/bannerRevision").asInt()).isEqualTo(2);
    assertThat(revisions)
        .containsOnlyKeys("essential", "functional", "analytics", "marketing")
        .hasEntrySatisfying("essential", v -> assertThat(v.asInt()).isEqualTo(2))
        .hasEntrySatisfying("functional", v -> assertThat(v.asInt()).isEqualTo(1))
        .hasEntrySatisfying("analytics", v -> assertThat(v.asInt()).isEqualTo(1))
        .hasEntrySatisfying("marketing", v -> assertThat(v.asInt()).isEqualTo(1));
  }

  static Map<String, JsonNode> byId(JsonNode items, Function<JsonNode, JsonNode> value) {
    Map<String, JsonNode> out = new java.util.LinkedHashMap<>();
    items.forEach(i -> out.put(i.get("id").asText(), value.apply(i)));
    return out;
  }
}
