package org.stint.hiring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stint.posting.PayType;
import org.stint.posting.PostingForHiring;
import org.stint.posting.PostingsForHiring;
import org.stint.shared.Money;

/** What the student is owed for completed work, and the employer's record of paying it. */
@Service
@Transactional(readOnly = true)
class PaymentService {

    private final ApplicationOwnership ownership;

    private final PaymentRepository payments;

    private final PostingsForHiring postings;

    private final ApplicationEventPublisher events;

    PaymentService(
            ApplicationOwnership ownership,
            PaymentRepository payments,
            PostingsForHiring postings,
            ApplicationEventPublisher events) {
        this.ownership = ownership;
        this.payments = payments;
        this.postings = postings;
        this.events = events;
    }

    /** What the student is owed: the fee, or the hourly rate times the hours actually worked. */
    Money amountOwed(JobApplication application, PostingForHiring posting) {
        return amountOwed(posting.pay().amount(), posting.pay().type(), application.getHoursWorked());
    }

    /** The fee, or the hourly rate times the hours worked (the rate until hours are recorded). */
    static Money amountOwed(Money pay, PayType type, BigDecimal hoursWorked) {
        if (type == PayType.FIXED || hoursWorked == null) {
            return pay;
        }
        long minor = BigDecimal.valueOf(pay.minorUnits())
                .multiply(hoursWorked)
                .setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
        return new Money(minor, pay.currency());
    }

    /**
     * Records the payment. An amount other than the one owed needs a note saying why.
     *
     * @throws PaymentMismatchException carrying the amount owed, for the form's message
     */
    @Transactional
    void recordPayment(long memberId, long applicationId, PaymentForm form) {
        JobApplication application = ownership.ownedByEmployer(memberId, applicationId);
        application.requireCompleted();
        if (payments.existsById(applicationId)) {
            throw new HiringRefusedException("hiring.payment.alreadyRecorded");
        }
        PostingForHiring posting = postings.get(application.getPostingId());
        Money owed = amountOwed(application, posting);
        if (!form.currency().equals(owed.currency().getCurrencyCode())) {
            throw new PaymentMismatchException("hiring.payment.currency", owed);
        }
        Money paid = Money.ofMajor(form.amount(), form.currency());
        if (paid.minorUnits() != owed.minorUnits()
                && (form.note() == null || form.note().isBlank())) {
            throw new PaymentMismatchException("hiring.payment.noteRequired", owed);
        }
        payments.save(new Payment(
                applicationId,
                paid.minorUnits(),
                form.currency(),
                form.paidOn(),
                form.reference(),
                form.note(),
                memberId));
        events.publishEvent(
                new PaymentRecorded(applicationId, application.getStudentId(), posting.title(), paid.formatted()));
    }
}
