package cn.gongkai.accessibility.css;

/**
 * The few browser defaults the rules depend on: what is not rendered, heading sizes, bold elements,
 * link colour, and which elements are blocks. Form controls get an unknowable background (each
 * browser and OS paints its own) so their text is only checked where the site sets one.
 */
final class UserAgentStyles {

  static final StyleSheet SHEET =
      CssParser.parse(
          """
          head, script, style, template, title, meta, link, base, noscript, datalist,
          [hidden], input[type=hidden], area, param, source, track { display: none }
          html, body, div, p, main, header, footer, nav, section, article, aside, address,
          blockquote, figure, figcaption, form, fieldset, legend, details, summary, dialog,
          h1, h2, h3, h4, h5, h6, ul, ol, dl, dt, dd, pre, hr, menu { display: block }
          li { display: list-item }
          table { display: table }
          caption { display: table-caption }
          tr { display: table-row }
          td, th { display: table-cell }
          thead { display: table-header-group }
          tbody { display: table-row-group }
          tfoot { display: table-footer-group }
          button, input, select, textarea, img, video, iframe, object, meter, progress {
            display: inline-block }
          button, input, select, textarea { background-color: -gk-unknown }
          h1 { font-size: 2em; font-weight: bold }
          h2 { font-size: 1.5em; font-weight: bold }
          h3 { font-size: 1.17em; font-weight: bold }
          h4 { font-size: 1em; font-weight: bold }
          h5 { font-size: 0.83em; font-weight: bold }
          h6 { font-size: 0.67em; font-weight: bold }
          b, strong, th { font-weight: bold }
          small, sub, sup { font-size: smaller }
          a:link { color: #0000ee }
          mark { background-color: yellow; color: black }
          """);

  private UserAgentStyles() {}
}
