/**
 * The command line: thin picocli commands that hand off to the pipeline and return named exit
 * codes.
 */
package dev.cookiereg.cli;
