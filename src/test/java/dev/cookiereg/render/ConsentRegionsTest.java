package dev.cookiereg.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cookiereg.model.Category;
import dev.cookiereg.model.LegalBasis;
import dev.cookiereg.model.Region;
import dev.cookiereg.model.Regions;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The init scripts' region table: which categories ask consent for a visitor in a given country or
 * subdivision (policy 5.1.3), from the categories' {@code consentRequiredIn}.
 */
class ConsentRegionsTest {
  static Category category(String id, boolean required, String... consentRequiredIn) {
    return new Category(
        id,
        id,
        "",
        required ? LegalBasis.STRICTLY_NECESSARY : LegalBasis.CONSENT,
        null,
        required,
        false,
        List.of(consentRequiredIn),
        List.of(),
        List.of(),
        List.of());
  }

  /** Aktok's categories and regions: Québec is "other jurisdictions that mandate opt-in". */
  static final List<Category> AKTOK =
      List.of(
          category("essential", true),
          category("functional", false, "EEA", "UK"),
          category("analytics", false, "EEA", "UK", "OTHER-OPT-IN"),
          category("marketing", false, "EEA", "UK", "OTHER-OPT-IN"));

  static final Regions AKTOK_REGIONS =
      Regions.of(List.of(new Region("OTHER-OPT-IN", "Other", List.of("CA-QC"))));

  static final ConsentRegions TABLE = ConsentRegions.of(AKTOK, AKTOK_REGIONS);

  @Test
  void aCountryOfAGroupAsksForEveryCategoryThatNamesTheGroup() {
    assertThat(TABLE.askingIn("FR")).containsExactly("functional", "analytics", "marketing");
    assertThat(TABLE.askingIn("IS"))
        .as("EEA, not EU")
        .containsExactly("functional", "analytics", "marketing");
    assertThat(TABLE.askingIn("GB"))
        .as("UK is GB")
        .containsExactly("functional", "analytics", "marketing");
  }

  @Test
  void aCountryNoCategoryNamesOnlyInforms() {
    assertThat(TABLE.askingIn("US")).isEmpty();
    assertThat(TABLE.askingIn("US-CA")).isEmpty();
    assertThat(TABLE.regions()).doesNotContainKey("US");
  }

  @Test
  void aListedSubdivisionAsksForTheCategoriesThatNameIt() {
    assertThat(TABLE.askingIn("CA-QC")).containsExactly("analytics", "marketing");
  }

  @Test
  void aCountryWithAListedSubdivisionAsksTooSinceTheVisitorMayBeInIt() {
    assertThat(TABLE.askingIn("CA")).containsExactly("analytics", "marketing");
  }

  @Test
  void anotherSubdivisionOfThatCountryAsksOnlyWhatTheCountryItselfAsks() {
    assertThat(TABLE.askingIn("CA-ON")).isEmpty();
    assertThat(TABLE.regions()).containsEntry("CA-*", List.of());
  }

  @Test
  void aSubdivisionAlsoAsksWhatItsCountryAsks() {
    ConsentRegions t =
        ConsentRegions.of(
            List.of(category("functional", false, "CA"), category("analytics", false, "CA-QC")),
            Regions.of(List.of()));
    assertThat(t.askingIn("CA-QC")).containsExactly("functional", "analytics");
    assertThat(t.askingIn("CA-ON")).containsExactly("functional");
    assertThat(t.askingIn("CA")).containsExactly("functional", "analytics");
  }

  @Test
  void aCategoryRequiredInAllAsksEverywhere() {
    ConsentRegions t =
        ConsentRegions.of(
            List.of(category("marketing", false, "ALL"), category("analytics", false, "EEA")),
            Regions.of(List.of()));
    assertThat(t.elsewhere()).containsExactly("marketing");
    assertThat(t.askingIn("US")).containsExactly("marketing");
    assertThat(t.askingIn("DE")).containsExactly("marketing", "analytics");
  }

  @Test
  void aRequiredCategoryNeverAsks() {
    ConsentRegions t =
        ConsentRegions.of(
            List.of(category("essential", true, "ALL", "EEA")), Regions.of(List.of()));
    assertThat(t.elsewhere()).isEmpty();
    assertThat(t.regions()).isEmpty();
  }

  @Test
  void categoriesAreListedInPolicyOrderWhateverOrderTheRegionsNameThem() {
    ConsentRegions t =
        ConsentRegions.of(
            List.of(category("functional", false, "FR"), category("analytics", false, "EEA")),
            Regions.of(List.of()));
    assertThat(t.askingIn("FR")).containsExactly("functional", "analytics");
  }

  @Test
  void theScriptsTableNamesCategoriesByTheLibrarysIds() {
    assertThat(Json.compact(TABLE.json(KlaroRenderer::purpose)))
        .contains("\"CA-QC\":[\"category-analytics\",\"category-marketing\"]")
        .contains("\"elsewhere\":[]");
  }
}
