package cn.gongkai.domain.screening;

import java.util.Objects;

/**
 * 遮盖: masks the personal data the {@link Screener} finds, the national way — 138****1234,
 * 35*************123 (first 2, last 3), bank cards first 6 and last 4 — keeping the text's length.
 * Secrecy markings are left as they are: only a person may remove a marking, after declassification
 * (seed 003 保密审查制度 第8条). Possible 15-digit legacy IDs are masked too: masking a registration number
 * by mistake costs less than publishing an ID.
 */
public final class Masker {

  private final Screener screener;

  public Masker() {
    this(new Screener());
  }

  public Masker(Screener screener) {
    this.screener = Objects.requireNonNull(screener, "screener");
  }

  public String mask(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    return Masking.apply(text, screener.detect(new ScreeningText(text)));
  }
}
