package cn.gongkai.api;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * What the integration tests deploy: the very WAR the build produced, as an operator would — not an
 * archive assembled for the test.
 */
public final class ProductArchive {
  private ProductArchive() {}

  public static WebArchive war() {
    return ShrinkWrap.create(ZipImporter.class, "gongkai.war")
        .importFrom(new File("target/gongkai.war"))
        .as(WebArchive.class);
  }
}
