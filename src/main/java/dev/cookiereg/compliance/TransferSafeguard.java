package dev.cookiereg.compliance;

import dev.cookiereg.model.Provider;
import dev.cookiereg.model.Registry;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code transfer-safeguard-missing}: a third-party provider that processes data outside the row's
 * regions (the EEA and the UK) and states no adequacy decision or safeguard. Art. 13(1)(f) asks the
 * policy to state the existence or absence of an adequacy decision and the safeguard relied on, so
 * a location in an adequate country states {@code safeguard: adequacy} too. A location the registry
 * does not state is {@code recipient-undisclosed}'s.
 */
final class TransferSafeguard implements Check {
  @Override
  public void check(
      ComplianceRule rule, Registry registry, Predicate<String> written, Report report) {
    if (!Reach.reaches(rule, registry)) return;
    Set<String> inside = Reach.countries(rule.regions());
    List<Provider> providers = registry.providers();
    for (int i = 0; i < providers.size(); i++) {
      Provider p = providers.get(i);
      Provider.Processing processing = p.processing();
      String location = processing.location();
      if (p.party() != Provider.Party.THIRD
          || location == null
          || processing.safeguard() != null
          || Reach.inside(location, inside)) continue;
      report.at(
          "/providers/" + i + "/processing/location",
          p.accepted(),
          "provider '"
              + p.id()
              + "' processes data in "
              + location
              + ", outside "
              + String.join(" and ", rule.regions())
              + ", and states no adequacy decision or safeguard: add processing.safeguard"
              + " (adequacy, dpf, scc, bcr or derogation)");
    }
  }
}
