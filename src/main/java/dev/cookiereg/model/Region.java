package dev.cookiereg.model;

import java.util.List;

/**
 * A group of countries (and subdivisions) a category's {@code consentRequiredIn} can name: a
 * built-in group ({@link Regions}) or one the registry defines under {@code regions}.
 *
 * @param countries ISO 3166-1 alpha-2 codes ({@code FR}) or ISO 3166-2 subdivisions ({@code CA-QC})
 */
public record Region(String id, String title, List<String> countries) {
  public Region {
    Ids.require(id);
    countries = List.copyOf(countries);
  }
}
