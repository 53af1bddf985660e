package dev.cookiereg.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cookiereg.model.Language;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Dates as each edition's readers write them, from the JDK's locale data and the language's own
 * rules.
 */
class WordsDatesTest {
  static final Words FRENCH = Words.of(new Language("fr-CA", false, Map.of(), true));

  @Test
  void frenchWritesTheFirstOfTheMonthAsAnOrdinalAndOtherDaysAsNumbers() {
    assertThat(FRENCH.date(LocalDate.of(2027, 1, 1))).isEqualTo("1er janvier 2027");
    assertThat(FRENCH.date(LocalDate.of(2026, 12, 29))).isEqualTo("29 décembre 2026");
    assertThat(FRENCH.date(LocalDate.of(2026, 4, 3))).isEqualTo("3 avril 2026");
    assertThat(FRENCH.date(LocalDate.of(2026, 10, 11))).isEqualTo("11 octobre 2026");
  }

  @Test
  void englishKeepsItsMonthDayYear() {
    assertThat(Words.ENGLISH.date(LocalDate.of(2027, 1, 1))).isEqualTo("January 1, 2027");
  }
}
