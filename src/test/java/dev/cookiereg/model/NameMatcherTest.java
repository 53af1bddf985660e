package dev.cookiereg.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The precedence by which a cookie name seen in a browser is given to one declaration: an exact
 * name, then the pattern with the longest literal prefix, then the most literal text, then the one
 * declared first; and the glob operations it rests on.
 */
class NameMatcherTest {
  static Optional<String> match(List<String> declared, String name) {
    return NameMatcher.of(declared, Function.identity()).match(name);
  }

  @ParameterizedTest(name = "{0}: {1} takes ''{2}''")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          an exact name comes before any pattern             | ga* _ga* gat    | gat     | gat
          an exact name comes before a longer pattern        | gat* gat         | gat     | gat
          the longer literal prefix beats more literal text  | a*bcdef ab*      | abcdef  | ab*
          the longer literal prefix, whatever the order      | ab* a*bcdef      | abcdef  | ab*
          equal prefixes: the more literal text              | ab* ab*z         | abxz    | ab*z
          equal prefixes: only the matching pattern counts   | ab* ab*z         | abxy    | ab*
          equal prefix and text: the one declared first      | ab*x* ab*y*      | abxy    | ab*x*
          equal prefix and text, declared the other way      | ab*y* ab*x*      | abxy    | ab*y*
          the same exact name twice: the one declared first  | token token      | token   | token
          a wildcard may stand for no characters             | ab*              | ab      | ab*
          a star in a browser name is matched as a character | x*y              | x*y     | x*y
          """)
  void aNameGoesToTheDeclarationThePrecedenceRanksFirst(
      String rule, String declared, String name, String expected) {
    List<String> names = List.of(declared.split(" "));

    assertThat(match(names, name)).as(rule).contains(expected);
  }

  @Test
  void whenTwoDeclarationsHaveTheSameTextTheFirstIsTheOneReturned() {
    record Declared(String id, String name) {}
    List<Declared> cookies = List.of(new Declared("first", "ab*"), new Declared("second", "ab*"));

    assertThat(NameMatcher.of(cookies, Declared::name).match("abc"))
        .map(Declared::id)
        .contains("first");
  }

  @Test
  void aNameNoDeclarationMatchesAndACookieWithoutANameMatchNothing() {
    Cookie labelled =
        new Cookie(
            "session-id", null, "Session ID", "p", null, "c", "x", Retention.session(), null, null);
    Cookie ga = new Cookie("ga", "ga*", null, "p", null, "c", "x", Retention.session(), null, null);
    NameMatcher<Cookie> matcher = NameMatcher.of(List.of(labelled, ga));

    assertThat(matcher.match("Session ID")).isEmpty();
    assertThat(matcher.match("_ga")).isEmpty();
    assertThat(matcher.match("")).isEmpty();
    assertThat(matcher.match("ga")).contains(ga);
  }

  static Cookie cookie(String id, String name, String matches) {
    return new Cookie(
        id, name, matches, null, "p", null, "c", "x", Retention.session(), null, null);
  }

  @Test
  void aCookieIsRecognisedByWhatItMatchesNotByTheNameThePagePrints() {
    Cookie visitor = cookie("_pk_id", "_pk_id", "_pk_id.*");
    Cookie property = cookie("ga-property", "ga*", "_ga_*");
    NameMatcher<Cookie> matcher = NameMatcher.of(List.of(visitor, property));

    assertThat(matcher.match("_pk_id.1.1fff")).contains(visitor);
    assertThat(matcher.match("_ga_ABC123XYZ")).contains(property);
    assertThat(matcher.match("_pk_id")).as("the printed name alone").isEmpty();
    assertThat(matcher.match("gaming")).as("the printed pattern alone").isEmpty();
    assertThat(visitor.match()).isEqualTo(Cookie.Match.PREFIX);
    assertThat(visitor.regex()).isEqualTo("^_pk_id\\..*$");
    assertThat(visitor.displayName()).isEqualTo("_pk_id");
  }

  @Test
  void thePrecedenceReadsTheLiteralPrefixOfWhatACookieMatches() {
    // By its printed name "_x" would have the shorter prefix; by what it matches, the longer one.
    Cookie widened = cookie("x", "_x", "_x_long*");
    Cookie family = cookie("x-family", "_x_*", null);

    assertThat(NameMatcher.of(List.of(family, widened)).match("_x_longer")).contains(widened);
    assertThat(NameMatcher.of(List.of(widened, family)).match("_x_other")).contains(family);
  }

  @ParameterizedTest(name = "{0} before {1}: {2}")
  @CsvSource({
    "_ga, ga*, EXACT_NAME",
    "ga*, _ga, EXACT_NAME",
    "a*bcdef, ab*, LONGER_PREFIX",
    "ab*, ab*z, MORE_LITERAL_TEXT",
    "ab*x*, ab*y*, DECLARED_FIRST",
    "token, token, DECLARED_FIRST"
  })
  void theRuleThatDecidesIsNamedForMessages(
      String first, String second, NameMatcher.Precedence rule) {
    assertThat(NameMatcher.decidedBy(first, second)).isEqualTo(rule);
  }

  @Test
  void secondWinsAgreesWithMatchForEveryPairOfTheTable() {
    List<String[]> pairs =
        List.of(
            new String[] {"ga*", "gat", "gat"},
            new String[] {"a*bcdef", "ab*", "abcdef"},
            new String[] {"ab*", "ab*z", "abxz"},
            new String[] {"ab*x*", "ab*y*", "abxy"},
            new String[] {"gat", "ga*", "gat"});
    for (String[] p : pairs) {
      String winner = match(List.of(p[0], p[1]), p[2]).orElseThrow();
      assertThat(NameMatcher.secondWins(p[0], p[1]))
          .as(String.join(" ", p))
          .isEqualTo(winner.equals(p[1]));
    }
  }

  @Test
  void aMegabyteNameIsMatchedInLinearTime() {
    List<String> declared = new ArrayList<>();
    for (int i = 0; i < 1000; i++) declared.add("a" + "*a".repeat(i % 3 + 1) + "b" + i);
    declared.add("a*a*a*c");
    NameMatcher<String> matcher = NameMatcher.of(declared, Function.identity());
    String name = "a".repeat(1 << 20);

    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () -> {
          assertThat(matcher.match(name)).isEmpty();
          assertThat(matcher.match(name + "c")).contains("a*a*a*c");
        });
  }

  // ------------------------------------------------------------------------------------ globs

  @Test
  void globMatchingAgreesWithTheManifestsRegexOnRandomNames() {
    Random random = new Random(13);
    int matched = 0;
    for (int k = 0; k < 3000; k++) {
      String glob = Globs.collapse(random(random, "ab*.", 7));
      if (glob.isEmpty()) continue;
      Pattern regex = Pattern.compile(Globs.regex(glob));
      for (int i = 0; i < 10; i++) {
        String name = random(random, "ab.", 8);
        boolean expected = regex.matcher(name).find();
        assertThat(Globs.matches(glob, name)).as("%s on %s", glob, name).isEqualTo(expected);
        matched += expected ? 1 : 0;
      }
    }
    assertThat(matched).as("random pairs that match").isGreaterThan(1000);
  }

  @Test
  void twoPatternsOverlapExactlyWhenSomeShortNameMatchesBothAndTheWitnessDoes() {
    Random random = new Random(31);
    int overlapping = 0;
    for (int k = 0; k < 400; k++) {
      String a = Globs.collapse(random(random, "ab*", 5));
      String b = Globs.collapse(random(random, "ab*", 5));
      Optional<String> witness = Globs.overlap(a, b);
      // Some name both match exists iff one over their letters, no longer than both, does.
      boolean exists = false;
      for (String name : allNames("ab", a.length() + b.length())) {
        if (Globs.matches(a, name) && Globs.matches(b, name)) {
          exists = true;
          break;
        }
      }
      assertThat(witness.isPresent()).as("%s and %s", a, b).isEqualTo(exists);
      witness.ifPresent(
          w ->
              assertThat(Globs.matches(a, w) && Globs.matches(b, w))
                  .as("%s: %s and %s", w, a, b)
                  .isTrue());
      overlapping += exists ? 1 : 0;
    }
    assertThat(overlapping).isBetween(40, 360);
  }

  static List<String> allNames(String alphabet, int maxLength) {
    List<String> out = new ArrayList<>(List.of(""));
    for (int from = 0, length = 1; length <= maxLength; length++) {
      int to = out.size();
      for (int i = from; i < to; i++) {
        for (char c : alphabet.toCharArray()) out.add(out.get(i) + c);
      }
      from = to;
    }
    return out;
  }

  static String random(Random random, String alphabet, int maxLength) {
    StringBuilder s = new StringBuilder();
    for (int i = random.nextInt(maxLength + 1); i > 0; i--) {
      s.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return s.toString();
  }
}
