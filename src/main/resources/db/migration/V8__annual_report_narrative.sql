-- The Board's own words in its annual report (the chair's foreword, what was learnt, the priorities):
-- one row per reporting year and section, plain text, written on the report page before export.
-- Same statements on H2 and PostgreSQL.
create table ll_report_narrative (
    report_year  integer        not null,
    section      varchar(32)    not null,
    body         varchar(20000) not null,
    updated_by   varchar(64)    not null,
    updated_at   timestamp      not null,
    constraint pk_ll_report_narrative primary key (report_year, section)
);
