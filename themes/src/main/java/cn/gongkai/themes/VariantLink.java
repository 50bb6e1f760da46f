package cn.gongkai.themes;

/**
 * The current page in one variant.
 *
 * @param href the link from the current page (relative, or absolute on the 404 page)
 * @param url the absolute URL, for {@code <link rel="alternate">}
 * @param current whether this is the variant being rendered
 */
public record VariantLink(Variant variant, String href, String url, boolean current) {}
