package cn.gongkai.publisher.convert;

import java.util.Set;
import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Converts the text of an HTML fragment and nothing else: text nodes and the attributes people read
 * (alt, title, aria-label), never URLs, ids or classes. Elements marked {@code translate="no"}
 * (file names, index numbers, codes) and {@code code}/{@code pre}/{@code kbd} keep their text.
 */
public final class HtmlTextConverter {
  private static final Set<String> READABLE_ATTRIBUTES = Set.of("alt", "title", "aria-label");
  private static final Set<String> VERBATIM =
      Set.of("code", "pre", "kbd", "samp", "script", "style");

  private final UnaryOperator<String> text;

  public HtmlTextConverter(UnaryOperator<String> text) {
    this.text = text;
  }

  public String convert(String fragmentHtml) {
    if (fragmentHtml == null || fragmentHtml.isEmpty()) {
      return fragmentHtml;
    }
    Document doc = Jsoup.parseBodyFragment(fragmentHtml);
    doc.outputSettings().prettyPrint(false);
    Element body = doc.body();
    body.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t && !verbatim(t.parent())) {
              t.text(text.apply(t.getWholeText()));
            } else if (node instanceof Element e && !verbatim(e)) {
              READABLE_ATTRIBUTES.stream()
                  .filter(e::hasAttr)
                  .forEach(a -> e.attr(a, text.apply(e.attr(a))));
            }
          }
        });
    return body.html();
  }

  private static boolean verbatim(Node node) {
    for (Node n = node; n instanceof Element e; n = n.parent()) {
      if (VERBATIM.contains(e.normalName()) || "no".equals(e.attr("translate"))) {
        return true;
      }
    }
    return false;
  }
}
