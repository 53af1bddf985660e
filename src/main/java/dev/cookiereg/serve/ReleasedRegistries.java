package dev.cookiereg.serve;

import dev.cookiereg.RegistryLoader;
import dev.cookiereg.diagnostic.RegistryException;
import dev.cookiereg.model.Registry;
import dev.cookiereg.release.Releases;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Released registries, each loaded once: a release never changes, so the preview compares every
 * edit with the model it already has. An archived file is loaded again only when its bytes differ
 * (the archive was released anew meanwhile). Used by the preview's render thread only.
 */
final class ReleasedRegistries implements Releases.RegistryReader {
  private final RegistryLoader loader;
  private final Map<String, Loaded> byName = new HashMap<>();

  private record Loaded(byte[] content, Registry registry) {}

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
}
