package dev.cookiereg.cli;

import picocli.CommandLine.Option;

/**
 * {@code --verbose}, which every command takes: internal errors then come with their stack trace.
 */
final class VerboseOption {
  static final String NAME = "--verbose";

  @Option(names = NAME, description = "print stack traces of internal errors")
  boolean verbose;
}
