package dev.cookiereg.validate;

import dev.cookiereg.model.ConsentCookie;
import dev.cookiereg.model.ConsentLibrary;
import dev.cookiereg.model.Registry;

/**
 * {@link Lints#CONSENT_COOKIE_HOME}: the banner library's cookie has a required category and a
 * first-party provider to be declared with (or the editor declares it).
 */
final class ConsentCookieHome implements Check {
  private static final String POINTER = "/consentPlatform/library";

  @Override
  public void check(LintedRegistry registry, Report report) {
    Registry r = registry.model();
    ConsentLibrary library = r.consentPlatform().library();
    if (library == null || ConsentCookie.declaredBy(library, r.cookies()).isPresent()) return;
    String cookie =
        "library '"
            + library.yaml()
            + "' keeps visitors' choices in the cookie '"
            + library.cookieName()
            + "', ";
    if (ConsentCookie.category(r.categories()).isEmpty()) {
      report.at(
          POINTER,
          cookie
              + "which belongs in a required (strictly necessary) category, and no category is"
              + " required: add 'required: true' to the essential category, or declare the cookie"
              + " under cookies yourself");
    }
    if (ConsentCookie.provider(r.providers()).isEmpty()) {
      report.at(
          POINTER,
          cookie
              + "which the site itself sets, and no provider is first-party and not self-hosted:"
              + " declare the controller's own provider with 'party: first', or declare the cookie"
              + " under cookies yourself");
    }
  }
}
