package cn.gongkai.publisher.source.json;

import cn.gongkai.publisher.content.AgencyEntry;
import cn.gongkai.publisher.content.CatalogueEntry;
import cn.gongkai.publisher.content.GuideEntry;
import cn.gongkai.publisher.content.ItemEntry;

/**
 * Receives the entries of an export one at a time, in the order the file holds them, while it is
 * being read: a loader can put 100,000 items into a database without holding them.
 */
public interface ExportHandler {
  void agency(AgencyEntry agency);

  void catalogue(CatalogueEntry catalogue);

  void guide(GuideEntry guide);

  void item(ItemEntry item);
}
