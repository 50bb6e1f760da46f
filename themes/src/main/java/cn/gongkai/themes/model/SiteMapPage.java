package cn.gongkai.themes.model;

import java.util.List;
import java.util.Objects;

/** 网站地图: the tree of issuing bodies and their columns. */
public record SiteMapPage(PageFrame frame, List<CatalogueNode> tree) implements Page {
  public SiteMapPage {
    Objects.requireNonNull(frame, "frame");
    tree = List.copyOf(tree);
  }
}
