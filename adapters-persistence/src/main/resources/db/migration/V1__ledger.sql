-- The LedgerLens ledger: everything the explode contract can show.
--
-- Tenancy is structural: every ledger table carries org_id, and every reference
-- from one ledger row to another goes through a composite (org_id, id) foreign
-- key, so that no row can point at another org's data.
-- Amounts and points are numeric (exact), never floating point.

create table org (
    org_id                 bigint primary key check (org_id > 0),
    name                   varchar(255)    not null,
    parent_org_id          bigint  references org (org_id),
    time_zone              varchar(255)    not null default 'UTC',
    source_value_capturing boolean not null default false,
    check (parent_org_id is null or parent_org_id <> org_id)
);
create index org_parent_idx on org (parent_org_id);

-- Reference data: ids are chosen by the org's loyalty configuration and are unique within the org.

create table program (
    org_id     bigint  not null references org (org_id),
    program_id bigint  not null check (program_id > 0),
    name       varchar(255)    not null,
    is_default boolean not null default false,
    primary key (org_id, program_id)
);

create table points_category (
    org_id             bigint not null references org (org_id),
    points_category_id bigint not null check (points_category_id > 0),
    name               varchar(255)   not null,
    primary key (org_id, points_category_id)
);

create table allocation_strategy (
    org_id                 bigint not null references org (org_id),
    allocation_strategy_id bigint not null check (allocation_strategy_id > 0),
    name                   varchar(255)   not null,
    primary key (org_id, allocation_strategy_id)
);

create table expiry_strategy (
    org_id             bigint not null references org (org_id),
    expiry_strategy_id bigint not null check (expiry_strategy_id > 0),
    name               varchar(255)   not null,
    expiry_type        varchar(255)   not null check (expiry_type in ('FIXED', 'ROLLING')),
    primary key (org_id, expiry_strategy_id)
);

create table promotion (
    org_id       bigint not null references org (org_id),
    promotion_id bigint not null check (promotion_id > 0),
    name         varchar(255)   not null,
    start_date   date,
    end_date     date,
    primary key (org_id, promotion_id)
);

create table alternate_currency (
    org_id                bigint not null references org (org_id),
    alternate_currency_id bigint not null check (alternate_currency_id > 0),
    name                  varchar(255)   not null,
    identifier            varchar(255)   not null,
    primary key (org_id, alternate_currency_id),
    unique (org_id, name)
);

create table till (
    org_id  bigint not null references org (org_id),
    till_id bigint not null check (till_id > 0),
    code    varchar(255)   not null,
    primary key (org_id, till_id)
);

create table tier (
    org_id      bigint  not null,
    program_id  bigint  not null,
    slab_number integer not null,
    name        varchar(255)    not null,
    primary key (org_id, program_id, slab_number),
    foreign key (org_id, program_id) references program (org_id, program_id)
);

-- Customers, their identifiers per source and account, and user groups (household wallets).

create table customer (
    customer_id bigint primary key check (customer_id > 0),
    org_id      bigint not null references org (org_id),
    first_name  varchar(255)   not null default '',
    last_name   varchar(255)   not null default '',
    unique (org_id, customer_id)
);

create table customer_identifier (
    org_id           bigint not null,
    customer_id      bigint not null,
    identifier_name  varchar(255)   not null check (identifier_name in ('MOBILE', 'EMAIL', 'EXTERNAL_ID')),
    identifier_value varchar(255)   not null,
    source           varchar(255)   not null,
    account_id       varchar(255)   not null default '',
    primary key (org_id, identifier_name, identifier_value, source, account_id),
    foreign key (org_id, customer_id) references customer (org_id, customer_id)
);
create index customer_identifier_customer_idx on customer_identifier (org_id, customer_id);

create table user_group (
    user_group_id bigint primary key check (user_group_id > 0),
    org_id        bigint not null references org (org_id),
    external_id   varchar(255)   not null,
    name          varchar(255)   not null default '',
    unique (org_id, user_group_id),
    unique (org_id, external_id)
);

