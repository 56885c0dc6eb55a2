-- One row per case-reference prefix and year; the primary key keeps two nodes from both
-- starting a year at 1.
create table ll_case_reference_counter (
    prefix      varchar(16) not null,
    ref_year    integer     not null,
    last_number integer     not null,
    constraint pk_ll_case_reference_counter primary key (prefix, ref_year)
);
