package dev.cookiereg.validate;

import dev.cookiereg.model.Category;
import dev.cookiereg.model.Region;
import dev.cookiereg.model.Regions;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link Lints#UNKNOWN_REGION}: every region code a category names stands for countries, and every
 * country a region lists is an ISO 3166 code.
 */
final class UnknownRegion implements Check {
  @Override
  public void check(LintedRegistry registry, Report report) {
    Regions regions = registry.model().consentPlatform().regionCodes();
    List<Region> defined = registry.model().consentPlatform().regions();
    List<String> groups = new ArrayList<>(List.of(Regions.ALL));
    Regions.BUILT_IN.forEach(g -> groups.add(g.id()));
    defined.forEach(g -> groups.add(g.id()));
    List<Category> categories = registry.model().categories();
    for (int i = 0; i < categories.size(); i++) {
      Category c = categories.get(i);
      for (int j = 0; j < c.consentRequiredIn().size(); j++) {
        String code = c.consentRequiredIn().get(j);
        if (regions.isKnown(code)) continue;
        report.at(
            "/categories/" + i + "/consentRequiredIn/" + j,
            "category '"
                + c.id()
                + "' asks consent in '"
                + code
                + "', which is not a built-in region (EEA, EU, UK, ALL), an ISO 3166 code or a region"
                + " defined under regions; define it there with its countries"
                + LintedRegistry.suggest(code, groups));
      }
    }
    for (int i = 0; i < defined.size(); i++) {
      Region g = defined.get(i);
      for (int j = 0; j < g.countries().size(); j++) {
        String country = g.countries().get(j);
        if (Regions.isIsoCode(country)) continue;
        report.at(
            "/regions/" + i + "/countries/" + j,
            "region '"
                + g.id()
                + "' lists '"
                + country
                + "', which ISO 3166 does not assign"
                + (country.equals("UK") ? "; the United Kingdom is GB" : "")
                + (country.equals("EL") ? "; Greece is GR" : ""));
      }
    }
  }
}
