-- Sectors of intervention (reference data an administrator can extend).
create table sector (
    code     varchar(32)  primary key,
    name_ar  varchar(200) not null,
    name_fr  varchar(200) not null
);
insert into sector (code, name_ar, name_fr) values
    ('ROADS', 'الطرق والمسالك', 'Routes et pistes'),
    ('WATER', 'الماء الصالح للشرب', 'Eau potable'),
    ('SANITATION', 'التطهير السائل', 'Assainissement'),
    ('ELECTRICITY', 'الكهرباء', 'Électrification'),
    ('EDUCATION', 'التعليم', 'Éducation'),
    ('HEALTH', 'الصحة', 'Santé'),
    ('SPORT_YOUTH', 'الرياضة والشباب', 'Sport et jeunesse'),
    ('CULTURE', 'الثقافة', 'Culture'),
    ('SOCIAL', 'العمل الاجتماعي', 'Action sociale'),
    ('URBAN', 'التأهيل الحضري', 'Mise à niveau urbaine'),
    ('ECONOMY', 'الأنشطة الاقتصادية', 'Activités économiques'),
    ('AGRICULTURE', 'الفلاحة', 'Agriculture'),
    ('TOURISM', 'السياحة', 'Tourisme'),
    ('ENVIRONMENT', 'البيئة', 'Environnement'),
    ('ADMINISTRATION', 'الإدارة والحكامة', 'Administration et gouvernance');

-- Who pays: the budgets a project draws on.
create table funding_source (
    code      varchar(32)  primary key,
    kind      varchar(24)  not null check (kind in ('REGION', 'PREFECTURE_PROVINCE', 'COMMUNE', 'STATE', 'INDH',
                                                    'PUBLIC_AGENCY', 'PARTNER', 'OTHER')),
    name_ar   varchar(200) not null,
    name_fr   varchar(200) not null
);
insert into funding_source (code, kind, name_ar, name_fr) values
    ('REGION', 'REGION', 'ميزانية الجهة', 'Budget de la région'),
    ('PREF_PROV', 'PREFECTURE_PROVINCE', 'ميزانية العمالة أو الإقليم', 'Budget de la préfecture ou province'),
    ('COMMUNE', 'COMMUNE', 'ميزانية الجماعة', 'Budget de la commune'),
    ('STATE', 'STATE', 'القطاعات الحكومية', 'Départements ministériels'),
    ('INDH', 'INDH', 'المبادرة الوطنية للتنمية البشرية', 'INDH'),
    ('FDR', 'STATE', 'صندوق التنمية القروية والمناطق الجبلية', 'Fonds de développement rural et des zones de montagne'),
    ('ONEE', 'PUBLIC_AGENCY', 'المكتب الوطني للكهرباء والماء الصالح للشرب', 'ONEE'),
    ('FEC', 'PUBLIC_AGENCY', 'صندوق التجهيز الجماعي', 'Fonds d''équipement communal'),
    ('PARTNER', 'PARTNER', 'شركاء آخرون', 'Autres partenaires');

-- Blocking causes: families and causes, a taxonomy an administrator can extend.
create table blocking_cause_family (
    code      varchar(24)  primary key,
    name_ar   varchar(200) not null,
    name_fr   varchar(200) not null,
    position  int          not null
);
insert into blocking_cause_family (code, name_ar, name_fr, position) values
    ('FINANCING', 'التمويل وتعبئة الموارد', 'Financement et mobilisation des ressources', 1),
    ('GOVERNANCE', 'الحكامة والتنسيق', 'Gouvernance et coordination', 2),
    ('LAND', 'العقار', 'Foncier', 3),
    ('STUDIES', 'الدراسات', 'Études', 4),
    ('PROCUREMENT', 'الصفقات العمومية', 'Marchés publics', 5),
    ('CONTRACTOR', 'المقاولة', 'Entreprise', 6),
    ('TECHNICAL', 'إكراهات تقنية', 'Contraintes techniques', 7),
    ('OTHER', 'أسباب أخرى', 'Autres causes', 8);

