-- Times are shown in the viewer's time zone. A university has one (its students' and staff's
-- default); a user may choose their own (null: follow their university's, or UTC).
alter table universities add column time_zone varchar(64) not null default 'UTC';

update universities set time_zone = case country
    when 'GB' then 'Europe/London'
    when 'IE' then 'Europe/Dublin'
    when 'IN' then 'Asia/Kolkata'
    when 'US' then 'America/New_York'
    else 'UTC' end;

update universities set time_zone = 'America/Chicago' where name = 'Lakeshore Institute of Technology';

alter table users add column time_zone varchar(64);
