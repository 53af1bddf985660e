package dev.cookiereg.crawl;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cookiereg.audit.Evidence;
import dev.cookiereg.audit.Observation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code audit --evidence DIR}: what a crawl saw, kept so that a finding can be shown to a
 * colleague or a regulator.
 *
 * <ul>
 *   <li>{@code <state>.har}: each state's HAR, which {@code audit --har} reads back to the same
 *       findings;
 *   <li>{@code screenshots/<state>-<n>.png}: each page as it first loaded in that state;
 *   <li>{@code observations.json}: every observation the audit judged, by state.
 * </ul>
 */
public final class EvidenceDirectory {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private EvidenceDirectory() {}

  /** The file name of a state's HAR. */
  static String harName(dev.cookiereg.audit.State state) {
    return state.id() + ".har";
  }

  public static void write(Path dir, Crawler.Result result) throws IOException {
    Files.createDirectories(dir);
    ObjectNode all = JSON.createObjectNode();
    ArrayNode pages = all.putArray("pages");
    result.pages().forEach(p -> pages.add(p.toString()));
    ArrayNode states = all.putArray("states");
    for (Crawler.StateCrawl crawled : result.states()) {
      Evidence e = crawled.evidence();
      String state = e.state().id();
      Files.writeString(dir.resolve(harName(e.state())), JSON.writeValueAsString(crawled.har()));
      List<byte[]> shots = crawled.screenshots();
      if (!shots.isEmpty()) Files.createDirectories(dir.resolve("screenshots"));
      for (int n = 0; n < shots.size(); n++) {
        Files.write(
            dir.resolve("screenshots").resolve(state + "-" + (n + 1) + ".png"), shots.get(n));
      }
      ObjectNode s = states.addObject();
      s.put("state", state);
      ArrayNode observations = s.putArray("observations");
      for (Observation o : e.observations()) {
        ObjectNode j = observations.addObject();
        j.put("kind", o.kind().name().toLowerCase(java.util.Locale.ROOT));
        j.put("name", o.name());
        j.put("domain", o.domain());
        j.put("page", o.page());
        j.put("expiry", o.expiry().words());
        if (o.kind() == Observation.Kind.COOKIE) {
          j.put("httpOnly", o.httpOnly());
          j.put("secure", o.secure());
          j.put("sameSite", o.sameSite());
        }
        j.put("source", o.source());
      }
    }
    Files.writeString(dir.resolve("observations.json"), JSON.writeValueAsString(all));
  }
}
