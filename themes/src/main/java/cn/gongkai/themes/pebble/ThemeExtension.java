package cn.gongkai.themes.pebble;

import io.pebbletemplates.pebble.attributes.AttributeResolver;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.Function;
import java.util.List;
import java.util.Map;

/** Registers the theme's filters, functions and the labels resolver with the engine. */
public final class ThemeExtension extends AbstractExtension {

  @Override
  public Map<String, Filter> getFilters() {
    return Map.of(
        "href", new HrefFilter(),
        "asset", new AssetFilter(),
        "isoDate", new IsoDateFilter(),
        "isoDateTime", new IsoDateTimeFilter(),
        "fileSize", new FileSizeFilter(),
        // Replaces Pebble's own raw: only sanitised editor HTML may reach the page unescaped.
        "raw", new SafeHtmlRawFilter());
  }

  @Override
  public Map<String, Function> getFunctions() {
    return Map.of("qrCode", new QrCodeFunction());
  }

  @Override
  public List<AttributeResolver> getAttributeResolver() {
    return List.of(new LabelsAttributeResolver());
  }
}
