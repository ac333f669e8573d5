-- Stored emails carried live links (password resets, address confirmations, unsubscribe keys...) that staff read
-- in the outbox. From now on an email is stored with a placeholder where each secret was; the secrets are kept
-- encrypted apart until the email is sent, then dropped, and the bodies of sent emails are erased after a while.
alter table outbox_email
    -- the email's secrets, AES-GCM encrypted (notification.internal.EmailSecrets); null once sent, or when none
    add column sealed_secrets  text,
    -- when the bodies of this sent email were erased (voisinage.mail.sent-retention)
    add column bodies_erased_at timestamptz;

-- The key encrypting those secrets when voisinage.mail.secrets-key is not set: drawn once, shared by instances.
create table outbox_secret_key (
    id         smallint primary key check (id = 1),
    secret_key bytea    not null check (length(secret_key) = 32)
);

-- Emails stored before: those sent lose their bodies now; the others have their links' secrets masked
-- (they were written before secrets were told apart: a link sent from here would not work anyway).
update outbox_email set body_text = '', body_html = '', headers = '', bodies_erased_at = now()
where status = 'SENT';
update outbox_email
set body_text = regexp_replace(body_text, '((token|jeton|signature)=|/desabonnement/|/suivre/confirmer/|unsubscribe-)[A-Za-z0-9_-]+', '\1••••••', 'g'),
    body_html = regexp_replace(body_html, '((token|jeton|signature)=|/desabonnement/|/suivre/confirmer/|unsubscribe-)[A-Za-z0-9_-]+', '\1••••••', 'g'),
    headers   = regexp_replace(headers, '((token|jeton|signature)=|/desabonnement/|/suivre/confirmer/|unsubscribe-)[A-Za-z0-9_-]+', '\1••••••', 'g')
where status <> 'SENT';
-- Follow confirmations had their token in the Message-ID: its hash now, as new ones have.
update outbox_email
set message_id = '<follow-confirm-' || encode(sha256(convert_to(message_id, 'UTF8')), 'hex') || '@'
                 || split_part(message_id, '@', 2)
where message_id like '<follow-confirm-%';

-- The erasing job: sent emails whose bodies are still there, oldest first.
create index outbox_email_erasable_idx on outbox_email (sent_at) where status = 'SENT' and bodies_erased_at is null;
