package cn.gongkai.accessibility.rules;

import cn.gongkai.accessibility.Findings;
import cn.gongkai.accessibility.Page;
import cn.gongkai.accessibility.Rule;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Images have a text alternative: an informative image a non-empty {@code alt}, a decorative one
 * {@code alt=""} (or {@code role="presentation"}); an {@code <svg role="img">} a {@code <title>} or
 * {@code aria-label}. An alt that is a file name or a bare word like “图片” is flagged too.
 */
public final class ImageAltRule implements Rule {

  public static final String ID = "image-alt";

  private static final Evaluator IMAGES =
      QueryParser.parse("img, svg[role=img], input[type=image], area[href]");
  private static final Pattern FILE_NAME =
      Pattern.compile(".*\\.(png|jpe?g|gif|bmp|webp|svg|tiff?)$", Pattern.CASE_INSENSITIVE);
  private static final Set<String> MEANINGLESS =
      Set.of("图片", "图像", "照片", "图", "image", "img", "picture", "photo", "icon", "图标");
  private static final String FIX = "为图片添加描述其内容或作用的 alt 属性（如 alt=\"2024年预算收支表\"）；纯装饰性图片使用 alt=\"\"";

  @Override
  public void check(Page page, Findings findings) {
    for (Element image : page.document().select(IMAGES)) {
      if (Dom.hiddenByMarkup(image)) {
        continue;
      }
      switch (image.normalName()) {
        case "img" -> checkImg(image, findings);
        case "svg" -> {
          if (AccessibleNames.of(image).isEmpty()) {
            findings.error(
                ID,
                Criteria.NON_TEXT_CONTENT,
                image,
                "SVG 图形 (role=\"img\") 没有可读的名称",
                "在 <svg> 内第一个位置加 <title>说明文字</title>，或加 aria-label；装饰性图形改用 aria-hidden=\"true\"");
          }
        }
        default -> {
          if (image.attr("alt").isBlank()
              && AccessibleNames.labelledBy(image).isEmpty()
              && image.attr("aria-label").isBlank()) {
            String what = image.normalName().equals("area") ? "图片热区 (<area>)" : "图片按钮";
            findings.error(
                ID,
                Criteria.NON_TEXT_CONTENT,
                image,
                what + " " + source(image) + " 缺少替代文本 (alt)",
                "用 alt 写明点击后的去向或作用，如 alt=\"搜索\"");
          }
        }
      }
    }
  }

  private static void checkImg(Element img, Findings findings) {
    String role = Dom.lower(img.attr("role")).strip();
    if (role.equals("presentation") || role.equals("none")) {
      return;
    }
    if (!img.hasAttr("alt")) {
      if (img.attr("aria-label").isBlank() && AccessibleNames.labelledBy(img).isEmpty()) {
        findings.error(
            ID, Criteria.NON_TEXT_CONTENT, img, "图片 " + source(img) + " 缺少替代文本 (alt)", FIX);
      }
      return;
    }
    String alt = img.attr("alt").strip();
    if (FILE_NAME.matcher(alt).matches() || MEANINGLESS.contains(Dom.lower(alt))) {
      findings.warning(
          ID,
          Criteria.NON_TEXT_CONTENT,
          img,
          "图片 " + source(img) + " 的替代文本“" + Dom.shorten(alt) + "”不能说明图片内容",
          FIX);
    }
  }

  /** The image's file name, for the reader to recognise it. */
  private static String source(Element image) {
    String src = image.attr("src").strip();
    if (src.isEmpty()) {
      return Dom.describe(image);
    }
    if (src.startsWith("data:")) {
      return "(内嵌图片)";
    }
    int cut = src.indexOf('?');
    String path = cut < 0 ? src : src.substring(0, cut);
    return "“" + Dom.shorten(path.substring(path.lastIndexOf('/') + 1)) + "”";
  }
}
