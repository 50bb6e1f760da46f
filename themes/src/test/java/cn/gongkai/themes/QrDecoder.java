package cn.gongkai.themes;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a QR code back from the SVG path the theme draws, as a phone camera would. */
final class QrDecoder {

  private static final Pattern RUN = Pattern.compile("(?:M(\\d+) (\\d+)\\.5|m(\\d+) 0)h(\\d+)");
  private static final int SCALE = 4;

  private QrDecoder() {}

  static String decode(int size, String path) throws Exception {
    int pixels = size * SCALE;
    int[] image = new int[pixels * pixels];
    java.util.Arrays.fill(image, 0xFFFFFF);
    Matcher run = RUN.matcher(path);
    int end = 0;
    int penX = 0;
    int y = 0;
    while (run.find()) {
      if (run.start() != end) {
        throw new IllegalArgumentException("Unexpected path data at " + end);
      }
      end = run.end();
      int x;
      if (run.group(1) != null) {
        x = Integer.parseInt(run.group(1));
        y = Integer.parseInt(run.group(2));
      } else {
        x = penX + Integer.parseInt(run.group(3));
      }
      int width = Integer.parseInt(run.group(4));
      penX = x + width;
      for (int py = y * SCALE; py < (y + 1) * SCALE; py++) {
        for (int px = x * SCALE; px < (x + width) * SCALE; px++) {
          image[py * pixels + px] = 0;
        }
      }
    }
    if (end != path.length()) {
      throw new IllegalArgumentException("Unexpected path data at " + end);
    }
    BinaryBitmap bitmap =
        new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(pixels, pixels, image)));
    return new QRCodeReader().decode(bitmap).getText();
  }
}
