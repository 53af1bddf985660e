package dev.cookiereg.audit;

import dev.cookiereg.load.Inputs;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reading a file of evidence as the registry is read: a regular file, UTF-8, within a limit. */
final class EvidenceFiles {
  private EvidenceFiles() {}

  /**
   * The largest file of evidence read by default: a HAR with response bodies of a few pages stays
   * well below it.
   */
  static final long MAX_BYTES = 128L << 20;

  static String read(Path file, long maxBytes) throws EvidenceException {
    try {
      return Inputs.readUtf8(file, maxBytes);
    } catch (NoSuchFileException e) {
      throw new EvidenceException(file.toString(), "no such file");
    } catch (FileSystemException e) {
      throw new EvidenceException(
          file.toString(), e.getReason() == null ? "cannot be read" : e.getReason());
    } catch (IOException e) {
      throw new EvidenceException(
          file.toString(), "cannot be read (" + e.getClass().getSimpleName() + ")");
    }
  }
}
