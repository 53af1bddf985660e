package dev.cookiereg.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cookiereg.Build;
import dev.cookiereg.RegistryLoader;
import dev.cookiereg.render.html.Markdown;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Registry prose cannot inject markup or unsafe links into the page, and output never depends on
 * the locale.
 */
class MarkdownSafetyTest {
  private final Markdown md = Markdown.INSTANCE;

  @Test
  void rawHtmlIsEscaped() {
    assertThat(md.html("Hello <script>alert(1)</script> <b onclick=\"x()\">bold</b>"))
        .doesNotContain("<script>")
        .doesNotContain("<b ")
        .contains("&lt;script&gt;");
  }

  @Test
  void onlyHttpsMailtoAndInPageLinksSurvive() {
    assertThat(md.inlineHtml("[a](https://example.com) [b](mailto:legal@aktok.com) [c](#contact)"))
        .contains(
            "href=\"https://example.com\"", "href=\"mailto:legal@aktok.com\"", "href=\"#contact\"");
    for (String bad :
        List.of(
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "data:text/html,x",
            "http://example.com",
            "tel:123",
            "other.html")) {
      assertThat(md.inlineHtml("[x](" + bad + ")")).as(bad).contains("href=\"\"");
    }
    assertThat(md.inlineHtml("![i](http://example.com/i.png)"))
        .isEqualTo("i"); // no image: its text
  }

  @Test
  void linksCarryNoRelAttribute() {
    assertThat(md.inlineHtml("[a](https://example.com)"))
        .isEqualTo("<a href=\"https://example.com\">a</a>");
  }

  @Test
  void outputIsTheSameUnderATurkishDefaultLocale() throws Exception {
    Build build = Build.of(Path.of("cookies.yaml"), null, Path.of("site"));
    var expected = build.render(new RegistryLoader());
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertThat(build.render(new RegistryLoader())).isEqualTo(expected);
    } finally {
      Locale.setDefault(saved);
    }
  }
}
