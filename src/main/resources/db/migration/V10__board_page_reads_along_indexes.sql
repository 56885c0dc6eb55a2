-- The board page reads each status of its case list, and each state of the action list, along an
-- index in the order it shows them, so a page costs what it shows rather than a sort of every open
-- case or every action (docs/performance.md, "Board page and annual report at scale").

create index ix_ll_board_case_due_reference on ll_board_case (clock_due, case_reference);
create index ix_ll_action_state_due on ll_action (state, due_on, action_reference);
