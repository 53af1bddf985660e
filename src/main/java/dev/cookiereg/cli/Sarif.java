package dev.cookiereg.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cookiereg.ReleaseGate;
import dev.cookiereg.diagnostic.Diagnostic;
import dev.cookiereg.diagnostic.Severity;
import dev.cookiereg.validate.ChangelogLint;
import dev.cookiereg.validate.LintRule;
import dev.cookiereg.validate.Lints;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code check --format sarif}: a SARIF 2.1.0 log with one run of the tool {@code cookiereg}, its
 * rules (each lint, release-gate, history and compliance rule, with the source a compliance rule
 * rests on in its help) and a result per diagnostic, located in the file it concerns.
 */
final class Sarif {
  static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  private Sarif() {}

  /** Every rule a diagnostic of {@code check} may name, by id, in table order. */
  static List<LintRule> rules() {
    List<LintRule> all = new ArrayList<>(Lints.ALL);
    all.addAll(ReleaseGate.ALL);
    all.addAll(ChangelogLint.RULES);
    return all;
  }

  static ObjectNode log(List<Diagnostic> diagnostics) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode log = f.objectNode();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "cookiereg");
    Map<String, Integer> index = new LinkedHashMap<>();
    ArrayNode rules = driver.putArray("rules");
    for (LintRule r : rules()) {
      if (index.containsKey(r.id())) continue;
      index.put(r.id(), index.size());
      ObjectNode rule = rules.addObject();
      rule.put("id", r.id());
      rule.putObject("shortDescription").put("text", r.summary());
      rule.putObject("help").put("text", help(r));
      rule.putObject("defaultConfiguration").put("level", level(r.severity()));
      if (r.isCompliance()) {
        ObjectNode properties = rule.putObject("properties");
        properties.put("source", r.source());
        ArrayNode regions = properties.putArray("regions");
        r.regions().forEach(regions::add);
      }
    }
    ArrayNode results = run.putArray("results");
    for (Diagnostic d : diagnostics) {
      ObjectNode result = results.addObject();
      result.put("ruleId", d.rule());
      Integer i = index.get(d.rule());
      if (i != null) result.put("ruleIndex", i);
      result.put("level", level(d.severity()));
      result.putObject("message").put("text", d.messageWithSource());
      ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
      physical.putObject("artifactLocation").put("uri", uri(d.file()));
      ObjectNode region = physical.putObject("region");
      region.put("startLine", Math.max(1, d.location().line()));
      region.put("startColumn", Math.max(1, d.location().column()));
      if (d.source() != null) result.putObject("properties").put("source", d.source());
    }
    return log;
  }

  private static String help(LintRule r) {
    if (!r.isCompliance()) return r.summary();
    return r.summary()
        + ". Applies in: "
        + String.join(", ", r.regions())
        + ". Source: "
        + r.source()
        + ".";
  }

  private static String level(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case NOTE -> "note";
    };
  }

  /** The file as a URI reference: relative as given, or a {@code file:} URI when absolute. */
  static String uri(String file) {
    try {
      Path path = Path.of(file);
      if (path.isAbsolute()) return path.toUri().toASCIIString();
    } catch (InvalidPathException e) {
      // not a path of this system: written as a relative reference below
    }
    try {
      return new URI(null, null, file.replace('\\', '/'), null).toASCIIString();
    } catch (URISyntaxException e) {
      return file.replace("%", "%25").replace(" ", "%20");
    }
  }
}
