package dev.cookiereg.audit;

import java.util.List;

/**
 * What one file of evidence holds: the observations of one consent state and the pages visited.
 *
 * @param file the file's name as given
 */
public record Evidence(
    String file, State state, List<Observation> observations, List<String> pages) {
  public Evidence {
    observations = List.copyOf(observations);
    pages = List.copyOf(pages);
  }
}
