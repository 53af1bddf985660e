package dev.cookiereg.serve;

import dev.cookiereg.RegistryLoader;
import dev.cookiereg.diagnostic.RegistryException;
import dev.cookiereg.diff.DiffReport;
import dev.cookiereg.model.Registry;
import dev.cookiereg.release.Releases;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Released registries, each loaded once, and comparisons, each made once: a release never changes,
 * so the preview compares every edit with the models it already has, compares two releases with
 * each other only the first time, and compares an edit with the last release once per render (the
 * consent revisions and the bar both ask). An archived file is loaded again only when its bytes
 * differ (the archive was released anew meanwhile). Registries are immutable, so a comparison is
 * known by the two objects compared. Used by the preview's render thread only.
 */
final class ReleasedRegistries implements Releases.RegistryReader {
  /** Comparisons remembered, the most recently used last: releases pairwise, and the edit's. */
  static final int COMPARISONS = 16;

  private final RegistryLoader loader;
  private final Map<String, Loaded> byName = new HashMap<>();
  private final Deque<Compared> compared = new ArrayDeque<>();

  private record Loaded(byte[] content, Registry registry) {}

  private record Compared(Registry base, Registry head, DiffReport report) {}

  ReleasedRegistries(RegistryLoader loader) {
    this.loader = loader;
  }

  @Override
  public Registry read(String name, byte[] content) throws RegistryException {
    Loaded known = byName.get(name);
    if (known != null && Arrays.equals(known.content(), content)) return known.registry();
    Registry registry = loader.loadForComparison(name, content).registry();
    byName.put(name, new Loaded(content.clone(), registry));
    return registry;
  }

  @Override
  public DiffReport compare(Registry base, Registry head) {
    for (Compared c : compared) {
      if (c.base() == base && c.head() == head) {
        compared.remove(c);
        compared.addLast(c);
        return c.report();
      }
    }
    DiffReport report = Releases.RegistryReader.super.compare(base, head);
    compared.addLast(new Compared(base, head, report));
    if (compared.size() > COMPARISONS) compared.removeFirst();
    return report;
  }
}
