package dev.cookiereg.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a region code in {@code consentRequiredIn} stands for, as ISO 3166 codes: the built-in
 * groups {@code EEA} (the 27 EU member states, Iceland, Liechtenstein and Norway), {@code EU} and
 * {@code UK} ({@code GB} to ISO and to Google tags); {@code ALL}, every country; any ISO 3166-1
 * alpha-2 code ({@code CH}) or ISO 3166-2 subdivision ({@code CA-QC}), itself; and the groups the
 * registry defines under {@code regions}. Any other code stands for nothing, and a lint rule says
 * so.
 */
public final class Regions {
  /** The code that stands for every country. */
  public static final String ALL = "ALL";

  private static final List<String> EU_MEMBERS =
      List.of(
          "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE",
          "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK");

  /** The groups every registry may name without defining them. */
  public static final List<Region> BUILT_IN =
      List.of(
          new Region("EEA", "European Economic Area", eea()),
          new Region("EU", "European Union", EU_MEMBERS),
          new Region("UK", "United Kingdom", List.of("GB")));

  private static final Set<String> ISO_COUNTRIES =
      Set.of(Locale.getISOCountries()); // ISO 3166-1 alpha-2, as the JDK knows them
  private static final Pattern SUBDIVISION = Pattern.compile("([A-Z]{2})-[A-Z0-9]{1,3}");

  private final Map<String, Region> groups = new LinkedHashMap<>();

  private Regions(List<Region> defined) {
    BUILT_IN.forEach(r -> groups.put(r.id(), r));
    defined.forEach(r -> groups.putIfAbsent(r.id(), r));
  }

  /** The built-in groups and those the registry defines (a built-in id is never redefined). */
  public static Regions of(List<Region> defined) {
    return new Regions(defined);
  }

  /**
   * The ISO 3166 codes {@code code} stands for; empty for {@code ALL} (see {@link #isAll}) and for
   * a code that stands for nothing.
   */
  public Optional<List<String>> countries(String code) {
    Region group = groups.get(code);
    if (group != null) return Optional.of(group.countries());
    if (isIsoCode(code)) return Optional.of(List.of(code));
    return Optional.empty();
  }

  /** The group {@code code} names, built in or defined, if it is one. */
  public Optional<Region> group(String code) {
    return Optional.ofNullable(groups.get(code));
  }

  /** True for {@code ALL}. */
  public static boolean isAll(String code) {
    return ALL.equals(code);
  }

  /** True when {@code code} stands for something: {@code ALL}, a group or an ISO code. */
  public boolean isKnown(String code) {
    return isAll(code) || countries(code).isPresent();
  }

  /**
   * True for an assigned ISO 3166-1 alpha-2 code, or an ISO 3166-2 subdivision of one (its country
   * part is checked; the subdivision part only for its form).
   */
  public static boolean isIsoCode(String code) {
    if (code == null) return false;
    if (ISO_COUNTRIES.contains(code)) return true;
    var m = SUBDIVISION.matcher(code);
    return m.matches() && ISO_COUNTRIES.contains(m.group(1));
  }

  /** The country of a subdivision ({@code CA} for {@code CA-QC}), or the code itself. */
  public static String country(String code) {
    int dash = code.indexOf('-');
    return dash < 0 ? code : code.substring(0, dash);
  }

  private static List<String> eea() {
    List<String> out = new ArrayList<>(EU_MEMBERS);
    out.addAll(List.of("IS", "LI", "NO"));
    out.sort(null);
    return List.copyOf(out);
  }
}
