package dev.cookiereg.compliance;

import dev.cookiereg.model.Category;
import dev.cookiereg.model.Regions;
import dev.cookiereg.model.Registry;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Where a rule applies, held against where a registry asks for consent. */
final class Reach {
  private static final Regions BUILT_IN = Regions.of(List.of());

  private Reach() {}

  /** The countries a rule's regions stand for; empty for {@code ALL}. */
  static Set<String> countries(List<String> regions) {
    Set<String> out = new HashSet<>();
    for (String r : regions) BUILT_IN.countries(r).ifPresent(out::addAll);
    return out;
  }

  /** True when the rule applies everywhere. */
  static boolean everywhere(ComplianceRule rule) {
    return rule.regions().stream().anyMatch(Regions::isAll);
  }

  /**
   * True when {@code category} asks consent somewhere the rule applies: a code of its {@code
   * consentRequiredIn} is {@code ALL} or stands for one of the rule's countries (or a subdivision
   * of one).
   */
  static boolean asksConsentWhere(ComplianceRule rule, Registry registry, Category category) {
    if (everywhere(rule)) return true;
    Set<String> countries = countries(rule.regions());
    Regions codes = registry.consentPlatform().regionCodes();
    for (String code : category.consentRequiredIn()) {
      if (Regions.isAll(code)) return true;
      for (String c : codes.countries(code).orElse(List.of())) {
        if (countries.contains(c) || countries.contains(Regions.country(c))) return true;
      }
    }
    return false;
  }

  /**
   * True when the registry addresses visitors where the rule applies: one of its categories asks
   * consent there.
   */
  static boolean reaches(ComplianceRule rule, Registry registry) {
    return everywhere(rule)
        || registry.categories().stream().anyMatch(c -> asksConsentWhere(rule, registry, c));
  }

  /** True when {@code location} ({@code US}, {@code EEA}, {@code UK}) lies wholly inside. */
  static boolean inside(String location, Set<String> countries) {
    var resolved = BUILT_IN.countries(location);
    return resolved.isPresent()
        && !resolved.get().isEmpty()
        && countries.containsAll(resolved.get());
  }
}
