package cn.gongkai.api.interfaces.rest;

import cn.gongkai.domain.model.InvalidInput;
import cn.gongkai.domain.model.InvalidInput.FieldError;
import java.util.ArrayList;
import java.util.List;

/** {@code page} counts from 1; {@code size} is 1 to 100 (default 20). */
public record Paging(int page, int size) {
  public static final int MAX_SIZE = 100;

  public static Paging of(Integer page, Integer size) {
    int p = page == null ? 1 : page;
    int s = size == null ? 20 : size;
    List<FieldError> errors = new ArrayList<>();
    if (p < 1) {
      errors.add(new FieldError("page", "Pages count from 1."));
    }
    if (s < 1 || s > MAX_SIZE) {
      errors.add(new FieldError("size", "A page holds 1 to " + MAX_SIZE + " entries."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    return new Paging(p, s);
  }

  public int offset() {
    return (page - 1) * size;
  }
}
