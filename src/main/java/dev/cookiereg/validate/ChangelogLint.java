package dev.cookiereg.validate;

import dev.cookiereg.diagnostic.Diagnostic;
import dev.cookiereg.diagnostic.Location;
import dev.cookiereg.diagnostic.RegistryException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The lint rules of the policy history (CHANGELOG.md), which the history page renders as Markdown: it holds no
 * images ({@link Lints#IMAGE_IN_PROSE}). Each finding is located in the file.
 */
public final class ChangelogLint {
  private ChangelogLint() {}

  /** The findings in the history's text; {@code file} names it in each diagnostic. */
  public static List<Diagnostic> check(String markdown, String file) {
    List<Diagnostic> found = new ArrayList<>();
    for (MarkdownImages.Found image : MarkdownImages.in(markdown)) {
      found.add(new Diagnostic(file, new Location(image.line(), image.column()), Lints.IMAGE_IN_PROSE.severity(),
          Lints.IMAGE_IN_PROSE.id(), MarkdownImages.message(image.source())));
    }
    return found;
  }

  /** The findings in the history file at {@code path}, named {@code name}; none when there is no such file. */
  public static List<Diagnostic> check(Path path, String name) {
    if (!Files.isRegularFile(path)) return List.of();
    try {
      return check(Files.readString(path, StandardCharsets.UTF_8), name);
    } catch (CharacterCodingException e) {
      return List.of(Diagnostic.error(name, Location.START, "io", "the file is not valid UTF-8"));
    } catch (IOException e) {
      return List.of(Diagnostic.error(name, Location.START, "io", "cannot read the file: " + e.getMessage()));
    }
  }

  /** Throws, with every finding, when the history file has an error: no page may be built from it. */
  public static void require(Path path, String name) throws RegistryException {
    List<Diagnostic> found = check(path, name);
    if (found.stream().anyMatch(Diagnostic::isError)) throw new RegistryException(found);
  }
}
