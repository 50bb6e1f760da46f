package cn.gongkai.domain.html;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The text of clean body HTML, one line per block (paragraph, heading, list item, table cell), so
 * that search, summaries and line-based screening see the text as a reader does.
 */
final class PlainText implements NodeVisitor {

  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "blockquote",
          "ul",
          "ol",
          "li",
          "table",
          "caption",
          "thead",
          "tbody",
          "tfoot",
          "tr",
          "th",
          "td",
          "figure",
          "figcaption");

  private final StringBuilder out = new StringBuilder();

  static String of(Element body) {
    PlainText text = new PlainText();
    body.traverse(text);
    return tidy(text.out.toString());
  }

  @Override
  public void head(Node node, int depth) {
    if (node instanceof TextNode text) {
      out.append(text.getWholeText().replaceAll("[ \\t\\n\\r\\f]+", " "));
    } else if (node instanceof Element element) {
      if (element.nameIs("br") || BLOCKS.contains(element.normalName())) {
        out.append('\n');
      }
    }
  }

  @Override
  public void tail(Node node, int depth) {
    if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
      out.append('\n');
    }
  }

  /** Strips each line (also the full-width 　　 paragraph indent) and drops empty lines. */
  private static String tidy(String text) {
    StringBuilder lines = new StringBuilder();
    for (String line : text.split("\n")) {
      String stripped = line.replace('\u00A0', ' ').strip();
      if (!stripped.isEmpty()) {
        lines.append(lines.length() == 0 ? "" : "\n").append(stripped);
      }
    }
    return lines.toString();
  }
}
