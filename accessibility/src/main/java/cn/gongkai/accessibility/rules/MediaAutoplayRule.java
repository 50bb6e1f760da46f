package cn.gongkai.accessibility.rules;

import cn.gongkai.accessibility.Findings;
import cn.gongkai.accessibility.Page;
import cn.gongkai.accessibility.Rule;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Nothing plays sound on its own: audio drowns out the screen reader. A muted autoplaying video is
 * moving content without sound and only a warning, unless it has controls to pause it.
 */
public final class MediaAutoplayRule implements Rule {

  public static final String ID = "media-autoplay";

  private static final Evaluator AUTOPLAY = QueryParser.parse("audio[autoplay], video[autoplay]");

  @Override
  public void check(Page page, Findings findings) {
    for (Element media : page.document().select(AUTOPLAY)) {
      String kind = media.normalName().equals("audio") ? "音频" : "视频";
      if (media.normalName().equals("video") && media.hasAttr("muted")) {
        if (!media.hasAttr("controls")) {
          findings.warning(
              ID,
              Criteria.PAUSE_STOP_HIDE,
              media,
              "静音视频会自动播放，且没有暂停按钮",
              "去掉 autoplay，或加上 controls 让用户可以暂停");
        }
        continue;
      }
      findings.error(
          ID,
          Criteria.AUDIO_CONTROL,
          media,
          kind + "会自动播放 (autoplay)，声音会盖过读屏软件",
          "去掉 autoplay，加上 controls，由用户自己点击播放");
    }
  }
}
