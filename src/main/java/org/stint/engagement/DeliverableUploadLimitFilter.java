package org.stint.engagement;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartResolver;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.stint.shared.UploadLimitFilter;

/** A deliverable above the upload limits comes back as the engagement page with a message. */
@Component
class DeliverableUploadLimitFilter extends UploadLimitFilter {

    private static final Pattern PATH = Pattern.compile("/engagements/(\\d{1,18})/deliverables");

    DeliverableUploadLimitFilter(
            ObjectProvider<MultipartResolver> multipartResolver, ObjectProvider<FlashMapManager> flashMaps) {
        super(multipartResolver, flashMaps);
    }

    @Override
    protected String pageFor(String path) {
        Matcher matcher = PATH.matcher(path);
        return matcher.matches() ? "/engagements/" + matcher.group(1) : null;
    }

    @Override
    protected void addTooLargeMessage(FlashMap flash) {
        flash.put("flashError", "engagement.deliverable.tooLarge");
    }
}
