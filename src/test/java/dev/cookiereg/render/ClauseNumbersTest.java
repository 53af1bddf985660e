package dev.cookiereg.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cookiereg.RegistryLoader;
import dev.cookiereg.prose.Outline;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every section and clause number of the seed is pinned ({@code seed/clause-numbers.txt}): the
 * outline gives each id its number, and the page (as published and as built) shows exactly those
 * numbers.
 */
class ClauseNumbersTest {
  /** Every number site/index.html shows, in page order. */
  private static List<String> pinned;

  /** The ids among them, with their numbers. */
  private static final Map<String, String> PINNED_IDS = new LinkedHashMap<>();

  /** The page as published in site/ and as this build renders it. */
  private static Map<String, Document> pages;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in = ClauseNumbersTest.class.getResourceAsStream("/seed/clause-numbers.txt")) {
      List<String[]> lines =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .filter(l -> !l.startsWith("#"))
              .map(l -> l.split(" "))
              .toList();
      pinned = lines.stream().map(l -> l[0]).toList();
      for (String[] l : lines) if (l.length > 1) PINNED_IDS.put(l[1], l[0]);
    }
    pages =
        Map.of(
            "published",
            Jsoup.parse(Files.readString(Path.of("site/index.html"))),
            "built",
            Jsoup.parse(BuiltSite.read(BuiltSite.get().resolve("index.html"))));
  }

  @Test
  void theOutlineNumbersEveryIdOfTheSeedAsPinned() throws Exception {
    Outline outline = Outline.of(new RegistryLoader().load(Path.of("cookies.yaml")).registry());
    assertThat(outline.numbers()).containsExactlyEntriesOf(PINNED_IDS);
  }

  @ParameterizedTest
  @ValueSource(strings = {"published", "built"})
  void thePageShowsEveryPinnedNumberInOrder(String which) {
    Document page = pages.get(which);
    List<String> shown =
        page
            .select("main section > h2 > .num, main section > h3 > .num, main .clause-num")
            .eachText()
            .stream()
            .map(n -> n.endsWith(".") ? n.substring(0, n.length() - 1) : n)
            .toList();
    assertThat(shown).isEqualTo(pinned);
  }

  @ParameterizedTest
  @ValueSource(strings = {"published", "built"})
  void thePageShowsEachIdUnderItsPinnedNumber(String which) {
    Document page = pages.get(which);
    PINNED_IDS.forEach(
        (id, number) -> {
          Element e = page.getElementById(id);
          assertThat(e).as(id).isNotNull();
          Element num = e.selectFirst("> h2 > .num, > h3 > .num, > .clause-num");
          assertThat(num).as(id).isNotNull();
          assertThat(num.text()).as(id).isIn(number, number + ".");
        });
  }
}
