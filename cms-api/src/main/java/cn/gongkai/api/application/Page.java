package cn.gongkai.api.application;

import java.util.List;
import java.util.function.Function;

/** One page of a list and the total the list has. */
public record Page<T>(List<T> items, long total) {
  public <R> Page<R> map(Function<T, R> f) {
    return new Page<>(items.stream().map(f).toList(), total);
  }
}
