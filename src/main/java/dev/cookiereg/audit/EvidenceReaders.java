package dev.cookiereg.audit;

import java.nio.file.Path;
import java.time.Instant;

/** Reading evidence files: the entry to the readers for the command line. */
public final class EvidenceReaders {
  private EvidenceReaders() {}

  /** The largest file of evidence read unless told otherwise: 128 MiB. */
  public static final long MAX_BYTES = EvidenceFiles.MAX_BYTES;

  /** A HAR file as the observations of one state. */
  public static Evidence har(Path file, State state, long maxBytes) throws EvidenceException {
    return HarReader.read(file, state, maxBytes);
  }

  /** A HAR held in memory (the live crawl's), named {@code name} in messages. */
  public static Evidence har(String name, String text, State state) throws EvidenceException {
    return HarReader.parse(name, text, state);
  }

  /** A cookies.txt exported at {@code observedAt} as the observations of one state. */
  public static Evidence cookiesTxt(Path file, State state, Instant observedAt, long maxBytes)
      throws EvidenceException {
    return CookiesTxtReader.read(file, state, observedAt, maxBytes);
  }
}
