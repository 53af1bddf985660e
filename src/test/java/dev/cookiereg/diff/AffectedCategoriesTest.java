package dev.cookiereg.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cookiereg.RegistryLoader;
import dev.cookiereg.model.Registry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The categories a change concerns, which the formats name when consent must be asked again: the
 * element's own in the new registry, or in the old one when it is gone.
 */
class AffectedCategoriesTest {
  static final AffectedCategory ANALYTICS = new AffectedCategory("analytics", "Analytics Cookies");
  static final AffectedCategory ESSENTIAL = new AffectedCategory("essential", "Essential Cookies");

  @Test
  void aProviderConcernsTheCategoriesOfItsCookiesAndTechnologies() throws Exception {
    String base = Files.readString(ChangeRulesTest.BASE, StandardCharsets.UTF_8);
    String head =
        base.replace(
                "cookies:\n",
                "cookies:\n  - name: _t\n    provider: track\n    category: analytics\n"
                    + "    purpose: Tracks\n    duration: P1D\n")
            .replace(
                "providers:\n",
                "providers:\n  - id: track\n    name: Track\n    party: third\n"
                    + "    description: tracks.\n    undeclaredCookies:\n      category: essential\n");
    assertThat(concerned(base, head, "provider:track")).containsExactly(ESSENTIAL, ANALYTICS);
    assertThat(concerned(base, head, "cookie:_t")).containsExactly(ANALYTICS);
  }

  @Test
  void aMovedCookieConcernsItsNewCategoryAndARemovedOneItsOld() throws Exception {
    String base = Files.readString(ChangeRulesTest.BASE, StandardCharsets.UTF_8);
    String moved =
        base.replace(
            "    provider: stats\n    category: analytics\n",
            "    provider: stats\n    category: essential\n");
    assertThat(concerned(base, moved, "cookie:_st")).containsExactly(ESSENTIAL);
    String removed = base.replace("  - name: _st\n", "  - name: _gone\n");
    assertThat(concerned(base, removed, "cookie:_st")).containsExactly(ANALYTICS);
  }

  @Test
  void theWordingOfASectionConcernsNoCategory() throws Exception {
    String base = Files.readString(ChangeRulesTest.BASE, StandardCharsets.UTF_8);
    String head = base.replace("Write to us by post.", "Write to us by letter.");
    assertThat(concerned(base, head, "section:contact")).isEmpty();
  }

  private static List<AffectedCategory> concerned(String base, String head, String subject)
      throws Exception {
    RegistryLoader loader = new RegistryLoader();
    Registry before = loader.loadForComparison("base.yaml", bytes(base)).registry();
    Registry after = loader.loadForComparison("new.yaml", bytes(head)).registry();
    return RegistryDiff.compare(before, after).changes().stream()
        .filter(c -> c.subject().equals(subject))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no change of " + subject))
        .categories();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
