package dev.cookiereg.ocd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV reader follows RFC 4180 and says where a malformed file goes wrong. */
class CsvReaderTest {

  @Test
  void quotedFieldsHoldCommasDoubledQuotesAndLineBreaks() throws Exception {
    String csv =
        """
        a,b,c
        "x, y","say ""hi""\","two
        lines"
        plain,,last
        """;
    List<CsvReader.Record> records = CsvReader.parse(csv);
    assertThat(records)
        .extracting(CsvReader.Record::fields)
        .containsExactly(
            List.of("a", "b", "c"),
            List.of("x, y", "say \"hi\"", "two\nlines"),
            List.of("plain", "", "last"));
    assertThat(records).extracting(CsvReader.Record::line).containsExactly(1, 2, 4);
  }

  @Test
  void crlfLineEndsAndAMissingFinalLineBreakAreRecordEnds() throws Exception {
    List<CsvReader.Record> records = CsvReader.parse("a,b\r\n\"1\r\n2\",3");
    assertThat(records)
        .extracting(CsvReader.Record::fields)
        .containsExactly(List.of("a", "b"), List.of("1\r\n2", "3"));
  }

  @Test
  void emptyQuotedFieldsAndTrailingEmptyFieldsAreKept() throws Exception {
    assertThat(CsvReader.parse("\"\",x,\n").get(0).fields()).containsExactly("", "x", "");
  }

  @Test
  void aByteOrderMarkIsNotPartOfTheFirstField() throws Exception {
    assertThat(CsvReader.parse("\uFEFFID,Platform\n").get(0).fields())
        .containsExactly("ID", "Platform");
  }

  @Test
  void whitespaceInsideFieldsIsData() throws Exception {
    assertThat(CsvReader.parse(" a ,b\t\n").get(0).fields()).containsExactly(" a ", "b\t");
  }

  @Test
  void anUnclosedQuoteIsAnErrorAtTheLineWhereItOpens() {
    assertThatThrownBy(() -> CsvReader.parse("a,b\nc,\"open\nstill open\n"))
        .isInstanceOf(CsvReader.CsvException.class)
        .hasMessage("line 2: a quoted field is not closed");
  }

  @Test
  void textAfterAClosingQuoteIsAnError() {
    assertThatThrownBy(() -> CsvReader.parse("\"a\"b,c\n"))
        .isInstanceOf(CsvReader.CsvException.class)
        .hasMessageContaining("after the closing quote");
  }

  @Test
  void aQuoteInsideAnUnquotedFieldIsAnError() {
    assertThatThrownBy(() -> CsvReader.parse("ab\"c,d\n"))
        .isInstanceOf(CsvReader.CsvException.class)
        .hasMessageContaining("quote inside an unquoted field");
  }
}
