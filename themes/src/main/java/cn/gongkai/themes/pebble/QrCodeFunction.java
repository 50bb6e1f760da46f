package cn.gongkai.themes.pebble;

import cn.gongkai.themes.QrCode;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;

/** {@code {% set qr = qrCode(ctx.absoluteUrl) %}}: the QR code of a URL, drawn by the template. */
final class QrCodeFunction implements Function {

  @Override
  public List<String> getArgumentNames() {
    return List.of("text");
  }

  @Override
  public Object execute(
      Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
    return QrCode.of(String.valueOf(args.get("text")));
  }
}
