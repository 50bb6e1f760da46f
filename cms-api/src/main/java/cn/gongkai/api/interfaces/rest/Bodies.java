package cn.gongkai.api.interfaces.rest;

import cn.gongkai.domain.model.InvalidInput;

/** An empty request body arrives as null; say what was expected instead of failing later. */
public final class Bodies {
  private Bodies() {}

  public static <T> T require(T body, String what) {
    if (body == null) {
      throw new InvalidInput("body", "Send " + what + " as a JSON body.");
    }
    return body;
  }
}
