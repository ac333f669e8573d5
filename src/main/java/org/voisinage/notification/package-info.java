/**
 * Emails, through an outbox. A module queues an email in its own transaction, so the email exists if and
 * only if the business change committed:
 *
 * <pre>{@code
 * outbox.queue(Email.to(resident.email(), resident.locale(), "account/email/confirm", "email.account.confirm.subject")
 *         .with("link", baseUrl + "/email/confirm?token=" + token)   // links in emails are absolute
 *         .messageId("email-confirm-" + token)                       // optional: queued once per id
 *         .header("List-Unsubscribe", "<" + unsubscribeLink + ">")); // optional extra headers
 * }</pre>
 *
 * Templates {@code templates/account/email/confirm.html} (using the layout
 * {@code notification/email/layout :: email(~{::content})}) and {@code confirm.txt} (text mode: write
 * {@code [(...)]}, end with {@code [# th:insert="~{notification/email/footer}" /]}); see
 * {@code templates/notification/email/test.*}. A scheduled sender delivers the outbox when
 * {@code spring.mail.host} is set; otherwise (the demo) emails stay queued and staff read them at
 * {@code /admin/outbox}. {@link org.voisinage.notification.Outbox#latestTo(String)} reads the last email to an
 * address (tests, the demo's confirmation links).
 */
package org.voisinage.notification;
