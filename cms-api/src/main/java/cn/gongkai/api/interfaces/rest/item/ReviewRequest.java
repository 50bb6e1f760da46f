package cn.gongkai.api.interfaces.rest.item;

import cn.gongkai.api.application.ReviewInput;
import cn.gongkai.domain.model.item.ConfidentialityConclusion;
import cn.gongkai.domain.model.item.ReviewDecision;
import cn.gongkai.domain.model.item.WithholdGround;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A reviewer's decision, with the 保密审查 record that every approval needs. */
public class ReviewRequest {
  @NotBlank(message = "Give the decision: APPROVE or REJECT.")
  public String decision;

  @Size(max = 2000, message = "The comment may be at most 2000 characters.")
  public String comment;

  @Valid public Confidentiality confidentiality;

  /** 保密审查: the conclusion, the ground for not disclosing (if any) and the handling opinion. */
  public static class Confidentiality {
    public String conclusion;
    public String ground;

    @Size(max = 2000, message = "The opinion may be at most 2000 characters.")
    public String opinion;
  }

  public ReviewInput toInput() {
    FieldParser p = new FieldParser();
    ReviewDecision d = p.choice("decision", decision, ReviewDecision.class);
    Confidentiality c = confidentiality == null ? new Confidentiality() : confidentiality;
    ConfidentialityConclusion conclusion =
        p.choice("confidentiality.conclusion", c.conclusion, ConfidentialityConclusion.class);
    WithholdGround ground = p.choice("confidentiality.ground", c.ground, WithholdGround.class);
    p.done();
    return new ReviewInput(d, comment, conclusion, ground, c.opinion);
  }
}