create table blocking_cause (
    code         varchar(48)  primary key,
    family_code  varchar(24)  not null references blocking_cause_family (code),
    name_ar      varchar(300) not null,
    name_fr      varchar(300) not null,
    active       boolean      not null default true
);
insert into blocking_cause (code, family_code, name_ar, name_fr) values
    ('PARTNER_CONTRIBUTION_UNPAID', 'FINANCING', 'عدم أداء مساهمة شريك', 'Contribution d''un partenaire non versée'),
    ('BUDGET_NOT_MOBILIZED', 'FINANCING', 'عدم تعبئة الاعتمادات', 'Budget non mobilisé'),
    ('COST_OVERRUN', 'FINANCING', 'تجاوز الكلفة المتوقعة', 'Dépassement du coût'),
    ('LOAN_NOT_OBTAINED', 'FINANCING', 'عدم الحصول على القرض', 'Emprunt non obtenu'),
    ('SECTOR_COORDINATION', 'GOVERNANCE', 'ضعف التنسيق بين الجماعة والقطاع الحكومي', 'Coordination insuffisante entre collectivité et secteur'),
    ('UNCLEAR_OWNERSHIP', 'GOVERNANCE', 'عدم وضوح صاحب المشروع', 'Maîtrise d''ouvrage non clarifiée'),
    ('APPROVAL_DELAY', 'GOVERNANCE', 'تأخر التأشيرات والموافقات', 'Retard des visas et approbations'),
    ('AGREEMENT_NOT_SIGNED', 'GOVERNANCE', 'عدم توقيع اتفاقية الشراكة', 'Convention de partenariat non signée'),
    ('LAND_NOT_SECURED', 'LAND', 'عدم تسوية الوضعية العقارية', 'Foncier non apuré'),
    ('LAND_DISPUTE', 'LAND', 'نزاع عقاري', 'Litige foncier'),
    ('STUDIES_NOT_DONE', 'STUDIES', 'عدم إنجاز الدراسات', 'Études non réalisées'),
    ('STUDIES_TO_REVISE', 'STUDIES', 'دراسات تتطلب المراجعة', 'Études à reprendre'),
    ('TENDER_UNSUCCESSFUL', 'PROCUREMENT', 'طلب عروض غير مثمر', 'Appel d''offres infructueux'),
    ('TENDER_APPEAL', 'PROCUREMENT', 'طعن في الصفقة', 'Recours sur le marché'),
    ('CONTRACTOR_DEFAULT', 'CONTRACTOR', 'تعثر المقاولة', 'Défaillance de l''entreprise'),
    ('CONTRACTOR_DELAY', 'CONTRACTOR', 'تأخر المقاولة', 'Retard de l''entreprise'),
    ('TECHNICAL_CONSTRAINT', 'TECHNICAL', 'صعوبات تقنية أو طبيعية', 'Difficultés techniques ou naturelles'),
    ('NETWORK_CONNECTION', 'TECHNICAL', 'تأخر الربط بالشبكات', 'Retard de raccordement aux réseaux'),
    ('OTHER', 'OTHER', 'سبب آخر', 'Autre cause');

