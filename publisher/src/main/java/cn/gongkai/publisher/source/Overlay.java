package cn.gongkai.publisher.source;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;

/**
 * What this publication changes on top of what is live: signed revisions going live now and items
 * being withdrawn. The database still records them as pending until the release is live, so the
 * source reads them through this overlay — the site is rendered as it will be, never as it was.
 *
 * @param revisions item id → the signed revision this publication puts live
 * @param withdrawals items whose withdrawal notice this publication puts live
 * @param releaseTime the publish time the new revisions get (发布日期 of a first publication)
 */
public record Overlay(
    Map<Long, Integer> revisions, Set<Long> withdrawals, OffsetDateTime releaseTime) {
  public Overlay {
    revisions = Map.copyOf(revisions);
    withdrawals = Set.copyOf(withdrawals);
  }

  public static Overlay none(OffsetDateTime now) {
    return new Overlay(Map.of(), Set.of(), now);
  }

  public boolean touches(long itemId) {
    return revisions.containsKey(itemId) || withdrawals.contains(itemId);
  }

  public Set<Long> itemIds() {
    var ids = new java.util.TreeSet<>(revisions.keySet());
    ids.addAll(withdrawals);
    return ids;
  }
}
