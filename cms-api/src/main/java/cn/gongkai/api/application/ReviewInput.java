package cn.gongkai.api.application;

import cn.gongkai.domain.model.item.ConfidentialityConclusion;
import cn.gongkai.domain.model.item.ReviewDecision;
import cn.gongkai.domain.model.item.WithholdGround;

/** A reviewer's decision with its 保密审查 conclusion. */
public record ReviewInput(
    ReviewDecision decision,
    String comment,
    ConfidentialityConclusion conclusion,
    WithholdGround ground,
    String opinion) {}
