package dev.cookiereg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.cookiereg.diagnostic.Diagnostic;
import dev.cookiereg.diagnostic.Location;
import dev.cookiereg.manifest.Manifest;
import dev.cookiereg.manifest.ManifestSchemas;
import dev.cookiereg.manifest.SchemaCompatibility;
import dev.cookiereg.model.Version;
import dev.cookiereg.release.Archive;
import dev.cookiereg.site.SiteFile;
import dev.cookiereg.site.SitePaths;
import dev.cookiereg.validate.LintRule;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The manifest format's promise, checked against the release archive: within a major version, a
 * schema change never breaks a consumer that pinned the schema released with that major, and every
 * archived manifest of that major still validates against today's schema. A generator change that
 * breaks either moves the major (a new schema beside the old one) instead.
 */
final class ManifestFormatGate {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** At most this many findings are named in one message. */
  static final int NAMED = 3;

  private ManifestFormatGate() {}

  static List<Diagnostic> check(List<SiteFile> archive, LintRule rule) {
    int major = Manifest.FORMAT_MAJOR;
    JsonNode today = ManifestSchemas.of(major);
    String schemaPath = SitePaths.manifestSchema(major);
    TreeMap<Version, SiteFile> schemas = Archive.byVersion(archive, schemaPath);
    TreeMap<Version, SiteFile> manifests = Archive.byVersion(archive, SitePaths.MANIFEST);
    List<Diagnostic> found = new ArrayList<>();
    if (!schemas.isEmpty()) {
      SiteFile released = schemas.lastEntry().getValue();
      List<SchemaCompatibility.Finding> breaking =
          SchemaCompatibility.breaking(read(released), today);
      if (!breaking.isEmpty()) {
        found.add(
            Diagnostic.error(
                released.path(),
                Location.START,
                rule.id(),
                "today's manifest schema breaks format "
                    + major
                    + " as release "
                    + schemas.lastKey()
                    + " published it: "
                    + String.join(
                        "; ", breaking.stream().limit(NAMED).map(Object::toString).toList())
                    + (breaking.size() > NAMED
                        ? "; and " + (breaking.size() - NAMED) + " more"
                        : "")
                    + "; keep the format's promise, or move the manifest format to "
                    + (major + 1)
                    + ".0"));
      }
    }
    var schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(today);
    for (SiteFile f : manifests.values()) {
      JsonNode manifest = read(f);
      if (!manifest.path("schemaVersion").asText().startsWith(major + ".")) continue;
      List<Error> errors = schema.validate(manifest);
      if (!errors.isEmpty()) {
        found.add(
            Diagnostic.error(
                f.path(),
                Location.START,
                rule.id(),
                "a released manifest of format "
                    + major
                    + " no longer validates against today's schema ("
                    + errors.get(0)
                    + (errors.size() > 1 ? ", and " + (errors.size() - 1) + " more" : "")
                    + "); keep the format's promise, or move the manifest format to "
                    + (major + 1)
                    + ".0"));
      }
    }
    return found;
  }

  private static JsonNode read(SiteFile f) {
    try {
      return JSON.readTree(f.content());
    } catch (IOException e) {
      return JSON.nullNode(); // verified by the archive's record; not JSON only if so released
    }
  }
}
