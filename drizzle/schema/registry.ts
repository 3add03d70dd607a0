import { type AnySQLiteColumn, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'

/**
 * The union tree: 街镇总工会 → 小二级 → the unions under them. Dates are 'YYYY-MM-DD' text; a
 * union counts "as at" a year when it was founded by then and not yet deregistered.
 */
export const unions = sqliteTable(
  'unions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** 工会编码: the office's own code, what imports match on first. */
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    type: text('type').notNull(),
    parentId: integer('parent_id').references((): AnySQLiteColumn => unions.id),
    form: text('form'),
    scope: text('scope'),
    uscc: text('uscc').unique(),
    foundedOn: text('founded_on'),
    deregisteredOn: text('deregistered_on'),
    certNo: text('cert_no'),
    certFrom: text('cert_from'),
    certTo: text('cert_to'),
    chairName: text('chair_name'),
    chairPhone: text('chair_phone'),
    contactName: text('contact_name'),
    contactPhone: text('contact_phone'),
    address: text('address'),
    /** null: not known yet (the scorecard says 无数据 rather than 不达标). */
    hasPremises: integer('has_premises', { mode: 'boolean' }),
    premisesArea: integer('premises_area'),
    accountingMode: text('accounting_mode'),
    status: text('status').notNull(),
    notes: text('notes'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('unions_parent').on(t.parentId)],
)

const unionRef = () =>
  integer('union_id')
    .notNull()
    .references(() => unions.id)

/** An enterprise's identity; what changes from year to year lives in enterprise_years. */
export const enterprises = sqliteTable('enterprises', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  uscc: text('uscc').unique(),
  industry: text('industry'),
  size: text('size'),
  address: text('address'),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
})

/** An enterprise as at a year: headcount, its union (own, or a 联合工会 covering it), its 小二级. */
export const enterpriseYears = sqliteTable(
  'enterprise_years',
  {
    enterpriseId: integer('enterprise_id')
      .notNull()
      .references(() => enterprises.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    workers: integer('workers').notNull(),
    hasUnion: integer('has_union', { mode: 'boolean' }).notNull(),
    unionId: integer('union_id').references(() => unions.id),
    xiaoerjiId: integer('xiaoerji_id').references(() => unions.id),
  },
  (t) => [uniqueIndex('enterprise_years_key').on(t.enterpriseId, t.year), index('enterprise_years_year').on(t.year, t.xiaoerjiId)],
)

/** 联合委员会 members (第六条). */
export const committeeMembers = sqliteTable(
  'committee_members',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    unionId: unionRef(),
    name: text('name').notNull(),
    role: text('role').notNull(),
    sector: text('sector').notNull(),
    termFrom: text('term_from').notNull(),
    termTo: text('term_to'),
    fulltimeStaff: integer('fulltime_staff', { mode: 'boolean' }).notNull(),
    phone: text('phone'),
  },
  (t) => [index('committee_members_union').on(t.unionId)],
)

/** 专职工作者 (第十三条), with the dates they served. */
export const staff = sqliteTable(
  'staff',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    unionId: unionRef(),
    name: text('name').notNull(),
    phone: text('phone'),
    fromDate: text('from_date').notNull(),
    toDate: text('to_date'),
    notes: text('notes'),
  },
  (t) => [index('staff_union').on(t.unionId)],
)

/** 经审会 and 女职委: one row of each kind per union at most. */
export const subCommittees = sqliteTable(
  'sub_committees',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    unionId: unionRef(),
    kind: text('kind').notNull(),
    formed: integer('formed', { mode: 'boolean' }).notNull(),
    formedOn: text('formed_on'),
    chair: text('chair'),
  },
  (t) => [uniqueIndex('sub_committees_key').on(t.unionId, t.kind)],
)

/** 服务站点 (第十条), with the 6+X facilities. */
export const stations = sqliteTable(
  'stations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    unionId: unionRef(),
    name: text('name').notNull(),
    type: text('type').notNull(),
    address: text('address'),
    facilities: text('facilities', { mode: 'json' }).$type<string[]>().notNull(),
    extras: text('extras'),
    responsible: text('responsible'),
    responsiblePhone: text('responsible_phone'),
    hours: text('hours'),
  },
  (t) => [index('stations_union').on(t.unionId)],
)

/** The yearly survey of a 小二级 (第八条): the headcounts every rate and scale rule reads. */
export const surveys = sqliteTable(
  'surveys',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    unionId: unionRef(),
    year: integer('year').notNull(),
    surveyDate: text('survey_date').notNull(),
    enterprises: integer('enterprises').notNull(),
    enterprisesWithUnion: integer('enterprises_with_union').notNull(),
    workers: integer('workers').notNull(),
    members: integer('members').notNull(),
    womenMembers: integer('women_members').notNull(),
    migrantMembers: integer('migrant_members').notNull(),
  },
  (t) => [uniqueIndex('surveys_key').on(t.unionId, t.year)],
)

/** 维权: collective contracts, 职代会, disputes (reported upward) and hardship cases (梯度帮扶). */
export const rightsCases = sqliteTable(
  'rights_cases',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    unionId: unionRef(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    date: text('date').notNull(),
    status: text('status'),
    reportedOn: text('reported_on'),
    tier: text('tier'),
    /** Aid paid, in 分. */
    amount: integer('amount'),
    notes: text('notes'),
  },
  (t) => [index('rights_cases_union').on(t.unionId, t.date)],
)

export const activities = sqliteTable(
  'activities',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    unionId: unionRef(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    date: text('date').notNull(),
    participants: integer('participants'),
    notes: text('notes'),
  },
  (t) => [index('activities_union').on(t.unionId, t.date)],
)

/** 评先评优 and 示范 records (第十四条). */
export const evaluations = sqliteTable(
  'evaluations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    unionId: unionRef(),
    year: integer('year').notNull(),
    title: text('title').notNull(),
    level: text('level'),
    result: text('result'),
    notes: text('notes'),
  },
  (t) => [index('evaluations_union').on(t.unionId, t.year)],
)

/** 第十五条: a 3–5 year build-out plan; its milestones are few and always edited with it. */
export const plans = sqliteTable(
  'plans',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    unionId: unionRef(),
    title: text('title').notNull(),
    fromYear: integer('from_year').notNull(),
    toYear: integer('to_year').notNull(),
    milestones: text('milestones', { mode: 'json' }).$type<{ title: string; dueOn: string; doneOn: string | null }[]>().notNull(),
    notes: text('notes'),
  },
  (t) => [index('plans_union').on(t.unionId)],
)
