package cn.gongkai.themes.pebble;

import cn.gongkai.themes.Labels;
import io.pebbletemplates.pebble.attributes.AttributeResolver;
import io.pebbletemplates.pebble.attributes.ResolvedAttribute;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.node.ArgumentsNode;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;

/**
 * Lets templates write {@code ctx.labels.publishDate} or {@code ctx.labels[key]}; an unknown key
 * fails the render instead of printing nothing.
 */
final class LabelsAttributeResolver implements AttributeResolver {

  @Override
  public ResolvedAttribute resolve(
      Object instance,
      Object attributeNameValue,
      Object[] argumentValues,
      ArgumentsNode args,
      EvaluationContextImpl context,
      String filename,
      int lineNumber) {
    if (!(instance instanceof Labels labels) || argumentValues != null) {
      return null;
    }
    try {
      return new ResolvedAttribute(labels.get(String.valueOf(attributeNameValue)));
    } catch (IllegalArgumentException e) {
      throw new PebbleException(e, e.getMessage(), lineNumber, filename);
    }
  }
}
