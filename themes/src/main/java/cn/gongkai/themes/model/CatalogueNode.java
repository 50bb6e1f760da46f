package cn.gongkai.themes.model;

import java.util.List;
import java.util.Objects;

/**
 * A node of a catalogue tree (公开目录) or of the site map.
 *
 * @param latest the node's newest items (empty where only the tree is shown)
 */
public record CatalogueNode(
    String name, String href, List<ItemSummary> latest, List<CatalogueNode> children) {
  public CatalogueNode {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(href, "href");
    latest = List.copyOf(latest);
    children = List.copyOf(children);
  }
}
