-- How far each running list export has got, by the random token its page gave it, so that the page
-- can show the rows written while the file downloads, whichever instance answers the page's polls.
-- Rows older than a day are deleted when another export starts.
create table export_progress (
    token        varchar(36) not null primary key,
    rows_written bigint not null,
    finished     boolean not null,
    updated_at   timestamp with time zone not null
);
