package dev.cookiereg.render;

import dev.cookiereg.model.Registry;
import dev.cookiereg.model.Technology;
import dev.cookiereg.prose.Outline;
import dev.cookiereg.prose.Placeholders;
import dev.cookiereg.prose.Prose;
import dev.cookiereg.render.html.Markdown;
import dev.cookiereg.site.PublicUrls;
import dev.cookiereg.site.SitePaths;

/**
 * Registry prose for machine outputs (manifest, banner configs): placeholders filled in,
 * cross-references as "Section 5.1" linking into the policy page, then plain text or sanitised
 * HTML.
 */
final class MachineText {
  private final Registry registry;
  private final Outline outline;
  private final Placeholders global;
  private final String policyHref;

  MachineText(RenderContext context) {
    this.registry = context.registry();
    this.outline = context.outline();
    this.global = Placeholders.global(registry);
    this.policyHref = policyHref(context);
    this.section = context.edition().words().get("page.section");
  }

  /** Where banners link the policy: its published URL, or the page beside them in the site. */
  static String policyHref(RenderContext context) {
    return publicHref(context, context.edition().path(SitePaths.POLICY));
  }

  /**
   * Where a reader outside the site (a banner on another page, an e-mail) finds the site file at
   * {@code sitePath}: beside the policy's published URL, or the site path when it is not known.
   */
  static String publicHref(RenderContext context, String sitePath) {
    return PublicUrls.of(context.registry().policy().url(), sitePath);
  }

  String plain(String markdown) {
    if (markdown == null) return null;
    if (isPlain(markdown)) return markdown.strip();
    return Markdown.INSTANCE.text(expand(markdown, global, false));
  }

  /**
   * True when the text has no Markdown, placeholder or cross-reference syntax, so its plain form is
   * itself: no markup characters, no line breaks or double spaces, and no list marker at the start.
   */
  static boolean isPlain(String text) {
    if (text.isEmpty() || "-+*#>0123456789".indexOf(text.charAt(0)) >= 0) return false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if ("\\`*_[]{}<>#&!|~\n\r\t".indexOf(ch) >= 0) return false;
      if (ch == ' ' && i + 1 < text.length() && text.charAt(i + 1) == ' ') return false;
    }
    return true;
  }

  String html(String markdown) {
    return markdown == null ? null : Markdown.INSTANCE.inlineHtml(expand(markdown, global, true));
  }

  String plain(String markdown, Technology technology) {
    return markdown == null
        ? null
        : Markdown.INSTANCE.text(
            expand(markdown, Placeholders.forTechnology(registry, technology), false));
  }

  /**
   * Placeholders and cross-references filled in; plain text gets no links (a text renderer would
   * spell out URLs).
   */
  private String expand(String text, Placeholders scope, boolean links) {
    return Prose.expand(text, scope, id -> xref(id, links));
  }

  /** "Section 5.1", linked into the published policy when its URL is known and links are wanted. */
  /** The word of a cross-reference in the context's language ("Section", "section"). */
  private final String section;

  private String xref(String id, boolean links) {
    boolean linkable = links && PublicUrls.known(registry.policy().url());
    return CrossReferences.markdown(
            registry, outline, id, linkable ? Prose.destination(policyHref) : null, links, section)
        .orElse(Prose.escape(id));
  }
}