create table user_group_member (
    org_id        bigint  not null,
    user_group_id bigint  not null,
    customer_id   bigint  not null,
    is_primary    boolean not null default false,
    primary key (user_group_id, customer_id),
    foreign key (org_id, user_group_id) references user_group (org_id, user_group_id),
    foreign key (org_id, customer_id) references customer (org_id, customer_id)
);
-- At most one primary member per group (the domain guarantees at least one).
-- Partial indexes are PostgreSQL-only, so jOOQ's build-time schema parser skips them.
/* [jooq ignore start] */
create unique index user_group_one_primary_idx on user_group_member (user_group_id) where is_primary;
create index user_group_member_customer_idx on user_group_member (org_id, customer_id) where is_primary;
/* [jooq ignore stop] */

-- Events: one row per thing that happened, on a customer's or a group's ledger.

create sequence event_log_id_seq start with 1000001;

create table ledger_event (
    event_log_id       bigint      primary key default nextval('event_log_id_seq'),
    org_id             bigint      not null references org (org_id),
    event_name         varchar(255)        not null check (event_name in (
        'TransactionAdd', 'NewBill', 'GroupTransactionAdd', 'ReturnBill', 'CustomerRegistration',
        'CustomerUpdate', 'GenericEvent', 'AllocateGoodwillPoints', 'PointsRedemption', 'PointsTransfer',
        'TargetCompleted', 'VoucherRedemption', 'ManualPointsAdjustment', 'CustomerPromotionImport',
        'LineItemsPointsPromotionImport', 'BillPointsPromotionImport', 'PointsExpiry', 'DelayedAccrual')),
    customer_id        bigint,
    user_group_id      bigint,
    event_reference_id varchar(255)        not null,
    unique_id          varchar(255)        not null,
    event_time         timestamptz not null,
    till_id            bigint      not null default -1,
    recorded_at        timestamptz not null default now(),
    unique (org_id, event_log_id),
    unique (org_id, unique_id),
    check ((customer_id is null) <> (user_group_id is null)),
    foreign key (org_id, customer_id) references customer (org_id, customer_id),
    foreign key (org_id, user_group_id) references user_group (org_id, user_group_id)
);
create index ledger_event_customer_idx on ledger_event (org_id, customer_id, event_name, event_reference_id);
create index ledger_event_group_idx on ledger_event (org_id, user_group_id, event_name, event_reference_id);

-- The customer's tier in each program when the event happened: a snapshot that
-- keeps its own names, so it does not reference the program or tier tables.
create table event_tier (
    org_id             bigint  not null,
    event_log_id       bigint  not null,
    position           integer not null,
    program_id         bigint  not null,
    slab_number        integer not null,
    slab_name          varchar(255)    not null,
    is_default_program boolean not null,
    primary key (event_log_id, position),
    foreign key (org_id, event_log_id) references ledger_event (org_id, event_log_id)
);

create table bill (
    org_id         bigint         not null,
    event_log_id   bigint         primary key,
    bill_number    varchar(255)           not null,
    gross_amount   numeric(24, 6) not null,
    discount       numeric(24, 6) not null,
    bill_amount    numeric(24, 6) not null,
    note           varchar(2000)           not null default '',
    source         varchar(255)           not null,
    bill_date      timestamptz    not null,
    return_date    timestamptz,
    return_amount  numeric(24, 6),
    return_type    varchar(255) check (return_type in ('AMOUNT', 'FULL', 'LINE_ITEM', 'CANCELLED')),
    return_bill_id varchar(255),
    unique (org_id, event_log_id),
    foreign key (org_id, event_log_id) references ledger_event (org_id, event_log_id)
);
create index bill_number_idx on bill (org_id, bill_number);

create table line_item (
    org_id        bigint         not null,
    event_log_id  bigint         not null,
    position      integer        not null,
    line_item_id  bigint         not null check (line_item_id > 0),
    item_code     varchar(255)   not null,
    gross_amount  numeric(24, 6) not null,
    discount      numeric(24, 6) not null,
    amount        numeric(24, 6) not null,
    rate          numeric(24, 6) not null,
    qty           numeric(24, 6) not null,
    return_amount numeric(24, 6),
    return_rate   numeric(24, 6),
    return_qty    numeric(24, 6),
    return_value  numeric(24, 6),
    serial_number varchar(255),
    -- A line is known by its bill and place; its id is the writer's and unique within the bill only.
    primary key (event_log_id, position),
    unique (event_log_id, line_item_id),
    foreign key (org_id, event_log_id) references bill (org_id, event_log_id)
);

