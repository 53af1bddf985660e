package dev.cookiereg.validate;

import dev.cookiereg.model.Provider;
import dev.cookiereg.model.Registry;
import java.util.HashSet;
import java.util.Set;

/** {@link Lints#UNUSED_PROVIDER}: a provider is used, or declares undeclared cookies. */
final class UnusedProvider implements Check {
  @Override
  public void check(LintedRegistry registry, Report report) {
    Registry r = registry.model();
    Set<String> used = new HashSet<>();
    r.cookies().forEach(c -> used.add(c.provider()));
    r.technologies().forEach(t -> used.add(t.provider()));
    for (int i = 0; i < r.providers().size(); i++) {
      Provider p = r.providers().get(i);
      if (!used.contains(p.id()) && p.undeclaredCookiesCategory() == null) {
        report.at(
            "/providers/" + i, "provider '" + p.id() + "' is not used by any cookie or technology");
      }
    }
  }
}
