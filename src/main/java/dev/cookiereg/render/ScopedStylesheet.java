package dev.cookiereg.render;

import com.helger.base.system.ENewLineMode;
import com.helger.css.ICSSSourceLocationAware;
import com.helger.css.decl.AbstractHasTopLevelRules;
import com.helger.css.decl.CSSFontFaceRule;
import com.helger.css.decl.CSSKeyframesRule;
import com.helger.css.decl.CSSLayerRule;
import com.helger.css.decl.CSSMediaRule;
import com.helger.css.decl.CSSPageRule;
import com.helger.css.decl.CSSSelector;
import com.helger.css.decl.CSSSelectorSimpleMember;
import com.helger.css.decl.CSSStyleRule;
import com.helger.css.decl.CSSSupportsRule;
import com.helger.css.decl.CSSUnknownRule;
import com.helger.css.decl.CSSViewportRule;
import com.helger.css.decl.CascadingStyleSheet;
import com.helger.css.decl.ECSSSelectorCombinator;
import com.helger.css.decl.ICSSSelectorMember;
import com.helger.css.decl.ICSSTopLevelRule;
import com.helger.css.parser.ParseException;
import com.helger.css.parser.Token;
import com.helger.css.reader.CSSReader;
import com.helger.css.reader.CSSReaderSettings;
import com.helger.css.reader.errorhandler.ICSSInterpretErrorHandler;
import com.helger.css.reader.errorhandler.ICSSParseErrorHandler;
import com.helger.css.writer.CSSWriter;
import com.helger.css.writer.CSSWriterSettings;
import dev.cookiereg.site.RenderException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A stylesheet rewritten so that it styles one container and what is inside it, and nothing else of
 * the page it is added to: the policy's stylesheet for the fragments that another site sets in its
 * own pages.
 *
 * <p>Every selector is scoped: a selector that starts at the document ({@code :root}, {@code html},
 * {@code body}) starts at the container instead, so the policy's custom properties, colours and
 * fonts are set on it; every other selector gets the container as its ancestor ({@code a} becomes
 * {@code .cookie-policy a}). Rules inside {@code @media} and {@code @supports} are scoped the same
 * way, so dark mode and print stay. A rule that names or styles something for the whole page
 * ({@code @font-face}, {@code @keyframes}, {@code @page}, {@code @layer}, {@code @import}, …)
 * cannot be scoped and is refused, located, rather than published to change the host page. Parsed
 * and written by ph-css, so comments and formatting are its own.
 */
final class ScopedStylesheet {
  /** The class of the container that the fragments are and the stylesheet is scoped under. */
  static final String CONTAINER = "cookie-policy";

  /** The selectors that stand for the document, in whose place the container goes. */
  private static final Set<String> DOCUMENT = Set.of(":root", "html", "body");

  private static final CSSWriterSettings WRITER =
      new CSSWriterSettings(false).setNewLineMode(ENewLineMode.UNIX).setIndent("  ");

  private ScopedStylesheet() {}

  /**
   * {@code css} with every rule scoped under {@code .cookie-policy}.
   *
   * @param source the stylesheet's name in messages ({@code templates/assets/policy.css})
   * @throws RenderException at the stylesheet's line and column, when it is not CSS ph-css can read
   *     or has a rule that cannot be scoped
   */
  static String scope(String css, String source) throws RenderException {
    CascadingStyleSheet sheet = read(css, source);
    if (sheet.hasImportRules()) {
      throw unscopable(source, sheet.getImportRuleAtIndex(0), "@import", "brings in a stylesheet");
    }
    if (sheet.hasNamespaceRules()) {
      throw unscopable(
          source,
          sheet.getNamespaceRuleAtIndex(0),
          "@namespace",
          "sets the whole page's namespace");
    }
    scopeRules(sheet, source);
    return new CSSWriter(WRITER).setWriteHeaderText(false).getCSSAsString(sheet);
  }

  private static void scopeRules(AbstractHasTopLevelRules rules, String source)
      throws RenderException {
    for (ICSSTopLevelRule rule : rules.getAllRules()) {
      if (rule instanceof CSSStyleRule style) {
        List<CSSSelector> selectors = new ArrayList<>(style.getAllSelectors());
        style.removeAllSelectors();
        for (CSSSelector s : selectors) style.addSelector(scoped(s));
      } else if (rule instanceof CSSMediaRule media) {
        scopeRules(media, source);
      } else if (rule instanceof CSSSupportsRule supports) {
        scopeRules(supports, source);
      } else if (rule instanceof CSSFontFaceRule) {
        throw unscopable(source, rule, "@font-face", "names a font for the whole page");
      } else if (rule instanceof CSSKeyframesRule k) {
        throw unscopable(source, rule, k.getDeclaration(), "names an animation for the whole page");
      } else if (rule instanceof CSSPageRule) {
        throw unscopable(source, rule, "@page", "styles the whole page when printed");
      } else if (rule instanceof CSSViewportRule v) {
        throw unscopable(source, rule, v.getDeclaration(), "sets the whole page's viewport");
      } else if (rule instanceof CSSLayerRule) {
        throw unscopable(source, rule, "@layer", "orders the whole page's cascade layers");
      } else if (rule instanceof CSSUnknownRule u) {
        throw unscopable(source, rule, u.getDeclaration(), "is a rule this tool cannot scope");
      } else {
        throw unscopable(source, rule, "this rule", "is a rule this tool cannot scope");
      }
    }
  }

