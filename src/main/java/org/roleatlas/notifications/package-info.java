/**
 * Notifications: the {@code notification}, {@code question_follow}, {@code role_follow}, {@code notification_setting},
 * {@code notification_digest} and {@code notification_secret} tables; the inbox ({@code /notifications}, mark read),
 * {@code GET /api/notifications} and {@code POST /api/notifications/read}; follows of questions and roles
 * ({@code /follow/**}); delivery settings per kind ({@code /notifications/settings}); the daily digest; signed one-click
 * unsubscribe links ({@code /notifications/unsubscribe}).
 *
 * <p>It listens to {@code questions.QuestionPosted}, {@code questions.AnswerPosted}, {@code comments.CommentPosted}
 * and {@code moderation.ModerationDecided} inside the publisher's transaction, so a notification commits with what
 * caused it. It implements {@code system.UnreadNotifications} (the header's count) and sends mail through
 * {@code mail.Outbox}. Public API: the SPI {@link org.roleatlas.notifications.MemberAddresses} (a member's verified
 * email address), which the module that keeps addresses implements.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.roleatlas.notifications;
