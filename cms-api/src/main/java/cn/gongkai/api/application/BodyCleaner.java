package cn.gongkai.api.application;

import cn.gongkai.domain.html.BodySanitiser;
import jakarta.enterprise.context.ApplicationScoped;

/** Editor HTML is sanitised on write, so nothing unsafe is ever stored, rendered or exported. */
@ApplicationScoped
public class BodyCleaner {
  public String clean(String html) {
    return html == null || html.isBlank() ? null : BodySanitiser.sanitise(html);
  }
}
