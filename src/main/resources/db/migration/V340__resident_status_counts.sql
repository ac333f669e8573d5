-- The staff dashboard's resident numbers (issue 12): counting every resident on each view of the dashboard read the
-- 50,000 entries of an index (7.5 ms); these counts per neighbourhood and status are kept by the trigger below, in the
-- same transaction as the change, so every instance reads exact numbers.
create table resident_status_count (
    neighbourhood_id bigint,
    status           text   not null,
    residents        bigint not null,
    constraint resident_status_count_key unique nulls not distinct (neighbourhood_id, status)
);

insert into resident_status_count (neighbourhood_id, status, residents)
select neighbourhood_id, status, count(*) from resident group by neighbourhood_id, status;

create function resident_status_count_change() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        update resident_status_count set residents = residents - 1
        where neighbourhood_id is not distinct from old.neighbourhood_id and status = old.status;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into resident_status_count (neighbourhood_id, status, residents)
        values (new.neighbourhood_id, new.status, 1)
        on conflict (neighbourhood_id, status) do update set residents = resident_status_count.residents + 1;
    end if;
    return null;
end
$$;

create trigger resident_status_count_insert_delete after insert or delete on resident
    for each row execute function resident_status_count_change();

-- an update that leaves both columns as they were (Hibernate writes every column) does not touch the counts
create trigger resident_status_count_update after update of neighbourhood_id, status on resident
    for each row
    when (old.neighbourhood_id is distinct from new.neighbourhood_id or old.status is distinct from new.status)
    execute function resident_status_count_change();
