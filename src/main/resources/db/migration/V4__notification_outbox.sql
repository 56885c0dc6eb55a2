-- One row per email about a task: to whom, about which task, and when it was sent. Written in
-- the same transaction as the engine job that sends it (so a rolled-back step leaves none), and
-- marked sent in the transaction that completes that job. It holds no free text: the task's name
-- as drawn in its model, the case reference, the due date and the group names, nothing else.
create table ll_notification (
    id               varchar(36)   not null,
    kind             varchar(16)   not null,
    dedupe_key       varchar(250)  not null,
    recipient_user   varchar(64),
    recipient_email  varchar(254)  not null,
    task_id          varchar(64),
    task_name        varchar(255),
    case_reference   varchar(64),
    due_date         timestamp,
    group_names      varchar(1000),
    queued_at        timestamp     not null,
    sent_at          timestamp,
    constraint pk_ll_notification primary key (id),
    constraint uq_ll_notification_dedupe unique (dedupe_key)
);
create index ix_ll_notification_sent_at on ll_notification (sent_at);
