package cn.gongkai.api.application.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * Turns a seed's plain text into body HTML: one paragraph a line, and the headings these documents
 * use (第一章 …, 一、…, 一 政务公开审议制度, （一）…) as h2/h3 — never skipping a level, so the body passes the
 * accessibility checks it will be held to.
 */
final class SeedText {
  private static final Pattern CHAPTER = Pattern.compile("^第[一二三四五六七八九十]+章\\s*\\S.{0,20}$");
  private static final Pattern SECTION = Pattern.compile("^[一二三四五六七八九十]+[、\\s]\\s*\\S.{0,30}$");
  private static final Pattern SUBSECTION = Pattern.compile("^[（(][一二三四五六七八九十]+[）)]\\S.{0,30}$");
  private static final Pattern BRACKETED = Pattern.compile("^【.{1,40}】$");

  private SeedText() {}

  static String toHtml(List<String> lines) {
    StringBuilder html = new StringBuilder();
    boolean sectionOpen = false;
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      String text = Entities.escape(line);
      boolean heading = !line.endsWith("。") && !line.endsWith(";") && !line.endsWith("；");
      if (heading
          && (CHAPTER.matcher(line).matches()
              || SECTION.matcher(line).matches()
              || BRACKETED.matcher(line).matches())) {
        html.append("<h2>").append(text).append("</h2>\n");
        sectionOpen = true;
      } else if (heading && SUBSECTION.matcher(line).matches()) {
        html.append(sectionOpen ? "<h3>" : "<h2>").append(text);
        html.append(sectionOpen ? "</h3>\n" : "</h2>\n");
      } else {
        html.append("<p>").append(text).append("</p>\n");
      }
    }
    return html.toString();
  }

  /** The seed's lines without the dropped ones and without everything from {@code stopAt} on. */
  static List<String> trim(List<String> lines, List<Integer> dropLines, String stopAt) {
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (stopAt != null && line.strip().startsWith(stopAt)) {
        break;
      }
      if (dropLines == null || !dropLines.contains(i + 1)) {
        kept.add(line);
      }
    }
    return kept;
  }
}