-- Points and alternate currencies awarded at event, bill or line level. Append-only.
create table points_allocation (
    allocation_id          bigint generated always as identity primary key,
    org_id                 bigint         not null,
    event_log_id           bigint         not null,
    line_position          integer,
    placement              varchar(255)           not null check (placement in ('EVENT', 'BILL', 'LINE')),
    position               integer        not null,
    kind                   varchar(255)           not null check (kind in ('REGULAR', 'PROMO', 'PROMISED')),
    alternate_currency_id  bigint,
    value                  numeric(24, 6) not null,
    source_value           numeric(24, 6) not null,
    program_id             bigint         not null,
    points_category_id     bigint         not null,
    allocation_strategy_id bigint         not null,
    expiry_strategy_id     bigint         not null,
    awarded_on             timestamptz    not null,
    expires_on             timestamptz,
    conversion_date        timestamptz,
    promotion_id           bigint,
    returned_points        numeric(24, 6),
    award_action_id        bigint,
    award_action_name      varchar(255),
    ruleset_id             bigint,
    ruleset_name           varchar(255),
    check ((placement = 'LINE') = (line_position is not null)),
    check ((kind = 'PROMISED') = (conversion_date is not null)),
    check (kind <> 'PROMO' or promotion_id is not null),
    check (kind <> 'PROMISED' or alternate_currency_id is null),
    foreign key (org_id, event_log_id) references ledger_event (org_id, event_log_id),
    foreign key (event_log_id, line_position) references line_item (event_log_id, position),
    foreign key (org_id, alternate_currency_id) references alternate_currency (org_id, alternate_currency_id),
    foreign key (org_id, program_id) references program (org_id, program_id),
    foreign key (org_id, points_category_id) references points_category (org_id, points_category_id),
    foreign key (org_id, allocation_strategy_id) references allocation_strategy (org_id, allocation_strategy_id),
    foreign key (org_id, expiry_strategy_id) references expiry_strategy (org_id, expiry_strategy_id),
    foreign key (org_id, promotion_id) references promotion (org_id, promotion_id)
);
create index points_allocation_event_idx on points_allocation (event_log_id, placement, position);

create table custom_field (
    org_id       bigint  not null,
    event_log_id bigint  not null,
    position     integer not null,
    name         varchar(255)    not null,
    value        varchar(255)    not null,
    primary key (event_log_id, position),
    foreign key (org_id, event_log_id) references ledger_event (org_id, event_log_id)
);

create table extended_field (
    org_id       bigint  not null,
    event_log_id bigint  not null,
    position     integer not null,
    name         varchar(255)    not null,
    value        varchar(255)    not null,
    primary key (event_log_id, position),
    foreign key (org_id, event_log_id) references ledger_event (org_id, event_log_id)
);

create table payment_mode (
    org_id       bigint         not null,
    event_log_id bigint         not null,
    position     integer        not null,
    mode         varchar(255)           not null,
    amount       numeric(24, 6) not null,
    primary key (event_log_id, position),
    foreign key (org_id, event_log_id) references ledger_event (org_id, event_log_id)
);

-- Per-kind details (§7.5 of the contract): one row per event of that kind.

create table generic_event_detail (
    org_id             bigint       not null,
    event_log_id       bigint       primary key,
    event_display_name varchar(255) not null,
    display_name       varchar(255) not null,
    label              varchar(255) not null default '',
    foreign key (org_id, event_log_id) references ledger_event (org_id, event_log_id)
);

-- The behavioural event's metadata: fields, each with named attributes.
create table behavioral_field (
    org_id       bigint       not null,
    event_log_id bigint       not null,
    position     integer      not null,
    field_name   varchar(255) not null,
    field_type   varchar(255) not null,
    primary key (event_log_id, position),
    foreign key (org_id, event_log_id) references ledger_event (org_id, event_log_id)
);

create table behavioral_attribute (
    org_id         bigint        not null,
    event_log_id   bigint        not null,
    field_position integer       not null,
    position       integer       not null,
    name           varchar(255)  not null,
    value_type     varchar(255)  not null,
    value          varchar(2000) not null,
    primary key (event_log_id, field_position, position),
    foreign key (event_log_id, field_position) references behavioral_field (event_log_id, position)
);

