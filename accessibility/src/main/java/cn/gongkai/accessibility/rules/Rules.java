package cn.gongkai.accessibility.rules;

import cn.gongkai.accessibility.Rule;
import java.util.List;

/** The standard rule sets: all rules for pages, and those that make sense for a body fragment. */
public final class Rules {

  private static final List<Rule> PAGES =
      List.of(
          new DocumentLanguageRule(),
          new PartLanguageRule(),
          new DocumentTitleRule(),
          new ViewportZoomRule(),
          new MetaRefreshRule(),
          new LandmarksRule(),
          new SkipLinkRule(),
          new HeadingOrderRule(),
          new ImageAltRule(),
          new LinkPurposeRule(),
          new DataTableRule(),
          new FormLabelRule(),
          new FocusableNameRule(),
          new DuplicateIdRule(),
          new PositiveTabindexRule(),
          new MediaAutoplayRule(),
          new InlineScriptRule(),
          new StylesheetUnavailableRule(),
          new ColorContrastRule(),
          new TargetSizeRule(),
          new ElderTextSizeRule(),
          new ElderPopupRule());

  private static final List<Rule> FRAGMENTS =
      List.of(
          new ImageAltRule(),
          new DataTableRule(),
          new HeadingOrderRule(),
          new LinkPurposeRule(),
          new DuplicateIdRule());

  private Rules() {}

  public static List<Rule> forPages() {
    return PAGES;
  }

  public static List<Rule> forFragments() {
    return FRAGMENTS;
  }
}
