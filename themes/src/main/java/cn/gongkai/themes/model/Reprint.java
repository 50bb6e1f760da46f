package cn.gongkai.themes.model;

import java.time.LocalDateTime;
import java.util.Objects;

/** 转载: where a reprinted item comes from, shown as seed 001 第三条 requires. */
public record Reprint(String sourceSite, String sourceUrl, LocalDateTime reprintedAt) {
  public Reprint {
    Objects.requireNonNull(sourceSite, "sourceSite");
    Objects.requireNonNull(sourceUrl, "sourceUrl");
    Objects.requireNonNull(reprintedAt, "reprintedAt");
  }
}
