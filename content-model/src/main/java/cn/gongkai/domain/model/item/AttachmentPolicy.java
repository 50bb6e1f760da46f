package cn.gongkai.domain.model.item;

import cn.gongkai.domain.model.InvalidInput;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Which files may be attached: the formats government disclosure uses (PDF, OFD — the national
 * layout format — Word, Excel, images), judged by their content, never by the name an uploader
 * gave; a size limit; and names that are safe to show and to store.
 */
public final class AttachmentPolicy {
  /** Sniffed media type → the extension the stored file gets. */
  public static final Map<String, String> ALLOWED =
      Map.of(
          "application/pdf", "pdf",
          "application/ofd", "ofd",
          "application/msword", "doc",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx",
          "application/vnd.ms-excel", "xls",
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx",
          "image/png", "png",
          "image/jpeg", "jpg",
          "image/gif", "gif");

  public static final int NAME_MAX = 120;

  private final long maxBytes;

  public AttachmentPolicy(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  public long maxBytes() {
    return maxBytes;
  }

  /** Refuses a type outside the allowlist, naming what it is and what is allowed. */
  public String requireAllowed(String sniffedType) {
    String ext = ALLOWED.get(sniffedType);
    if (ext == null) {
      throw new InvalidInput(
          "file",
          "This file is "
              + sniffedType
              + ", which cannot be attached. Attach PDF, OFD, Word (DOC/DOCX), Excel (XLS/XLSX)"
              + " or an image (PNG, JPEG, GIF).");
    }
    return ext;
  }

  /**
   * The name the public sees: no directories, no control or bidirectional characters, no leading
   * dots, at most {@value #NAME_MAX} characters, and the extension of what the file really is.
   */
  public static String safeName(String given, String extension) {
    String name = given == null ? "" : Normalizer.normalize(given, Normalizer.Form.NFC);
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    name = name.substring(slash + 1);
    StringBuilder clean = new StringBuilder();
    name.codePoints()
        .filter(cp -> !Character.isISOControl(cp))
        .filter(cp -> Character.getType(cp) != Character.FORMAT)
        .filter(cp -> "<>:\"|?*".indexOf(cp) < 0)
        .forEach(clean::appendCodePoint);
    String base = clean.toString().strip().replaceAll("^\\.+", "");
    int dot = base.lastIndexOf('.');
    if (dot > 0) {
      base = base.substring(0, dot);
    }
    if (base.isBlank()) {
      base = "附件";
    }
    if (base.codePointCount(0, base.length()) > NAME_MAX) {
      base = base.substring(0, base.offsetByCodePoints(0, NAME_MAX));
    }
    return base + "." + extension.toLowerCase(Locale.ROOT);
  }
}
