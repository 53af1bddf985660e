package dev.cookiereg.site;

import java.io.IOException;

/** Where rendered files go, one at a time: a staged site on disk, a comparison, or a list. */
@FunctionalInterface
public interface SiteSink {
  void accept(SiteFile file) throws IOException;
}
