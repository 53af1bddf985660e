package dev.cookiereg.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cookiereg.RegistryLoader;
import dev.cookiereg.diagnostic.RegistryException;
import dev.cookiereg.testing.SeedProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The committed {@code cookies.yaml} holds the published policy fact by fact: every row of the
 * seed's tables, every provider and technology it names. The rows are read from the seed text, not
 * retyped here.
 */
class SeedRegistryTest {
  static final Path SEED = Path.of("src/test/resources/seed/cookie-policy-1.0.0.txt");
  static Registry registry;

  /** The registry as version 1.0.0 released it, which the seed is. */
  static Registry releasedSince;

  static List<String> seed;

  @BeforeAll
  static void load() throws RegistryException, IOException {
    // the committed registry stated as the seed's version and dates (the seed is version 1.0.0)
    registry =
        new RegistryLoader()
            .load("cookies.yaml", SeedProject.registry().getBytes(StandardCharsets.UTF_8))
            .registry();
    releasedSince =
        new RegistryLoader()
            .loadForComparison(
                "site/versions/1.0.0/cookies.yaml",
                Files.readAllBytes(Path.of("site/versions/1.0.0/cookies.yaml")))
            .registry();
    seed = Files.readAllLines(SEED, StandardCharsets.UTF_8);
  }

  /** The seed's tables: each a header row and its body rows, cells trimmed. */
  static List<List<String[]>> tables() {
    List<List<String[]>> tables = new ArrayList<>();
    List<String[]> current = null;
    for (String line : seed) {
      if (line.startsWith("|")) {
        if (current == null) {
          current = new ArrayList<>();
          tables.add(current);
        }
        if (!line.startsWith("|---")) {
          String[] cells = line.substring(1, line.length() - 1).split("\\|");
          current.add(Arrays.stream(cells).map(String::strip).toArray(String[]::new));
        }
      } else {
        current = null;
      }
    }
    return tables;
  }

  @Test
  void everyCookieTableRowIsACookieOfItsCategory() {
    List<List<String[]>> cookieTables =
        tables().stream().filter(t -> t.get(0).length == 5).toList();
    List<String> categories = List.of("essential", "functional", "analytics", "marketing");
    assertThat(cookieTables).hasSize(categories.size());
    for (int i = 0; i < categories.size(); i++) {
      List<String[]> rows = cookieTables.get(i).subList(1, cookieTables.get(i).size());
      List<Cookie> cookies = registry.cookiesIn(categories.get(i));
      // after the seed's rows, only cookies that releases since 1.0.0 added
      assertThat(cookies.subList(rows.size(), cookies.size()))
          .as("cookies in %s beyond the seed's", categories.get(i))
          .extracting(Cookie::id)
          .allMatch(id -> releasedSince.cookies().stream().noneMatch(c -> c.id().equals(id)));
      cookies = cookies.subList(0, rows.size());
      assertThat(cookies).as("cookies in %s", categories.get(i)).hasSize(rows.size());
      for (int r = 0; r < rows.size(); r++) {
        String[] row = rows.get(r);
        Cookie c = cookies.get(r);
        Provider p = registry.provider(c.provider()).orElseThrow();
        assertThat(c.displayName()).as("cookie of row %s", List.of(row)).isEqualTo(row[0]);
        assertThat(c.providerLabel() != null ? c.providerLabel() : p.name())
            .as("provider of %s", row[0])
            .isEqualTo(row[1]);
        assertThat(c.purpose()).as("purpose of %s", row[0]).isEqualTo(row[2]);
        assertThat(c.isSession() ? "Session" : "Persistent")
            .as("type of %s", row[0])
            .isEqualTo(row[3]);
        assertThat(c.retention().display()).as("duration of %s", row[0]).isEqualTo(row[4]);
      }
    }
  }

