package dev.cookiereg.compliance;

import dev.cookiereg.model.Provider;
import dev.cookiereg.model.Registry;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * {@code recipient-undisclosed}: a third-party provider that states no link to its privacy policy,
 * or no processing location, so visitors cannot tell who receives their data and where.
 */
final class RecipientDisclosure implements Check {
  @Override
  public void check(
      ComplianceRule rule, Registry registry, Predicate<String> written, Report report) {
    if (!Reach.reaches(rule, registry)) return;
    List<Provider> providers = registry.providers();
    for (int i = 0; i < providers.size(); i++) {
      Provider p = providers.get(i);
      if (p.party() != Provider.Party.THIRD) continue;
      List<String> missing = new ArrayList<>();
      List<String> fields = new ArrayList<>();
      if (p.privacyUrl() == null) {
        missing.add("no privacy-policy link");
        fields.add("privacyUrl");
      }
      if (p.processing().location() == null) {
        missing.add("no processing location");
        fields.add("processing.location");
      }
      if (missing.isEmpty()) continue;
      report.at(
          "/providers/" + i,
          p.accepted(),
          "third-party provider '"
              + p.id()
              + "' states "
              + String.join(" and ", missing)
              + ": add "
              + String.join(" and ", fields)
              + (p.processing().processor() != null
                  ? " (it names processor '" + p.processing().processor() + "', not where)"
                  : ""));
    }
  }
}
