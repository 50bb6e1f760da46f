package cn.gongkai.api.interfaces.rest.item;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** 撤销: the reason is shown on the notice that replaces the page. */
public class WithdrawRequest {
  @NotBlank(message = "A withdrawal needs a reason; it is shown on the notice page.")
  @Size(max = 2000, message = "The reason may be at most 2000 characters.")
  public String reason;
}
