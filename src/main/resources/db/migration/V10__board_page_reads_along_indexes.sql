-- The board page reads each status of its case list, and each state of the action list, along an
-- index in the order it shows them, so a page costs what it shows rather than a sort of every open
-- case or every action (docs/performance.md, "Board page and annual report at scale").

create index ix_ll_board_case_due_reference on ll_board_case (clock_due, case_reference);
create index ix_ll_action_state_due on ll_action (state, due_on, action_reference);
-- each owner's open, overdue and done actions are counted from this index alone
create index ix_ll_action_owner_state_due on ll_action (owner_group, state, due_on);

-- the returns agencies and schools owe in the audits: one row an open audit task and candidate group,
-- kept with the case's row, so "returns outstanding" counts these rows, not every open task's links
create table ll_board_return (
    task_id              varchar(64)   not null,
    group_id             varchar(255)  not null,
    process_instance_id  varchar(64)   not null,
    due_at               timestamp,
    constraint pk_ll_board_return primary key (task_id, group_id)
);

create index ix_ll_board_return_group on ll_board_return (group_id, due_at);
create index ix_ll_board_return_case on ll_board_return (process_instance_id);
