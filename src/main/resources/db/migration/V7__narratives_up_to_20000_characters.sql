-- A narrative (findings, evidence, gaps, a training follow-up) may hold up to 20,000 characters
-- (InputCheck.MAX_NARRATIVE). An agency's return holds several narratives as one JSON text.
-- Same statements on H2 and PostgreSQL; earlier migrations stay as they landed.
alter table ll_learning_handover alter column findings set data type varchar(20000);
alter table ll_self_assessment alter column evidence set data type varchar(20000);
alter table ll_self_assessment alter column gap set data type varchar(20000);
alter table ll_dissemination alter column follow_up set data type varchar(20000);
alter table ll_action alter column evidence set data type varchar(20000);
alter table ll_agency_return alter column content set data type varchar(200000);
