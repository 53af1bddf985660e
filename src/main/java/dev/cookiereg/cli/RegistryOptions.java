package dev.cookiereg.cli;

import dev.cookiereg.RegistryLoader;
import dev.cookiereg.load.YamlTreeReader;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Options every command that reads a registry shares. */
final class RegistryOptions {
  @Option(
      names = "--max-size",
      paramLabel = "SIZE",
      converter = SizeConverter.class,
      description = "the largest registry accepted, e.g. 1m (the default), 64m or 500k")
  long maxSize = YamlTreeReader.MAX_BYTES;

  RegistryLoader loader() {
    return new RegistryLoader(maxSize);
  }

  /** Reads sizes such as {@code 1048576}, {@code 500k} or {@code 64m}. */
  static final class SizeConverter implements CommandLine.ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      String v = value.strip().toLowerCase(Locale.ROOT);
      long unit = 1;
      if (v.endsWith("k")) unit = 1L << 10;
      if (v.endsWith("m")) unit = 1L << 20;
      if (v.endsWith("g")) unit = 1L << 30;
      String digits = unit == 1 ? v : v.substring(0, v.length() - 1);
      try {
        long size = Long.parseLong(digits) * unit;
        if (size < 1 || size > (1L << 30))
          throw new CommandLine.TypeConversionException("between 1 and 1g");
        return size;
      } catch (NumberFormatException e) {
        throw new CommandLine.TypeConversionException("'" + value + "' is not a size such as 64m");
      }
    }
  }
}
