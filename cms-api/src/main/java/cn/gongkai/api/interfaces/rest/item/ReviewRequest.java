package cn.gongkai.api.interfaces.rest.item;

import cn.gongkai.api.application.ReviewInput;
import cn.gongkai.domain.model.item.ConfidentialityConclusion;
import cn.gongkai.domain.model.item.ReviewDecision;
import cn.gongkai.domain.model.item.WithholdGround;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A reviewer's decision, with the 保密审查 record that every approval needs. */
public record ReviewRequest(
    @NotBlank(message = "Give the decision: APPROVE or REJECT.") String decision,
    @Size(max = 2000, message = "The comment may be at most 2000 characters.") String comment,
    @Valid Confidentiality confidentiality) {

  /** 保密审查: the conclusion, the ground for not disclosing (if any) and the handling opinion. */
  public record Confidentiality(
      String conclusion,
      String ground,
      @Size(max = 2000, message = "The opinion may be at most 2000 characters.") String opinion) {}

  public ReviewInput toInput() {
    FieldParser p = new FieldParser();
    ReviewDecision d = p.choice("decision", decision, ReviewDecision.class);
    ConfidentialityConclusion conclusion =
        confidentiality == null
            ? null
            : p.choice(
                "confidentiality.conclusion",
                confidentiality.conclusion(),
                ConfidentialityConclusion.class);
    WithholdGround ground =
        confidentiality == null
            ? null
            : p.choice("confidentiality.ground", confidentiality.ground(), WithholdGround.class);
    p.done();
    return new ReviewInput(
        d, comment, conclusion, ground, confidentiality == null ? null : confidentiality.opinion());
  }
}
