package dev.cookiereg.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An unnamed cookie, provider, category or technology is named by its position in English words:
 * 11th to 13th (and 111th to 113th) take "th", whatever their last digit.
 */
class ElementNamesTest {
  @Test
  void positionsAreEnglishOrdinals() {
    assertThat(
            java.util.stream.IntStream.of(1, 2, 3, 4, 10, 11, 12, 13, 14, 21, 22, 23, 101, 111, 112)
                .mapToObj(ElementNames::ordinal))
        .containsExactly(
            "1st", "2nd", "3rd", "4th", "10th", "11th", "12th", "13th", "14th", "21st", "22nd",
            "23rd", "101st", "111th", "112th");
  }
}
