package dev.cookiereg.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * The nesting limit is decided without a parse for nearly every text, so the bound counted from
 * characters must never be below the depth the parser builds; and the verdict must not depend on
 * how much stack is left.
 */
class NestingTest {
  private static final Parser PARSER = Parser.builder().build();
  private static final String ALPHABET = ">>--**__[[]]()  \t\n\n1.+!`a#";

  @Test
  void theCountedBoundIsNeverBelowTheParsedDepthOnRandomMarkdown() {
    Random random = new Random(20261129);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = 1 + random.nextInt(120);
      for (int k = 0; k < length; k++)
        text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      String markdown = text.toString();

      int depth = Nesting.depth(PARSER.parse(markdown));

      assertThat(Nesting.bound(markdown))
          .as("%s", markdown.replace("\n", "\\n").replace("\t", "\\t"))
          .isGreaterThanOrEqualTo(depth);
      assertThat(Nesting.tooDeep(markdown)).isEqualTo(depth > Nesting.MAX);
    }
  }

  @Test
  void theBoundHoldsForNestingThatTabsAndListsBuild() {
    for (String markdown :
        new String[] {
          "- a\n  - b\n    - c\n      - d\n        - e",
          "- a\n\t- b\n\t\t- c\n\t\t\t- d\n\t\t\t\t- e",
          "1. a\n   1. b\n      1. c\n         1. d",
          "> - > - > - > - a",
          "***a***",
          "[![![x](y)](y)](y)",
          "*a **b *c **d***"
        }) {
      assertThat(Nesting.bound(markdown))
          .as(markdown)
          .isGreaterThanOrEqualTo(Nesting.depth(PARSER.parse(markdown)));
    }
  }

  @Test
  void ordinaryProseIsDecidedWithoutAParse() {
    assertThat(
            Nesting.bound(
                "We use **essential** cookies; see [[analytics]] and [the list](https://example.com)."))
        .isLessThanOrEqualTo(Nesting.MAX);
  }

  @Test
  void thirtyTwoLevelsAreAllowedAndThirtyThreeAreNot() {
    // the document, a paragraph and its text are three levels; each quote adds one
    assertThat(Nesting.tooDeep("> ".repeat(29) + "x")).isFalse();
    assertThat(Nesting.tooDeep("> ".repeat(30) + "x")).isTrue();
  }

  @Test
  void thousandsOfLevelsAreTooDeepWithoutOverflowingTheStack() {
    assertThat(Nesting.tooDeep("*".repeat(9_000) + "x" + "*".repeat(9_000))).isTrue();
    assertThat(Nesting.tooDeep("> ".repeat(50_000) + "x")).isTrue();
  }
}