create table goodwill_detail (
    org_id       bigint not null,
    event_log_id bigint primary key,
    reason       varchar(255)   not null default '',
    comments     varchar(2000)   not null default '',
    assoc_id     bigint,
    request_id   varchar(255)   not null default '',
    foreign key (org_id, event_log_id) references ledger_event (org_id, event_log_id)
);

create table redemption_detail (
    org_id                    bigint         not null,
    event_log_id              bigint         primary key,
    points_redeemed           numeric(24, 6) not null,
    redemption_purpose        varchar(255)           not null default '',
    transaction_number        varchar(255)           not null default '',
    billing_time              timestamptz    not null,
    external_reference_number varchar(255)           not null default '',
    redemption_id             varchar(255)           not null,
    notes                     varchar(2000)           not null default '',
    group_redemption          boolean        not null default false,
    foreign key (org_id, event_log_id) references ledger_event (org_id, event_log_id)
);

-- Per-program points of a redemption, a transfer or a manual adjustment.
create table event_program_points (
    org_id       bigint         not null,
    event_log_id bigint         not null,
    role         varchar(255)           not null check (role in ('REDEEMED', 'TRANSFERRED_FROM', 'TRANSFERRED_TO', 'DEDUCTED')),
    position     integer        not null,
    points       numeric(24, 6) not null,
    program_id   bigint         not null,
    primary key (event_log_id, role, position),
    foreign key (org_id, event_log_id) references ledger_event (org_id, event_log_id),
    foreign key (org_id, program_id) references program (org_id, program_id)
);

create table transfer_detail (
    org_id       bigint        not null,
    event_log_id bigint        primary key,
    notes        varchar(2000) not null default '',
    foreign key (org_id, event_log_id) references ledger_event (org_id, event_log_id)
);

create table transfer_party (
    org_id        bigint       not null,
    event_log_id  bigint       not null,
    direction     varchar(255) not null check (direction in ('FROM', 'TO')),
    user_id       bigint       not null,
    first_name    varchar(255) not null default '',
    last_name     varchar(255) not null default '',
    transfer_type varchar(255) not null,
    primary key (event_log_id, direction),
    foreign key (event_log_id) references transfer_detail (event_log_id)
);

create table target_completed_detail (
    org_id             bigint         not null,
    event_log_id       bigint         primary key,
    target_group_id    bigint         not null,
    target_group_name  varchar(255)           not null,
    target_id          bigint         not null,
    target_name        varchar(255)           not null,
    target_description varchar(2000)           not null default '',
    target_period_id   bigint         not null,
    target_period_name varchar(255)           not null,
    target_value       numeric(24, 6) not null,
    achieved_value     numeric(24, 6),
    trigger_value      numeric(24, 6),
    source_id          bigint,
    source_type        varchar(255)           not null default '',
    milestone_name     varchar(255)           not null default '',
    points_earned      numeric(24, 6) not null,
    foreign key (org_id, event_log_id) references ledger_event (org_id, event_log_id)
);

create table voucher_redemption_detail (
    org_id                bigint      not null,
    event_log_id          bigint      primary key,
    voucher_issued_id     bigint      not null,
    voucher_series_id     bigint      not null,
    redeemed_voucher_code varchar(255)        not null,
    redeem_date           timestamptz not null,
    foreign key (org_id, event_log_id) references ledger_event (org_id, event_log_id)
);

create table manual_adjustment_detail (
    org_id                bigint         not null,
    event_log_id          bigint         primary key,
    total_points_deducted numeric(24, 6) not null,
    created_on            timestamptz    not null,
    reason                varchar(255)           not null default '',
    foreign key (org_id, event_log_id) references ledger_event (org_id, event_log_id)
);

create table import_detail (
    org_id             bigint      not null,
    event_log_id       bigint      primary key,
    event_display_name varchar(255)        not null,
    file_name          varchar(255)        not null,
    import_start_time  timestamptz not null,
    import_end_time    timestamptz not null,
    profile_name       varchar(255)        not null default '',
    profile_type       varchar(255)        not null default '',
    foreign key (org_id, event_log_id) references ledger_event (org_id, event_log_id)
);
