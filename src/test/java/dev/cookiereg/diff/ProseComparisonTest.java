package dev.cookiereg.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The token rules of {@link ProseComparison}: what a change of prose must keep to stay editorial.
 */
class ProseComparisonTest {
  @Test
  void wordsAreLowerCaseAndEverythingElseBetweenThemIsSpacing() {
    assertThat(ProseComparison.tokens("  **Opt-out** “links”, (see: [here](#a))  "))
        .containsExactly("opt", "out", "links", "see", "here", "a");
  }

  @Test
  void numbersKeepTheirPunctuation() {
    assertThat(ProseComparison.tokens("1.5 years, 1,000 visits, 13 months, 24h, version 3.0.1."))
        .containsExactly(
            "1.5", "years", "1,000", "visits", "13", "months", "24h", "version", "3.0.1");
  }

  @Test
  void aSentenceMarkFollowedBySpaceBetweenTwoWordsIsABoundary() {
    assertThat(ProseComparison.tokens("No. Advertising! Tracking? Will; occur… here"))
        .containsExactly(
            "no", ".", "advertising", ".", "tracking", ".", "will", ".", "occur", ".", "here");
    assertThat(ProseComparison.tokens("said \"no.\" Then *no.* Then (no.) Then"))
        .containsExactly("said", "no", ".", "then", "no", ".", "then", "no", ".", "then");
  }

  @Test
  void aLineBreakIsABoundaryAndBoundariesCountOnce() {
    assertThat(ProseComparison.tokens("Title\nFirst. Second...  Third.\n\nFourth"))
        .containsExactly("title", ".", "first", ".", "second", ".", "third", ".", "fourth");
    // a text the diff joins to the next with a line break ends there, with or without its full stop
    assertThat(ProseComparison.readAlike("Ends here.\nNext text", "Ends here\nNext text")).isTrue();
    assertThat(ProseComparison.readAlike(", no advertising", ", no\nAdvertising")).isFalse();
  }

  @Test
  void aMarkThatClosesTheTextIsNoBoundary() {
    assertThat(ProseComparison.tokens("Ends here.)")).containsExactly("ends", "here");
  }

  @Test
  void aContractionWithoutItsStemIsAWordOfItsOwn() {
    assertThat(ProseComparison.tokens("n't")).containsExactly("n't");
  }

  @Test
  void noBoundaryBeforeTheFirstWordOrAfterTheLast() {
    assertThat(ProseComparison.tokens("\n. Counts visits.\n")).containsExactly("counts", "visits");
  }

  @Test
  void aMarkNotFollowedBySpaceIsNoBoundary() {
    // how the diff joins a text to the next field: "text=We use cookies., items=[]"
    assertThat(ProseComparison.tokens("cookies., items")).containsExactly("cookies", "items");
    assertThat(ProseComparison.tokens("stats.example.net/?a"))
        .containsExactly("stats", "example", "net", "a");
  }

  @Test
  void negationsAreTokensWhateverTheApostrophe() {
    assertThat(ProseComparison.tokens("don't won’t can‘t shan't isn't cannot donʼt"))
        .containsExactly(
            "do", "not", "will", "not", "can", "not", "shall", "not", "is", "not", "can", "not",
            "do", "not");
    assertThat(ProseComparison.tokens("the visitor's 'quoted' visitors'"))
        .containsExactly("the", "visitor's", "quoted", "visitors");
  }

  @Test
  void textsAreNormalisedSoAComposedAccentEqualsADecomposedOne() {
    assertThat(ProseComparison.tokens("Caf\u00e9"))
        .containsExactly("caf\u00e9")
        .isEqualTo(ProseComparison.tokens("CAFE\u0301"));
  }

  @Test
  void tokensDoNotDependOnTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr"));
      assertThat(ProseComparison.tokens("DIGITAL IDs")).containsExactly("digital", "ids");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void nullHasNoTokens() {
    assertThat(ProseComparison.tokens(null)).isEmpty();
    assertThat(ProseComparison.readAlike(null, " . ")).isTrue();
  }

