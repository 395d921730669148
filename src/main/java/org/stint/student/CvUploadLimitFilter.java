package org.stint.student;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartResolver;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.stint.shared.UploadLimitFilter;

/** A CV above the upload limits comes back as the profile page with the CV's "too large" message. */
@Component
class CvUploadLimitFilter extends UploadLimitFilter {

    static final String PATH = "/profile/cv";

    CvUploadLimitFilter(
            ObjectProvider<MultipartResolver> multipartResolver, ObjectProvider<FlashMapManager> flashMaps) {
        super(multipartResolver, flashMaps);
    }

    @Override
    protected String pageFor(String path) {
        return PATH.equals(path) ? "/profile" : null;
    }

    @Override
    protected void addTooLargeMessage(FlashMap flash) {
        flash.put(
                StudentProfileController.CV_ERROR,
                StudentProfileController.messageKey(CvRejectedException.Reason.TOO_LARGE));
    }
}
