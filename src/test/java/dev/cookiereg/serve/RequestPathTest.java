package dev.cookiereg.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Only plain relative paths name a file of the site; every way out of it is refused by form. */
class RequestPathTest {
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "/../cookies.yaml",
        "/assets/../../cookies.yaml",
        "/%2e%2e/cookies.yaml",
        "/%2E%2E/cookies.yaml",
        "/.%2e/cookies.yaml",
        "/assets/%2e%2e%2f%2e%2e%2fcookies.yaml",
        "/./index.html",
        "//etc/passwd",
        "/assets//policy.css",
        "/C:/Windows/win.ini",
        "/..%5c..%5ccookies.yaml",
        "/assets%5cpolicy.css",
        "/index.html%00.css",
        "/%zz",
        "/%e9t%e9.html",
        "relative.html"
      })
  void aPathThatLeavesTheSiteOrHidesItsFormIsRefused(String raw) {
    assertThatThrownBy(() -> RequestPath.of(raw)).isInstanceOf(RequestPath.Refused.class);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"//etc/passwd", "//127.0.0.1/index.html"})
  void aTargetThatReadsAsAHostIsRefused(String target) {
    assertThatThrownBy(() -> RequestPath.of(java.net.URI.create(target)))
        .isInstanceOf(RequestPath.Refused.class);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "/, index.html",
    "/history.html, history.html",
    "/versions/1.0.0/, versions/1.0.0/index.html",
    "/banner/cookieconsent.json, banner/cookieconsent.json",
    "/a%20b.css, a b.css",
    "/c++.txt, c++.txt",
    "/%C3%A9t%C3%A9.html, été.html",
    "/...., ....",
    "/.well-known/gpc.json, .well-known/gpc.json"
  })
  void aPlainPathNamesTheSiteFile(String raw, String site) throws RequestPath.Refused {
    assertThat(RequestPath.of(raw)).isEqualTo(site);
  }
}
