package org.stint.shared;

import java.util.Map;

/**
 * The confirm step of an irreversible action, as a plain page: what will happen, a "Yes, …"
 * button that posts the same form again with {@link #CONFIRMED} set, and a way back. Works
 * without JavaScript; the action runs only on that second submit.
 *
 * @param titleKey message key of the page's heading
 * @param messageKey message key saying what will happen, with {@code args}
 * @param args the message's arguments (people's and postings' names are escaped on the page)
 * @param action where the "Yes" form posts: the action's own address
 * @param yesKey message key of the "Yes, …" button
 * @param cancelHref where "Cancel" leads: the page the action was started from
 * @param fields the first submit's other fields, carried over as hidden inputs
 */
public record Confirmation(
        String titleKey,
        String messageKey,
        Object[] args,
        String action,
        String yesKey,
        String cancelHref,
        Map<String, String> fields) {

    /** The request parameter of the second submit. */
    public static final String CONFIRMED = "confirmed";

    /** The template that renders a {@code confirmation} model attribute. */
    public static final String VIEW = "fragments/confirm";

    /** Whether this request is the second submit, the one that acts. */
    public static boolean confirmed(String value) {
        return "yes".equals(value);
    }
}