create table project (
    id                   bigserial     primary key,
    code                 varchar(64)   not null unique,
    program_id           bigint        not null references program (id),
    node_id              bigint        references program_node (id),
    title_ar             varchar(500)  not null,
    title_fr             varchar(500)  not null,
    description_ar       text,
    description_fr       text,
    sector_code          varchar(32)   not null references sector (code),
    competence           varchar(16)   not null check (competence in ('OWN', 'SHARED', 'TRANSFERRED')),
    territory_code       varchar(32)   not null references territorial_unit (code) on update cascade,
    territory_path       varchar(400)  not null collate "C",
    latitude             numeric(9, 6),
    longitude            numeric(9, 6),
    owner_org_code       varchar(64)   references organization (code) on update cascade,
    executing_org_code   varchar(64)   references organization (code) on update cascade,
    cost                 numeric(16, 2) not null check (cost >= 0),
    land_secured         boolean       not null default false,
    studies_done         boolean       not null default false,
    planned_start        date,
    planned_end          date,
    actual_start         date,
    actual_end           date,
    status               varchar(16)   not null default 'PROGRAMMED'
                         check (status in ('PROGRAMMED', 'STUDIES', 'TENDERING', 'IN_PROGRESS', 'COMPLETED', 'SUSPENDED',
                                           'BLOCKED', 'ABANDONED', 'CANCELLED')),
    physical_progress    numeric(5, 2) not null default 0 check (physical_progress between 0 and 100),
    -- Sums of project_financial_event, kept with each event in the same transaction so lists and the
    -- evaluation never aggregate millions of events on the fly.
    committed            numeric(16, 2) not null default 0 check (committed >= 0),
    paid                 numeric(16, 2) not null default 0 check (paid >= 0),
    contributes_to_node  bigint        references program_node (id),
    carried_from         bigint        references project (id),
    search_text          text          not null default '',   -- normalized Arabic/French words, see ArabicText
    demonstration        boolean       not null default false,
    version              bigint        not null default 0,
    check (planned_end is null or planned_start is null or planned_end >= planned_start),
    check (actual_end is null or actual_start is null or actual_end >= actual_start)
);
create index project_program_idx on project (program_id, node_id);
create index project_territory_idx on project (territory_path varchar_pattern_ops);
create index project_status_idx on project (status);
create index project_sector_idx on project (sector_code);
-- Substring search over normalized titles whatever the spelling (see ArabicText).
create extension if not exists pg_trgm;
create index project_search_idx on project using gin (search_text gin_trgm_ops);
create index project_carried_idx on project (carried_from) where carried_from is not null;

-- The units a project serves besides its main location.
create table project_territory (
    project_id      bigint      not null references project (id) on delete cascade,
    territory_code  varchar(32) not null references territorial_unit (code) on update cascade,
    primary key (project_id, territory_code)
);

create table project_partner (
    project_id  bigint      not null references project (id) on delete cascade,
    org_code    varchar(64) not null references organization (code) on update cascade,
    primary key (project_id, org_code)
);

-- The funding plan: amounts by source and year.
create table project_funding (
    project_id   bigint         not null references project (id) on delete cascade,
    source_code  varchar(32)    not null references funding_source (code),
    year         int            not null check (year between 2000 and 2100),
    amount       numeric(16, 2) not null check (amount >= 0),
    primary key (project_id, source_code, year)
);
create index project_funding_source_idx on project_funding (source_code, project_id);

-- Commitments and payments as they happen.
create table project_financial_event (
    id           bigserial      primary key,
    project_id   bigint         not null references project (id) on delete cascade,
    source_code  varchar(32)    not null references funding_source (code),
    kind         varchar(12)    not null check (kind in ('COMMITMENT', 'PAYMENT')),
    occurred_on  date           not null,
    amount       numeric(16, 2) not null check (amount > 0),
    reference    varchar(100),
    recorded_by  varchar(64)    not null,
    recorded_at  timestamptz    not null default now()
);
create index project_financial_event_project_idx on project_financial_event (project_id, occurred_on);

-- The dated history of a project's progress.
create table project_progress (
    id                 bigserial     primary key,
    project_id         bigint        not null references project (id) on delete cascade,
    recorded_on        date          not null,
    recorded_by        varchar(64)   not null,
    recorded_at        timestamptz   not null default now(),
    status             varchar(16)   not null,
    physical_progress  numeric(5, 2) not null check (physical_progress between 0 and 100),
    comment            text,
    changes            jsonb
);
create index project_progress_project_idx on project_progress (project_id, recorded_on desc, id desc);

create table project_blocking (
    id           bigserial     primary key,
    project_id   bigint        not null references project (id) on delete cascade,
    cause_code   varchar(48)   not null references blocking_cause (code),
    started_on   date          not null,
    ended_on     date,
    description  text,
    resolution   text,
    check (ended_on is null or ended_on >= started_on)
);
create index project_blocking_project_idx on project_blocking (project_id);
create index project_blocking_cause_idx on project_blocking (cause_code);

-- Actions: the steps of a project.
create table project_action (
    id           bigserial    primary key,
    project_id   bigint       not null references project (id) on delete cascade,
    title_ar     varchar(400) not null,
    title_fr     varchar(400) not null,
    planned_end  date,
    done_on      date,
    position     int          not null default 0
);
