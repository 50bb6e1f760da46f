package cn.gongkai.api.application;

import cn.gongkai.domain.model.NotFoundException;
import cn.gongkai.domain.model.item.Attachment;
import cn.gongkai.domain.model.item.AttachmentPolicy;
import cn.gongkai.domain.model.item.DisclosureItem;
import cn.gongkai.domain.model.item.ItemRepository;
import cn.gongkai.domain.model.user.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Attaching files to an item. The upload is staged and hashed, its type sniffed from the bytes and
 * checked against the allowlist, its text extracted for screening; only then is it stored under its
 * hash and recorded. A refused or failed upload leaves neither a file nor a row.
 */
@ApplicationScoped
public class AttachmentService {
  @Inject ItemRepository items;
  @Inject ItemScope scope;
  @Inject AttachmentFiles files;
  @Inject ContentInspector inspector;
  @Inject Event<ItemChanged> changed;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "gongkai.attachments.max-megabytes", defaultValue = "50")
  long maxMegabytes;

  @Transactional
  public Attachment upload(long itemId, String fileName, InputStream body, Actor actor) {
    DisclosureItem item = scope.visible(itemId, actor);
    item.requireAttachable(actor);
    AttachmentPolicy policy = new AttachmentPolicy(maxMegabytes * 1024 * 1024);
    AttachmentFiles.Staged staged = stage(body, policy);
    try {
      ContentInspector.Inspection inspection = inspect(staged);
      String extension = policy.requireAllowed(inspection.mediaType());
      files.accept(staged);
      int position = items.attachments(itemId).size();
      Attachment attachment =
          items.addAttachment(
              new Attachment(
                  itemId,
                  AttachmentPolicy.safeName(fileName, extension),
                  inspection.mediaType(),
                  staged.size(),
                  staged.sha256(),
                  position,
                  inspection.text(),
                  actor.username(),
                  OffsetDateTime.now(clock)));
      changed.fire(new ItemChanged(itemId));
      return attachment;
    } catch (IOException e) {
      throw new UncheckedIOException("The attachment could not be read or stored", e);
    } finally {
      files.discard(staged);
    }
  }

  @Transactional
  public void remove(long itemId, long attachmentId, Actor actor) {
    DisclosureItem item = scope.visible(itemId, actor);
    item.requireAttachable(actor);
    items.removeAttachment(find(itemId, attachmentId));
    changed.fire(new ItemChanged(itemId));
  }

  /** The attachment's metadata, for the caller's download. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Attachment find(long itemId, long attachmentId, Actor actor) {
    scope.visible(itemId, actor);
    return find(itemId, attachmentId);
  }

  public InputStream content(Attachment attachment) {
    try {
      return files.read(attachment.sha256());
    } catch (IOException e) {
      throw new UncheckedIOException("The attachment's file is missing from the store", e);
    }
  }

  /** A file that claims a format but does not parse as it is the uploader's problem (400). */
  private ContentInspector.Inspection inspect(AttachmentFiles.Staged staged) {
    try {
      return inspector.inspect(staged.path());
    } catch (IOException e) {
      throw new cn.gongkai.domain.model.InvalidInput(
          "file",
          "The file could not be read (" + e.getMessage() + "); check that it is not damaged.");
    }
  }

  private Attachment find(long itemId, long attachmentId) {
    return items
        .findAttachment(attachmentId)
        .filter(a -> a.itemId() == itemId)
        .orElseThrow(() -> new NotFoundException("Attachment", attachmentId));
  }

  private AttachmentFiles.Staged stage(InputStream body, AttachmentPolicy policy) {
    try {
      return files.stage(body, policy.maxBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("The upload could not be received", e);
    }
  }
}