  @Test
  void cookieNamesArePatternsWhereThePolicyUsesAWildcard() {
    Cookie posthog =
        registry.cookies().stream()
            .filter(c -> "ph_*_posthog".equals(c.name()))
            .findFirst()
            .orElseThrow();
    assertThat(posthog.match()).isEqualTo(Cookie.Match.GLOB);
    assertThat(posthog.matches("ph_phc_abc123_posthog")).isTrue();
    assertThat(posthog.matches("ph_posthog")).isFalse();
    Cookie ga =
        registry.cookies().stream().filter(c -> "ga*".equals(c.name())).findFirst().orElseThrow();
    assertThat(ga.match()).isEqualTo(Cookie.Match.PREFIX);
    // the policy prints ga*; GA4 writes _ga_<container-id>, which is what the cookie matches
    assertThat(ga.matches("_ga_ABC123")).isTrue();
  }

  @Test
  void everyThirdPartyTableRowIsAListedProvider() {
    List<String[]> table =
        tables().stream().filter(t -> t.get(0)[0].equals("Third Party")).findFirst().orElseThrow();
    List<Provider> listed =
        registry.providers().stream().filter(p -> p.thirdParty() != null).toList();
    assertThat(listed).hasSize(table.size() - 1);
    for (int r = 1; r < table.size(); r++) {
      String[] row = table.get(r);
      Provider p = listed.get(r - 1);
      assertThat(p.name()).isEqualTo(row[0]);
      assertThat(p.thirdParty().purpose()).as("purpose of %s", row[0]).isEqualTo(row[1]);
      String privacy =
          p.privacyUrl() != null
              ? p.privacyUrl().replaceFirst("^https://", "")
              : p.thirdParty().privacyNote().replace("{host}", p.host());
      assertThat(privacy).as("privacy of %s", row[0]).isEqualTo(row[2]);
    }
  }

  @Test
  void everyToolListedInTheSeedIsAProviderOfItsCategory() {
    assertThat(toolNames("2.3.3"))
        .containsExactlyElementsOf(
            registry.providersIn("analytics").stream().map(Provider::productName).toList());
    assertThat(toolNames("2.4.2"))
        .containsExactlyElementsOf(
            registry.providersIn("marketing").stream().map(Provider::productName).toList());
  }

  /** The "- Name — description" items that follow a clause. */
  private static List<String> toolNames(String clause) {
    int start = indexOf(clause + " ");
    List<String> names = new ArrayList<>();
    for (int i = start + 1; i < seed.size() && seed.get(i).startsWith("- "); i++) {
      names.add(seed.get(i).substring(2, seed.get(i).indexOf(" — ")));
    }
    return names;
  }

  @Test
  void everyOptOutClauseOfTheSeedIsAProvidersOptOut() {
    List<String> titles =
        seed.stream()
            .filter(l -> l.matches("5\\.3\\.\\d+ .*"))
            .map(l -> l.substring(l.indexOf(' ') + 1, l.indexOf(". ")))
            .toList();
    assertThat(titles)
        .containsExactlyElementsOf(
            registry.providers().stream()
                .map(Provider::optOut)
                .filter(o -> o != null)
                .map(Provider.OptOut::title)
                .toList());
  }

  @Test
  void doNotTrackAndSessionRecordingAreProviderFacts() {
    assertThat(
            registry.providers().stream()
                .filter(p -> Boolean.TRUE.equals(p.honoursDoNotTrack()))
                .map(Provider::shortName))
        .containsExactly("Matomo");
    String dntClause = seed.get(indexOf("6.3 "));
    String listed = dntClause.substring(dntClause.indexOf('(') + 1, dntClause.indexOf(')'));
    assertThat(
            registry.providers().stream()
                .filter(p -> Boolean.FALSE.equals(p.honoursDoNotTrack()))
                .map(Provider::shortName))
        .containsExactly(listed.split(", "));
    assertThat(
            registry.providers().stream()
                .filter(Provider::sessionRecording)
                .map(Provider::shortName))
        .containsExactly("PostHog", "Microsoft Clarity");
  }

