package cn.gongkai.api.application;

import cn.gongkai.domain.model.item.ItemContent;
import cn.gongkai.domain.screening.Masker;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * The one-call fix for personal data: every 身份证号, mobile and bank card number in the item's text is
 * masked the national way (35*************123, 138****1234). Body HTML is masked in its text nodes
 * only, so markup and links stay as they were. Secrecy markings are not masked — a person must
 * decide to remove them.
 */
final class PersonalDataMasking {
  private final Masker masker = new Masker();

  /** The masked content and how many fields changed. */
  record Result(ItemContent content, int fieldsChanged) {}

  Result mask(ItemContent c) {
    AtomicInteger changed = new AtomicInteger();
    ItemContent masked =
        c.toBuilder()
            .title(text(c.title(), changed))
            .summary(text(c.summary(), changed))
            .documentNumber(text(c.documentNumber(), changed))
            .keywords(text(c.keywords(), changed))
            .body(html(c.body(), changed))
            .build(null);
    return new Result(masked, changed.get());
  }

  private String text(String s, AtomicInteger changed) {
    if (s == null) {
      return null;
    }
    String masked = masker.mask(s);
    if (!masked.equals(s)) {
      changed.incrementAndGet();
    }
    return masked;
  }

  private String html(String body, AtomicInteger changed) {
    if (body == null) {
      return null;
    }
    Document doc = Jsoup.parseBodyFragment(body);
    doc.outputSettings().prettyPrint(false);
    AtomicInteger nodes = new AtomicInteger();
    NodeTraversor.traverse(
        (node, depth) -> {
          if (node instanceof TextNode t) {
            String masked = masker.mask(t.getWholeText());
            if (!masked.equals(t.getWholeText())) {
              t.text(masked);
              nodes.incrementAndGet();
            }
          }
        },
        doc.body());
    if (nodes.get() > 0) {
      changed.incrementAndGet();
      return doc.body().html();
    }
    return body;
  }
}
