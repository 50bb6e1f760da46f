package cn.gongkai.api.interfaces.rest.agency;

import jakarta.validation.constraints.NotBlank;

/** Registering an issuing body. Rule set and index pattern have national defaults. */
public class AgencyRequest {
  @NotBlank(message = "A slug (its part of the public URL, e.g. mengnuo) is required.")
  public String slug;

  @NotBlank(message = "The organisation code (机构代码) is required.")
  public String orgCode;

  @NotBlank(message = "The agency's full name is required.")
  public String name;

  public String ruleSet;
  public String indexPattern;
}
