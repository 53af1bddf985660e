package dev.cookiereg.validate;

import dev.cookiereg.model.Block;
import dev.cookiereg.model.Category;
import dev.cookiereg.model.Registry;
import dev.cookiereg.model.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * One walk of the policy's structure: every block, in sections, then in each category's clauses,
 * then in each technology's clauses (subsections included, in place); and every id that owns a
 * place in the policy, in the same order, after the related documents.
 */
final class Places {
  /** What holds a block, at any depth. */
  enum Holder {
    SECTIONS,
    CATEGORY,
    TECHNOLOGY
  }

  /**
   * A block and where it is.
   *
   * @param category the category whose clauses hold the block directly, else null
   */
  record BlockSite(Block block, String pointer, Holder holder, Category category) {}

  /**
   * An id that owns a place in the policy.
   *
   * @param titled a section's, category's or technology's id, whose heading the page gives an id
   * @param onPage false for a related document, which the page links to but does not hold
   */
  record Anchor(String id, String pointer, boolean titled, boolean onPage) {}

  final List<BlockSite> blocks = new ArrayList<>();
  final List<Anchor> anchors = new ArrayList<>();

  private Places() {}

  static Places of(Registry r) {
    Places p = new Places();
    for (int i = 0; i < r.policy().relatedDocuments().size(); i++) {
      p.anchors.add(
          new Anchor(
              r.policy().relatedDocuments().get(i).id(),
              "/policy/relatedDocuments/" + i,
              false,
              false));
    }
    for (int i = 0; i < r.sections().size(); i++) {
      p.section(r.sections().get(i), "/sections/" + i, Holder.SECTIONS);
    }
    for (int i = 0; i < r.categories().size(); i++) {
      Category c = r.categories().get(i);
      p.anchors.add(new Anchor(c.id(), "/categories/" + i, true, true));
      p.blocks(c.clauses(), "/categories/" + i + "/clauses", Holder.CATEGORY, c);
    }
    for (int i = 0; i < r.technologies().size(); i++) {
      p.anchors.add(new Anchor(r.technologies().get(i).id(), "/technologies/" + i, true, true));
      p.blocks(
          r.technologies().get(i).clauses(),
          "/technologies/" + i + "/clauses",
          Holder.TECHNOLOGY,
          null);
    }
    return p;
  }

  private void section(Section s, String pointer, Holder holder) {
    anchors.add(new Anchor(s.id(), pointer, true, true));
    blocks(s.content(), pointer + "/content", holder, null);
  }

  private void blocks(List<Block> content, String pointer, Holder holder, Category category) {
    for (int j = 0; j < content.size(); j++) {
      Block b = content.get(j);
      String at = pointer + "/" + j;
      blocks.add(new BlockSite(b, at, holder, category));
      if (b instanceof Block.Clause c && c.id() != null) {
        anchors.add(new Anchor(c.id(), at + "/id", false, true));
      } else if (b instanceof Block.Subsection sub) {
        section(sub.section(), at + "/section", holder);
      }
    }
  }
}
