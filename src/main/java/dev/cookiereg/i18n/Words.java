package dev.cookiereg.i18n;

import dev.cookiereg.model.IsoDuration;
import dev.cookiereg.model.Language;
import dev.cookiereg.model.Retention;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The interface words of one language ({@link InterfaceWords} translated, English where a word has
 * no translation yet) and the facts formatted for it: dates and numbers with the JDK's locale data
 * ({@code April 3, 2026}, {@code 3 avril 2026}), durations with the language's units ({@code 13
 * months}, {@code 13 mois}, {@code 30 minutes d'inactivité}).
 */
public final class Words {
  /** The words of the policy's own language. */
  public static final Words ENGLISH = new Words("en", Locale.ENGLISH, Map.of());

  private static final DateTimeFormatter ENGLISH_DATE =
      DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);

  private final String code;
  private final Locale locale;
  private final Map<String, String> words;

  private Words(String code, Locale locale, Map<String, String> translated) {
    this.code = code;
    this.locale = locale;
    Map<String, String> w = new LinkedHashMap<>(InterfaceWords.ENGLISH);
    translated.forEach((k, v) -> w.computeIfPresent(k, (key, english) -> v));
    this.words = Collections.unmodifiableMap(w);
  }

  /** The words of {@code language}, from its translated texts. */
  public static Words of(Language language) {
    Map<String, String> t = new LinkedHashMap<>();
    language.texts().forEach((k, v) -> t.put(k, v.text()));
    return new Words(language.code(), language.locale(), t);
  }

  /** The language's code ({@code en}, {@code fr-CA}). */
  public String code() {
    return code;
  }

  public Locale locale() {
    return locale;
  }

  /** Every word by id, for templates. */
  public Map<String, String> all() {
    return words;
  }

  /** The word {@code id}. */
  public String get(String id) {
    String w = words.get(id);
    if (w == null) throw new IllegalArgumentException("no interface word " + id);
    return w;
  }

  /** The word {@code id} with each {@code {name}} replaced by its value. */
  public String format(String id, Map<String, String> values) {
    String w = get(id);
    for (Map.Entry<String, String> e : values.entrySet()) {
      w = w.replace("{" + e.getKey() + "}", e.getValue());
    }
    return w;
  }

  /** A date in the language's long form: {@code April 3, 2026}, {@code 3 avril 2026}. */
  public String date(LocalDate d) {
    if (locale.getLanguage().equals("en")) return ENGLISH_DATE.format(d);
    String text = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(d);
    // French writes the first of the month as an ordinal (le 1er janvier, OQLF); the JDK writes 1
    if (locale.getLanguage().equals("fr") && d.getDayOfMonth() == 1 && text.startsWith("1 ")) {
      return "1er" + text.substring(1);
    }
    return text;
  }

  /** A count of a unit: {@code 13 months}, {@code 1 an}, {@code 2 ans}. */
  public String count(long n, String unit) {
    String number = NumberFormat.getIntegerInstance(locale).format(n);
    boolean one = locale.getLanguage().equals("fr") ? n < 2 : n == 1;
    return number + " " + get("duration." + unit + (one ? "" : "s"));
  }

  /** A length of time: {@code 13 months}, {@code 1 year 6 months}; {@code 13 mois}. */
  public String duration(IsoDuration d) {
    List<String> parts = new ArrayList<>();
    long[] amounts = {
      d.years(), d.months(), d.weeks(), d.days(), d.hours(), d.minutes(), d.seconds()
    };
    String[] units = {"year", "month", "week", "day", "hour", "minute", "second"};
    for (int i = 0; i < units.length; i++) {
      if (amounts[i] > 0) parts.add(count(amounts[i], units[i]));
    }
    return parts.isEmpty() ? count(0, "second") : String.join(" ", parts);
  }

  /**
   * How long a cookie lives in these words; an editor's own display text ({@code display:}) is
   * English and kept only in English.
   */
  public String retention(Retention r) {
    if (this == ENGLISH || code.equals("en")) return r.display();
    return switch (r.kind()) {
      case UNKNOWN ->
          get("duration.unknown")
              + (r.note() == null || r.note().isBlank() ? "" : " (" + r.note() + ")");
      case SESSION -> get("duration.session");
      case FIXED -> duration(r.period());
      case IDLE -> format("duration.idle", Map.of("duration", duration(r.period())));
      case VARIANTS ->
          r.variants().stream()
              .map(
                  v ->
                      format(
                          "duration.variant",
                          Map.of("duration", retention(v.retention()), "label", v.label())))
              .collect(Collectors.joining(" " + get("duration.or") + " "));
    };
  }

  /** Names joined: {@code A, B and C}; {@code A, B et C}. */
  public String and(List<String> names) {
    if (names.size() <= 1) return String.join("", names);
    return String.join(", ", names.subList(0, names.size() - 1))
        + " "
        + get("list.and")
        + " "
        + names.get(names.size() - 1);
  }
}
