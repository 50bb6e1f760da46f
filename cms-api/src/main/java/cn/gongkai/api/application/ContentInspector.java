package cn.gongkai.api.application;

import java.io.IOException;
import java.nio.file.Path;

/** Tells what a file really is, from its bytes, and reads its text for screening. */
public interface ContentInspector {
  /** The sniffed media type, and the text (capped) when the format has any. */
  record Inspection(String mediaType, String text) {}

  Inspection inspect(Path file) throws IOException;
}
