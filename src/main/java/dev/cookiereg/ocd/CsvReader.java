package dev.cookiereg.ocd;

import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader: fields separated by commas, records by CRLF or LF; a field in double
 * quotes may hold commas, line breaks and doubled quotes ({@code ""}). A leading byte-order mark is
 * ignored, and a final line break does not start an empty record.
 */
final class CsvReader {
  private CsvReader() {}

  /** One record and the 1-based line of the file on which it starts. */
  public record Record(int line, List<String> fields) {
    public Record {
      fields = List.copyOf(fields);
    }
  }

  /** A malformed file: an unterminated quote, or text after a closing quote. */
  public static final class CsvException extends Exception {
    private static final long serialVersionUID = 1L;

    public CsvException(int line, String message) {
      super("line " + line + ": " + message);
    }
  }

  public static List<Record> parse(String text) throws CsvException {
    List<Record> records = new ArrayList<>();
    int i = text.startsWith("\uFEFF") ? 1 : 0;
    int n = text.length();
    int line = 1;
    while (i < n) {
      int recordLine = line;
      List<String> fields = new ArrayList<>();
      boolean endOfRecord = false;
      while (!endOfRecord) {
        if (i < n && text.charAt(i) == '"') {
          int quoteLine = line;
          i++;
          // A field without doubled quotes is a substring of the text; one with them is copied.
          int start = i;
          StringBuilder field = null;
          while (true) {
            if (i >= n) throw new CsvException(quoteLine, "a quoted field is not closed");
            char ch = text.charAt(i);
            if (ch == '"') {
              if (i + 1 < n && text.charAt(i + 1) == '"') {
                if (field == null) field = new StringBuilder();
                field.append(text, start, i + 1);
                i += 2;
                start = i;
                continue;
              }
              break;
            }
            if (ch == '\n') line++;
            i++;
          }
          fields.add(
              field == null ? text.substring(start, i) : field.append(text, start, i).toString());
          i++;
          if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            throw new CsvException(line, "text after the closing quote of a field");
          }
        } else {
          int start = i;
          while (i < n) {
            char ch = text.charAt(i);
            if (ch == ',' || ch == '\n' || ch == '\r') break;
            if (ch == '"') throw new CsvException(line, "a quote inside an unquoted field");
            i++;
          }
          fields.add(text.substring(start, i));
        }
        if (i >= n) {
          endOfRecord = true;
        } else if (text.charAt(i) == ',') {
          i++;
        } else {
          if (text.charAt(i) == '\r') i++;
          if (i < n && text.charAt(i) == '\n') i++;
          line++;
          endOfRecord = true;
        }
      }
      records.add(new Record(recordLine, fields));
    }
    return records;
  }
}
