package cn.gongkai.domain.model.item;

import java.util.Optional;

/** What a review produced: always an event, and at the last level the signed revision. */
public record ReviewOutcome(ItemEvent event, ItemRevision signedRevision) {
  public Optional<ItemRevision> revision() {
    return Optional.ofNullable(signedRevision);
  }

  public boolean signedOff() {
    return signedRevision != null;
  }
}
