package cn.gongkai.publisher.release;

import java.io.IOException;
import java.io.OutputStream;

/** Writes one page's bytes straight into the release, so a renderer never buffers a whole page. */
@FunctionalInterface
public interface ContentWriter {

  void writeTo(OutputStream out) throws IOException;
}
