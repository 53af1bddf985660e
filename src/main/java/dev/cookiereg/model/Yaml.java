package dev.cookiereg.model;

import java.util.Locale;

/** Maps closed vocabularies between their YAML spelling (kebab-case) and Java enums. */
public final class Yaml {
  private Yaml() {}

  public static String name(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static <E extends Enum<E>> E parse(Class<E> type, String yaml) {
    return Enum.valueOf(type, yaml.toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
