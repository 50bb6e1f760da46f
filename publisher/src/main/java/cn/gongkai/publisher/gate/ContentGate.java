package cn.gongkai.publisher.gate;

import cn.gongkai.accessibility.AccessibilityChecker;
import cn.gongkai.accessibility.Finding;
import cn.gongkai.domain.html.BodySanitiser;
import cn.gongkai.domain.screening.Screener;
import cn.gongkai.domain.screening.ScreeningFinding;
import cn.gongkai.publisher.content.AttachmentEntry;
import cn.gongkai.publisher.content.ItemEntry;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Checks what editors wrote, item by item, before it reaches a page: secrecy markings and unmasked
 * personal data (身份证号, mobile and bank card numbers) block publication — "上网信息不涉密" — and the body
 * is held to the accessibility rules that apply to a fragment.
 */
public final class ContentGate {
  private final Screener screener = new Screener();
  private final AccessibilityChecker checker = AccessibilityChecker.withDefaultRules();
  private final GateReport report;

  public ContentGate(GateReport report) {
    this.report = report;
  }

  public void inspect(ItemEntry item, String page) {
    if (item.withdrawn()) {
      return; // A withdrawal notice shows neither body nor attachments.
    }
    // Parsed once for both checks. The body was sanitised when it was saved (the page shows it as
    // it is), so its text is read without cleaning it again, which would copy every body.
    Document body = item.body() == null ? null : Jsoup.parseBodyFragment(item.body());
    screen(page, "标题", item.title());
    screen(page, "内容概述", item.summary());
    screen(page, "正文", body == null ? null : BodySanitiser.plainTextOfSanitised(body.body()));
    for (AttachmentEntry file : item.attachments()) {
      screen(page, "附件名 " + file.fileName(), file.fileName());
    }
    if (body != null) {
      for (Finding f : checker.checkFragment(body, page)) {
        report.add(
            new GateFinding(
                "accessibility",
                f.isError(),
                page,
                f.rule(),
                f.criterion(),
                f.selector(),
                f.message(),
                f.fix()));
      }
    }
  }

  /** Screens text that is not part of the snapshot, such as an attachment's extracted text. */
  public void screen(String page, String location, String text) {
    if (text == null || text.isBlank()) {
      return;
    }
    for (ScreeningFinding f : screener.screen(text, location)) {
      report.add(
          new GateFinding(
              "screening",
              f.blocksPublication(),
              page,
              f.kind().name(),
              "上网信息不涉密",
              null,
              location + "：" + f.message() + "（" + f.maskedExcerpt() + "）",
              f.kind().personalData()
                  ? "Mask the number, e.g. 138****1234, then sign again."
                  : "Remove the secrecy marking or do not publish the item."));
    }
  }
}
