/**
 * Emails, through an outbox. A module queues an email in its own transaction, so the email exists if and
 * only if the business change committed:
 *
 * <pre>{@code
 * outbox.queue(Email.to(resident.email(), resident.locale(), "account/email/confirm", "email.account.confirm.subject")
 *         .with("link", baseUrl + "/email/confirm?token=" + token)   // links in emails are absolute
 *         .secret(token)                                             // only the recipient may read it
 *         .messageId("email-confirm-" + id)                          // optional: queued once per id (no secret in it)
 *         .header("List-Unsubscribe", "<" + unsubscribeLink + ">")); // optional extra headers
 * }</pre>
 *
 * Templates {@code templates/account/email/confirm.html} (using the layout
 * {@code notification/email/layout :: email(~{::content})}) and {@code confirm.txt} (text mode: write
 * {@code [(...)]}, end with {@code [# th:insert="~{notification/email/footer}" /]}); see
 * {@code templates/notification/email/test.*}. A scheduled sender delivers the outbox when
 * {@code spring.mail.host} is set; otherwise (the demo) emails stay queued. Staff read the outbox at
 * {@code /admin/outbox} with every declared secret masked: secrets are kept encrypted until the email is sent,
 * then dropped, and the bodies of sent emails are erased after {@code voisinage.mail.sent-retention}.
 * {@link org.voisinage.notification.Outbox#latestTo(String)} reads the last email to an address, masked too.
 */
// Boundaries: the modules it may use, exactly those it uses today;
// Modulith verification (ModularityTests) fails on any other arrow. A new one is declared here, on purpose.
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "common"
})
package org.voisinage.notification;
