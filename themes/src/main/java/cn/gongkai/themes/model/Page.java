package cn.gongkai.themes.model;

/** A page of the public site; each kind has its own template. */
public sealed interface Page
    permits HomePage, AgencyPage, CataloguePage, ItemPage, GuidePage, SiteMapPage, ErrorPage {

  PageFrame frame();
}