  @Test
  void providersCarryThePolicysFactsAboutThem() {
    Provider matomo = provider("matomo");
    assertThat(matomo.selfHosted()).isTrue();
    assertThat(matomo.host()).isEqualTo("analytics.aktok.com");
    assertThat(provider("posthog").processing().location()).isEqualTo("US");
    assertThat(provider("google-analytics").processing().processor()).isEqualTo("Google");
    assertThat(provider("clarity").processing().processor()).isEqualTo("Microsoft");
    assertThat(provider("stripe").undeclaredCookiesCategory()).isEqualTo("essential");
    assertThat(provider("firebase").privacyUrl())
        .isEqualTo("https://firebase.google.com/support/privacy");
  }

  @Test
  void otherTechnologiesHaveTheirStatusAndLegalBasis() {
    Technology storage = registry.technology("local-storage").orElseThrow();
    Technology push = registry.technology("web-push").orElseThrow();
    Technology pixels = registry.technology("email-pixels").orElseThrow();
    assertThat(List.of(storage.title(), push.title(), pixels.title()))
        .containsExactly("Local Storage", "Web Push Notifications", "Email Tracking Pixels")
        .allMatch(t -> seed.stream().anyMatch(l -> l.matches("3\\.\\d " + t)));
    assertThat(pixels.status()).isEqualTo(Technology.Status.ACTIVE);
    assertThat(pixels.enabledByDefault()).isTrue();
    assertThat(pixels.legalBasis()).isEqualTo(LegalBasis.LEGITIMATE_INTEREST);
    assertThat(push.provider()).isEqualTo("firebase");
    assertThat(push.legalBasis()).isEqualTo(LegalBasis.CONSENT);
  }

  @Test
  void categoriesCarryLegalBasisAndWhereConsentIsRequired() {
    Category essential = registry.category("essential").orElseThrow();
    assertThat(essential.required()).isTrue();
    assertThat(essential.legalBasis()).isEqualTo(LegalBasis.STRICTLY_NECESSARY);
    assertThat(registry.category("functional").orElseThrow().consentRequiredIn())
        .containsExactly("EEA", "UK");
    for (String id : List.of("functional", "analytics", "marketing")) {
      Category c = registry.category(id).orElseThrow();
      assertThat(c.legalBasis()).isEqualTo(LegalBasis.CONSENT);
      assertThat(c.defaultEnabled()).isFalse();
      assertThat(c.required()).isFalse();
    }
  }

  @Test
  void policyMetadataIsTheSeeds() {
    assertThat(registry.policy().title()).isEqualTo(seed.get(0));
    assertThat(registry.policy().subtitle()).isEqualTo(seed.get(1));
    assertThat(registry.policy().version()).isEqualTo(new Version(1, 0, 0));
    assertThat(registry.policy().effective()).hasToString("2026-04-03");
    assertThat(registry.policy().lastUpdated()).hasToString("2026-04-03");
    assertThat(registry.controller().email()).isEqualTo("legal@aktok.com");
    assertThat(String.join(" ", registry.controller().address()))
        .isEqualTo("163 Great George St. (The Foundry) Charlottetown, PE, Canada");
    assertThat(registry.consentPlatform().status()).isEqualTo(ConsentPlatform.Status.IMPLEMENTING);
    assertThat(registry.consentPlatform().features()).hasSize(5);
  }

  private static Provider provider(String id) {
    Optional<Provider> p = registry.provider(id);
    assertThat(p).as("provider %s", id).isPresent();
    return p.get();
  }

  private static int indexOf(String prefix) {
    for (int i = 0; i < seed.size(); i++) {
      if (seed.get(i).startsWith(prefix)) return i;
    }
    throw new AssertionError("the seed has no line starting " + prefix);
  }
}