  /**
   * {@code selector} scoped: its leading compounds that stand for the document become the container
   * (other conditions of theirs, such as {@code html.dark}, stay on it); any other selector gets
   * the container as its ancestor.
   */
  static CSSSelector scoped(CSSSelector selector) {
    List<ICSSSelectorMember> members = selector.getAllMembers();
    List<ICSSSelectorMember> container = new ArrayList<>();
    container.add(new CSSSelectorSimpleMember("." + CONTAINER));
    int rest = 0; // where the members after the document's compounds start
    int i = 0;
    while (i < members.size()) {
      int end = i;
      while (end < members.size() && !(members.get(end) instanceof ECSSSelectorCombinator)) end++;
      List<ICSSSelectorMember> compound = members.subList(i, end);
      if (compound.stream().noneMatch(ScopedStylesheet::isDocument)) break;
      compound.stream().filter(m -> !isDocument(m)).forEach(container::add);
      rest = end; // the combinator after it, if any, joins the container to the rest
      i = end + 1;
    }
    CSSSelector out = new CSSSelector();
    container.forEach(out::addMember);
    if (rest == 0) out.addMember(ECSSSelectorCombinator.BLANK);
    for (ICSSSelectorMember m : members.subList(rest, members.size())) out.addMember(m);
    if (selector.getSourceLocation() != null) out.setSourceLocation(selector.getSourceLocation());
    return out;
  }

  private static boolean isDocument(ICSSSelectorMember member) {
    return member instanceof CSSSelectorSimpleMember s
        && DOCUMENT.contains(s.getValue().toLowerCase(Locale.ROOT));
  }

  private static CascadingStyleSheet read(String css, String source) throws RenderException {
    FirstError first = new FirstError();
    CSSReaderSettings settings =
        new CSSReaderSettings()
            .setBrowserCompliantMode(false)
            .setKeepDeprecatedProperties(true)
            .setUseSourceLocation(true)
            .setCustomErrorHandler(first)
            .setCustomExceptionHandler(first::onException)
            .setInterpretErrorHandler(first);
    CascadingStyleSheet sheet = CSSReader.readFromStringReader(css, settings);
    if (first.message != null || sheet == null) {
      throw new RenderException(
          source
              + ":"
              + first.line
              + ":"
              + first.column
              + ": error: cannot be read as CSS to scope it under ."
              + CONTAINER
              + " for the embeddable policy: "
              + (first.message == null ? "not a stylesheet" : first.message));
    }
    return sheet;
  }

  private static RenderException unscopable(String source, Object rule, String name, String what) {
    int line = 0;
    int column = 0;
    if (rule instanceof ICSSSourceLocationAware located && located.getSourceLocation() != null) {
      line = located.getSourceLocation().getFirstTokenBeginLineNumber();
      column = located.getSourceLocation().getFirstTokenBeginColumnNumber();
    }
    return new RenderException(
        source
            + ":"
            + line
            + ":"
            + column
            + ": error: "
            + name
            + " cannot be scoped under ."
            + CONTAINER
            + ": it "
            + what
            + ", so the embeddable policy's stylesheet would change the host page");
  }

  /** Keeps the first problem ph-css reports, with where it is, and stops the parse there. */
  private static final class FirstError
      implements ICSSParseErrorHandler, ICSSInterpretErrorHandler {
    String message;
    int line;
    int column;

    private void record(Token token, String text) {
      if (message != null) return;
      message = text;
      if (token != null) {
        line = token.beginLine;
        column = token.beginColumn;
      }
    }

    @Override
    public void onCSSParseError(ParseException e, Token lastValid) throws ParseException {
      Token at = e.currentToken != null && e.currentToken.next != null ? e.currentToken.next : null;
      record(
          at != null ? at : lastValid, at != null ? "unexpected “" + at.image + "”" : firstLine(e));
      throw e;
    }

    @Override
    public void onCSSUnexpectedRule(Token token, String rule, String message)
        throws ParseException {
      record(token, rule + " where it cannot be: " + message);
      throw new ParseException(message);
    }

    @Override
    public void onCSSDeprecatedProperty(Token prefix, Token property) {
      // an old browser hack (*zoom) is kept as it is
    }

    @Override
    public void onCSSBrowserCompliantSkip(ParseException e, Token from, Token to)
        throws ParseException {
      record(from, firstLine(e));
      throw e;
    }

    @Override
    public void onIllegalCharacter(char c) {
      record(null, String.format(Locale.ROOT, "an illegal character U+%04X", (int) c));
    }

    @Override
    public void onCSSInterpretationWarning(String text) {
      // ph-css's remarks on values it keeps as written
    }

    @Override
    public void onCSSInterpretationError(String text) {
      record(null, text);
    }

    void onException(ParseException e) {
      Token at = e.currentToken != null && e.currentToken.next != null ? e.currentToken.next : null;
      record(at, at != null ? "unexpected “" + at.image + "”" : firstLine(e));
    }

    private static String firstLine(Exception e) {
      String m = e.getMessage() == null ? "not CSS" : e.getMessage().strip();
      int nl = m.indexOf('\n');
      return nl < 0 ? m : m.substring(0, nl).strip();
    }
  }
}
