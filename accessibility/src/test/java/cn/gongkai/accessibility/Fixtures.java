package cn.gongkai.accessibility;

import java.util.Map;

/** A well-formed government page and its stylesheet, for tests to start from and break. */
public final class Fixtures {

  /** The theme's stylesheet: design tokens on :root, overridden for elderly pages. */
  public static final String SITE_CSS =
      """
      /* tokens */
      :root {
        --gk-color-text: #1a1a1a;
        --gk-color-bg: #ffffff;
        --gk-color-link: #0b4f9c;
        --gk-color-brand: #0b4f9c;
        --gk-font-size-body: 16px;
        --gk-line-height: 1.6;
        --gk-target: 44px;
      }
      html.gk-elder {
        --gk-color-text: #000000;
        --gk-color-link: #00377a;
        --gk-color-brand: #00377a;
        --gk-font-size-body: 24px;
        --gk-line-height: 1.5;
        --gk-target: 60px;
      }
      body {
        color: var(--gk-color-text);
        background: var(--gk-color-bg);
        font-size: var(--gk-font-size-body);
        line-height: var(--gk-line-height);
      }
      a { color: var(--gk-color-link); }
      a:hover, a:focus { color: #777; }
      .gk-skip-link { position: absolute; left: -9999px; }
      .gk-skip-link:focus { left: 0; }
      .gk-header { background: var(--gk-color-brand); color: #fff; }
      .gk-header a { color: #fff; }
      .gk-nav { display: flex; list-style: none; }
      .gk-nav a, .gk-skip-link, .gk-button {
        display: inline-block;
        min-width: var(--gk-target);
        min-height: var(--gk-target);
      }
      @media print { body { color: #999; } }
      """;

  private Fixtures() {}

  /** A page that passes every rule; {@code mainContent} goes inside {@code <main>}. */
  public static String page(String mainContent) {
    return page("", mainContent);
  }

  /** As {@link #page(String)}, with {@code htmlClass} on {@code <html>} (e.g. gk-elder). */
  public static String page(String htmlClass, String mainContent) {
    return """
        <!DOCTYPE html>
        <html lang="zh-Hans" class="%s">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>关于做好2024年政府信息公开工作的通知 - 某某县人民政府</title>
        <link rel="stylesheet" href="/css/site.css">
        </head>
        <body>
        <a class="gk-skip-link" href="#main-content">跳到主要内容</a>
        <header class="gk-header">
          <p>某某县人民政府</p>
          <nav aria-label="主导航">
            <ul class="gk-nav"><li><a href="/">首页</a></li><li><a href="/gk/">政府信息公开</a></li></ul>
          </nav>
        </header>
        <main id="main-content">
        <h1>关于做好2024年政府信息公开工作的通知</h1>
        %s
        </main>
        <footer><p>主办：某某县人民政府办公室　网站标识码：3504230001</p></footer>
        </body>
        </html>
        """
        .formatted(htmlClass, mainContent);
  }

  public static StyleSheets siteCss() {
    return StyleSheets.of(Map.of("/css/site.css", SITE_CSS));
  }

  public static PageContext standard() {
    return PageContext.standard("index.html", siteCss());
  }

  public static PageContext elderly() {
    return PageContext.elderly("elder/index.html", siteCss());
  }
}
