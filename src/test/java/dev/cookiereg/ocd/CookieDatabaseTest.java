package dev.cookiereg.ocd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cookiereg.model.Globs;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The bundled database's wildcard index, which the lint {@code declared-name-narrower-than-known}
 * reads without parsing descriptions and retentions, says what the full database's lookup says: for
 * every text, the wildcard on exactly that text is the entry the manifest's precedence gives it.
 */
class CookieDatabaseTest {
  static String bundledCsv() throws Exception {
    try (InputStream in = CookieDatabase.class.getResourceAsStream(CookieDatabase.RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theWildcardOnATextIsTheEntryTheDatabaseGivesThatText() throws Exception {
    List<CsvReader.Record> rows = CsvReader.parse(bundledCsv());
    int column = rows.get(0).fields().indexOf("Cookie / Data Key name");
    Set<String> texts = new LinkedHashSet<>();
    for (CsvReader.Record r : rows.subList(1, rows.size())) {
      if (r.fields().size() <= column) continue;
      String name = r.fields().get(column).strip();
      texts.add(name);
      texts.add(name + "x");
      if (!name.isEmpty()) texts.add(name.substring(0, name.length() - 1));
    }
    CookieDatabase database = CookieDatabase.bundled();
    List<String> disagree = new ArrayList<>();
    int wildcards = 0;
    for (String text : texts) {
      Optional<String> byLookup =
          database
              .lookup(text)
              .filter(e -> Globs.isPattern(e.name()) && Globs.literalPrefix(e.name()).equals(text))
              .map(e -> e.line() + " " + e.name() + " " + e.platform());
      Optional<String> byIndex =
          CookieDatabase.wildcardOn(text).map(k -> k.line() + " " + k.name() + " " + k.platform());
      if (byIndex.isPresent()) wildcards++;
      if (!byLookup.equals(byIndex)) disagree.add(text + ": " + byLookup + " / " + byIndex);
    }

    assertThat(disagree).isEmpty();
    assertThat(wildcards).as("texts the database lists as wildcards").isGreaterThan(100);
    assertThat(CookieDatabase.wildcardOn("_pk_id"))
        .map(k -> k.name() + " " + k.platform() + " " + k.line())
        .contains("_pk_id* Matomo 779");
    assertThat(CookieDatabase.wildcardOn("_ga")).as("listed exactly too").isEmpty();
    assertThat(CookieDatabase.wildcardOn("_st")).as("only a shorter wildcard matches").isEmpty();
  }
}
