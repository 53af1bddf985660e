package dev.cookiereg.render;

import dev.cookiereg.site.RenderException;
import java.util.function.Supplier;

/**
 * Turns a failure while building a view (an unknown id, say) into a {@link RenderException} naming
 * the output.
 */
final class Views {
  private Views() {}

  static <T> T guard(String output, Supplier<T> build) throws RenderException {
    try {
      return build.get();
    } catch (RuntimeException e) {
      throw new RenderException(output + ": error: " + e.getMessage(), e);
    }
  }
}
