package dev.cookiereg.compliance;

import dev.cookiereg.model.Provider;
import dev.cookiereg.model.Registry;
import java.util.List;
import java.util.function.Predicate;

/**
 * {@code gpc-required}: a provider through which the registry declares sale or sharing for
 * cross-context advertising ({@code sellsOrShares: true}), while neither the provider nor the
 * consent platform promises to honour Global Privacy Control, which California requires as an
 * opt-out of sale and sharing.
 */
final class GpcRequired implements Check {
  @Override
  public void check(
      ComplianceRule rule, Registry registry, Predicate<String> written, Report report) {
    if (Boolean.TRUE.equals(registry.consentPlatform().honoursGlobalPrivacyControl())) return;
    List<Provider> providers = registry.providers();
    for (int i = 0; i < providers.size(); i++) {
      Provider p = providers.get(i);
      if (!Boolean.TRUE.equals(p.sellsOrShares())
          || Boolean.TRUE.equals(p.honoursGlobalPrivacyControl())) continue;
      report.at(
          "/providers/" + i + "/sellsOrShares",
          p.accepted(),
          "provider '"
              + p.id()
              + "' sells or shares data for cross-context advertising, but neither it nor"
              + " consentPlatform promises to honour Global Privacy Control: set"
              + " 'honoursGlobalPrivacyControl: true' on the provider or under consentPlatform");
    }
  }
}
