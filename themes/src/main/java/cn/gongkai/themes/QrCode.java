package cn.gongkai.themes;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.Encoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A QR code as an SVG path: one unit per module, quiet zone included, so the template draws it in a
 * {@code viewBox="0 0 size size"} without any script or inline style.
 *
 * @param size the width and height in modules, quiet zone included
 * @param path SVG path data: horizontal lines through the dark modules, to stroke one unit wide
 */
public record QrCode(int size, String path) {

  private static final int QUIET_ZONE = 4;

  /** A dark module in the encoder's matrix (0 is light). */
  private static final byte DARK = 1;

  private static final Map<EncodeHintType, Object> HINTS =
      Map.of(
          EncodeHintType.CHARACTER_SET,
          StandardCharsets.UTF_8.name(),
          EncodeHintType.QR_MASK_PATTERN,
          QrEncoder.MASK_PATTERN);

  /** Encodes text, typically the page's absolute URL. */
  public static QrCode of(String text) {
    byte[][] modules = QrEncoder.encode(text).orElseGet(() -> zxing(text));
    return new QrCode(modules.length + 2 * QUIET_ZONE, pathOf(modules));
  }

  /** ZXing's encoder, for the texts QrEncoder leaves to it; the same settings. */
  static byte[][] zxing(String text) {
    try {
      // The encoder's own matrix, one byte per module: QRCodeWriter would copy it into a bit
      // matrix with the quiet zone, module by module, which the path below adds as an offset.
      return Encoder.encode(text, ErrorCorrectionLevel.M, HINTS).getMatrix().getArray();
    } catch (WriterException e) {
      throw new IllegalArgumentException("Cannot encode a QR code for " + text, e);
    }
  }

  /**
   * One stroked horizontal line per run of dark modules, drawn one unit wide through the middle of
   * its row: about half the size of filled rectangles, which matters on millions of pages.
   */
  private static String pathOf(byte[][] rows) {
    StringBuilder path = new StringBuilder(rows.length * rows.length);
    for (int y = 0; y < rows.length; y++) {
      byte[] row = rows[y];
      int penX = -1;
      int x = 0;
      while (x < row.length) {
        if (row[x] != DARK) {
          x++;
          continue;
        }
        int start = x;
        while (x < row.length && row[x] == DARK) {
          x++;
        }
        if (penX < 0) {
          path.append('M').append(start + QUIET_ZONE).append(' ').append(y + QUIET_ZONE);
          path.append(".5");
        } else {
          path.append('m').append(start - penX).append(" 0");
        }
        path.append('h').append(x - start);
        penX = x;
      }
    }
    return path.toString();
  }
}
