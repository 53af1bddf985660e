package dev.cookiereg.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.helger.css.decl.AbstractHasTopLevelRules;
import com.helger.css.decl.CSSDeclaration;
import com.helger.css.decl.CSSMediaRule;
import com.helger.css.decl.CSSSelector;
import com.helger.css.decl.CSSStyleRule;
import com.helger.css.decl.CSSSupportsRule;
import com.helger.css.decl.CascadingStyleSheet;
import com.helger.css.decl.ICSSTopLevelRule;
import com.helger.css.reader.CSSReader;
import com.helger.css.writer.CSSWriterSettings;
import dev.cookiereg.site.RenderException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The policy's stylesheet scoped under {@code .cookie-policy}: what stands for the document becomes
 * the container, everything else its descendant, inside media and supports queries too; rules that
 * act on the whole page are refused at their line. The built {@code assets/policy-embed.css} has
 * every selector scoped and every declaration of {@code policy.css}.
 */
class ScopedStylesheetTest {
  private static final CSSWriterSettings PLAIN = new CSSWriterSettings(true);

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        ":root | .cookie-policy",
        "html | .cookie-policy",
        "body | .cookie-policy",
        "BODY | .cookie-policy",
        "body > .x | .cookie-policy>.x",
        "html body p | .cookie-policy p",
        "html.dark .x | .cookie-policy.dark .x",
        "body::before | .cookie-policy::before",
        "* | .cookie-policy *",
        "*::after | .cookie-policy *::after",
        "a | .cookie-policy a",
        "a:hover | .cookie-policy a:hover",
        ":focus-visible | .cookie-policy :focus-visible",
        "tbody tr:last-child > * | .cookie-policy tbody tr:last-child>*",
        ".x html | .cookie-policy .x html",
        "p + ul | .cookie-policy p+ul",
        "a[href^=\"http\"]::after | .cookie-policy a[href^=\"http\"]::after",
        "section:not(.a) h2 | .cookie-policy section:not(.a) h2",
      })
  void aSelectorStartingAtTheDocumentStartsAtTheContainerAndAnyOtherIsInsideIt(
      String selector, String scoped) throws RenderException {
    assertThat(selectors(ScopedStylesheet.scope(selector + " { color: red }", "t.css")))
        .containsExactly(scoped);
  }

  @Test
  void everySelectorOfAListIsScopedAndTheDeclarationsStay() throws RenderException {
    String out = ScopedStylesheet.scope("td, th, :root { padding: 0 1rem; --x: 2px }", "t.css");

    assertThat(selectors(out))
        .containsExactly(".cookie-policy td", ".cookie-policy th", ".cookie-policy");
    assertThat(out).contains("padding:0 1rem;").contains("--x:2px;");
  }

  @Test
  void rulesInsideMediaAndSupportsQueriesAreScopedAndTheQueriesKept() throws RenderException {
    String out =
        ScopedStylesheet.scope(
            """
            @media (prefers-color-scheme: dark) { :root { --bg: #000 } }
            @media print { body { font-size: 10pt } .toc { display: none } }
            @supports (display: grid) { .clause { display: grid } }
            """,
            "t.css");

    assertThat(out)
        .contains("@media (prefers-color-scheme:dark)")
        .contains("@media print")
        .contains("@supports (display:grid)");
    assertThat(selectors(out))
        .containsExactly(
            ".cookie-policy", ".cookie-policy", ".cookie-policy .toc", ".cookie-policy .clause");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "@font-face { font-family: X; src: local(X) } | 2:1: error: @font-face cannot be scoped",
        "@keyframes spin { to { opacity: 0 } } | 2:1: error: @keyframes cannot be scoped",
        "@page { margin: 1cm } | 2:1: error: @page cannot be scoped",
        "@layer base { a { color: red } } | 2:1: error: @layer cannot be scoped",
        "@media print { @page { margin: 0 } } | 2:16: error: @page cannot be scoped",
      })
  void aRuleThatActsOnTheWholePageIsRefusedAtItsLine(String rule, String message) {
    assertThatThrownBy(() -> ScopedStylesheet.scope("a { color: red }\n" + rule, "t.css"))
        .isInstanceOf(RenderException.class)
        .hasMessageStartingWith("t.css:" + message + " under .cookie-policy: it ")
        .hasMessageEndingWith(", so the embeddable policy's stylesheet would change the host page");
  }

  @Test
  void anImportIsRefusedAtItsLine() {
    assertThatThrownBy(() -> ScopedStylesheet.scope("@import url(other.css);\n", "t.css"))
        .isInstanceOf(RenderException.class)
        .hasMessageStartingWith("t.css:1:1: error: @import cannot be scoped");
  }

  @Test
  void textThatIsNotCssIsOneLocatedError() {
    assertThatThrownBy(
            () -> ScopedStylesheet.scope("a { color: red }\n\np { color: }}}\n", "t.css"))
        .isInstanceOf(RenderException.class)
        .hasMessageStartingWith("t.css:3:")
        .hasMessageContaining(": error: cannot be read as CSS to scope it under .cookie-policy")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void everySelectorOfTheBuiltEmbedStylesheetIsScoped() {
    CascadingStyleSheet sheet = read(BuiltSite.get().resolve("assets/policy-embed.css"));
    List<CSSStyleRule> rules = styleRules(sheet);

    assertThat(rules).hasSizeGreaterThan(50);
    for (CSSStyleRule rule : rules) {
      for (CSSSelector s : rule.getAllSelectors()) {
        String text = s.getAsCSSString(PLAIN, 0);
        assertThat(s.getMemberAtIndex(0).getAsCSSString(PLAIN, 0))
            .as(text)
            .isEqualTo(".cookie-policy");
        assertThat(text).as(text).doesNotContainPattern("(^|[ >+~])(html|body|:root)\\b");
      }
    }
  }

  @Test
  void theBuiltEmbedStylesheetHasEveryRuleAndDeclarationOfPolicyCssInOrder() {
    List<CSSStyleRule> source = styleRules(read(Path.of("templates/assets/policy.css")));
    List<CSSStyleRule> scoped =
        styleRules(read(BuiltSite.get().resolve("assets/policy-embed.css")));

    assertThat(scoped).hasSameSizeAs(source);
    for (int i = 0; i < source.size(); i++) {
      assertThat(declarations(scoped.get(i)))
          .as(source.get(i).getSelectorsAsCSSString(PLAIN, 0))
          .isEqualTo(declarations(source.get(i)));
      assertThat(scoped.get(i).getSelectorCount()).isEqualTo(source.get(i).getSelectorCount());
    }
  }

  private static List<String> selectors(String css) {
    List<String> out = new ArrayList<>();
    for (CSSStyleRule rule : styleRules(CSSReader.readFromString(css))) {
      for (CSSSelector s : rule.getAllSelectors()) out.add(s.getAsCSSString(PLAIN, 0));
    }
    return out;
  }

  private static CascadingStyleSheet read(Path file) {
    CascadingStyleSheet sheet = CSSReader.readFromString(BuiltSite.read(file));
    assertThat(sheet).as(file.toString()).isNotNull();
    return sheet;
  }

  /** Every style rule, those inside media and supports queries included, in order. */
  private static List<CSSStyleRule> styleRules(AbstractHasTopLevelRules rules) {
    List<CSSStyleRule> out = new ArrayList<>();
    for (ICSSTopLevelRule rule : rules.getAllRules()) {
      if (rule instanceof CSSStyleRule s) out.add(s);
      else if (rule instanceof CSSMediaRule m) out.addAll(styleRules(m));
      else if (rule instanceof CSSSupportsRule s) out.addAll(styleRules(s));
      else throw new AssertionError("a rule that is not scoped: " + rule);
    }
    return out;
  }

  private static List<String> declarations(CSSStyleRule rule) {
    return rule.getAllDeclarations().stream().map(CSSDeclaration::getAsCSSString).toList();
  }
}