  @ParameterizedTest(name = "\"{0}\" → \"{1}\" is editorial")
  @CsvSource(
      delimiter = '|',
      value = {
        "If you do not consent, no advertising tracking will occur. | if you do NOT consent no advertising tracking "
            + "will occur",
        "Counts visits | counts visits.",
        "Counts visits | Counts visits!",
        "We do not track you. | We don’t track you",
        "We don't track you | We don’t track you",
        "You cannot opt out | You can't opt out",
        "You cannot opt out | You can not opt out",
        "first-party cookies | first–party cookies",
        "third party | third-party",
        "\"session cookies\" | “session cookies”",
        "a *short* time | a _short_ time",
        "see clause 5.1, below | see clause 5.1 below",
        "No. Advertising | No! Advertising",
        "1.5 years | 1.5  years",
      })
  void editorial(String before, String after) {
    assertThat(ProseComparison.readAlike(before, after)).isTrue();
    assertThat(ProseComparison.readAlike(after, before)).isTrue();
  }

  @ParameterizedTest(name = "\"{0}\" → \"{1}\" is notable")
  @CsvSource(
      delimiter = '|',
      value = {
        ", no advertising tracking will occur | , no. Advertising tracking will occur.",
        ", no advertising tracking will occur | , no; advertising tracking will occur",
        ", no advertising tracking will occur | , no! Advertising tracking will occur",
        ", no advertising tracking will occur | , no?\" Advertising tracking will occur",
        "kept for 1.5 years | kept for 15 years",
        "kept for 1.5 years | kept for 1,5 years",
        "at most 1,000 | at most 1000",
        "at most 1,000 | at most 1 000",
        "version 3.0.1 | version 301",
        "for 24h | for 2 4h",
        "You can opt out | You cannot opt out",
        "You can opt out | You can't opt out",
        "You can opt out | You can’t opt out",
        "We do track you | We don't track you",
        "We will track you | We won't track you",
        "We won't track you | We wont track you",
      })
  void notable(String before, String after) {
    assertThat(ProseComparison.readAlike(before, after)).isFalse();
    assertThat(ProseComparison.readAlike(after, before)).isFalse();
  }

  @Test
  void numbersAddressesCrossReferencesAndCitationsMustBeWrittenExactlyAsBefore() {
    assertThat(
            ProseComparison.exact(
                "Under Article 6(1)(a) of the GDPR, Art. 13 GDPR and §\u00a025 TTDSG (see Section 7.2"
                    + " and [[contact]]), visit https://example.com/Cookie_Policy. or www.example.com,"
                    + " write to Privacy@Example.com, shop at example.com: 1-2 weeks, 1,000 visits."))
        .containsExactly(
            "Article 6(1)(a) of the GDPR",
            "Art. 13 GDPR",
            "§ 25 TTDSG",
            "Section 7.2",
            "[[contact]]",
            "https://example.com/Cookie_Policy",
            "www.example.com",
            "Privacy@Example.com",
            "example.com",
            "1-2",
            "1,000");
  }

  @Test
  void wordsThatOnlyLookLikeAbbreviationsAreNoAddresses() {
    assertThat(ProseComparison.exact("e.g. i.e. U.S. etc. Sectional Articles of faith")).isEmpty();
  }

  @Test
  void aChangedCitationIsNeverEditorialButItsSpacingIs() {
    assertThat(ProseComparison.readAlike("Article 6(1)(a) GDPR", "Article 61(a) GDPR")).isFalse();
    assertThat(ProseComparison.readAlike("Article 6(1)(a) GDPR", "article 6(1)a GDPR")).isFalse();
    assertThat(ProseComparison.readAlike("§ 25 TTDSG", "25 TTDSG")).isFalse();
    assertThat(ProseComparison.readAlike("§ 25 TTDSG", "§  25  TTDSG")).isTrue();
  }

  @Test
  void findingTheExactPartsTakesLinearTimeOnHostileText() {
    for (String unit : java.util.List.of("a", "a-", "a.", "1.", "a@", "§ 1(", "https://a")) {
      String hostile = unit.repeat(200_000 / unit.length());
      org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
          java.time.Duration.ofSeconds(3), () -> ProseComparison.exact(hostile), unit);
    }
  }
}
