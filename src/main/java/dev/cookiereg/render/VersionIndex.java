package dev.cookiereg.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cookiereg.model.Version;
import dev.cookiereg.release.Archive;
import dev.cookiereg.site.RenderException;
import dev.cookiereg.site.SiteFile;
import dev.cookiereg.site.SitePaths;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code versions/index.json}: every released version, newest first, as its archived manifest
 * states it — digest, release and effective dates, verdict, banner revision, manifest format — with
 * the paths of its archived manifest and page, relative to the index. A service looks up here the
 * version and digest a consent record cites. Built anew from the verified archive by every build.
 */
public final class VersionIndex {
  private VersionIndex() {}

  /** The index of the archived {@code files} (site files under {@code versions/}). */
  public static SiteFile of(List<SiteFile> archived) throws RenderException {
    TreeMap<Version, JsonNode> manifests = new TreeMap<>();
    for (Map.Entry<Version, SiteFile> e :
        Archive.byVersion(archived, SitePaths.MANIFEST).entrySet()) {
      manifests.put(e.getKey(), read(e.getValue()));
    }
    JsonNodeFactory json = JsonNodeFactory.instance;
    ObjectNode index = json.objectNode();
    index.put("latest", manifests.isEmpty() ? null : manifests.lastKey().toString());
    ArrayNode versions = index.putArray("versions");
    for (Map.Entry<Version, JsonNode> e : manifests.descendingMap().entrySet()) {
      String v = e.getKey().toString();
      JsonNode m = e.getValue();
      JsonNode policy = m.path("policy");
      JsonNode change = m.path("change");
      String format = m.path("schemaVersion").asText();
      ObjectNode entry = versions.addObject();
      entry.put("version", v);
      entry.put("digest", policy.path("digest").asText());
      entry.put("digestRecomputable", !format.startsWith("1."));
      entry.put("released", policy.path("lastUpdated").asText());
      entry.put("effective", policy.path("effective").asText());
      entry.set("since", change.path("since").isTextual() ? change.get("since") : json.nullNode());
      entry.put("verdict", change.path("verdict").asText());
      entry.put("material", change.path("material").asBoolean());
      entry.put("bannerRevision", policy.path("bannerRevision").asInt());
      entry.put("schemaVersion", format);
      entry.put("manifest", v + "/" + SitePaths.MANIFEST);
      entry.put("policy", v + "/" + SitePaths.POLICY);
    }
    return Json.file(SitePaths.VERSIONS_INDEX, index);
  }

  private static JsonNode read(SiteFile f) throws RenderException {
    try {
      JsonNode m = Json.MAPPER.readTree(f.content());
      if (!m.path("policy").path("digest").isTextual()) {
        throw new RenderException(f.path() + ": not a manifest with a policy digest");
      }
      return m;
    } catch (IOException e) {
      throw new RenderException(f.path() + ": not JSON: " + e.getMessage(), e);
    }
  }
}
