package cn.gongkai.themes.model;

import java.time.LocalDate;
import java.util.Objects;

/** 已撤销: the item was withdrawn; its page keeps only the metadata and this notice. */
public record Withdrawal(LocalDate withdrawnOn, String reason) {
  public Withdrawal {
    Objects.requireNonNull(withdrawnOn, "withdrawnOn");
    Objects.requireNonNull(reason, "reason");
  }
}
