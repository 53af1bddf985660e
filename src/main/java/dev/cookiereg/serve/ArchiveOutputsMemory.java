package dev.cookiereg.serve;

import dev.cookiereg.Build;
import dev.cookiereg.site.RenderException;
import dev.cookiereg.site.SiteFile;
import java.util.List;

/**
 * The archive's record and index, made again only when the archive is another: {@link ArchiveCache}
 * hands out the same list for as long as the archive on disk stays the same. Used by the preview's
 * render thread only.
 */
final class ArchiveOutputsMemory implements Build.ArchiveOutputs {
  private List<SiteFile> archived;
  private List<SiteFile> outputs;

  @Override
  public List<SiteFile> of(List<SiteFile> archived) throws RenderException {
    if (archived != this.archived) {
      outputs = Build.ArchiveOutputs.MADE.of(archived);
      this.archived = archived;
    }
    return outputs;
  }
}
