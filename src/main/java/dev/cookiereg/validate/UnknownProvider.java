package dev.cookiereg.validate;

import dev.cookiereg.model.Cookie;
import dev.cookiereg.model.Registry;
import dev.cookiereg.model.Technology;
import java.util.Set;

/** {@link Lints#UNKNOWN_PROVIDER}: the provider a cookie or technology names is declared. */
final class UnknownProvider implements Check {
  @Override
  public void check(LintedRegistry registry, Report report) {
    Registry r = registry.model();
    Set<String> providers = registry.providerIds();
    for (int i = 0; i < r.cookies().size(); i++) {
      Cookie c = r.cookies().get(i);
      if (providers.contains(c.provider())) continue;
      report.at(
          "/cookies/" + i + "/provider",
          "cookie '"
              + c.id()
              + "' names provider '"
              + c.provider()
              + "', which is not declared under providers"
              + LintedRegistry.suggest(c.provider(), providers));
    }
    for (int i = 0; i < r.technologies().size(); i++) {
      Technology t = r.technologies().get(i);
      if (providers.contains(t.provider())) continue;
      report.at(
          "/technologies/" + i + "/provider",
          "technology '"
              + t.id()
              + "' names provider '"
              + t.provider()
              + "', which is not declared"
              + LintedRegistry.suggest(t.provider(), providers));
    }
  }
}
