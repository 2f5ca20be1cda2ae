// SPDX-License-Identifier: GPL-3.0-or-later
// The pull's fast path: see syncfastapply.h and docs/SYNC.md, "Pull".
#include "syncfastapply.h"

#include "../metadata/registry.h"
#include "../metadata/value.h"
#include "../store/bulkwriter.h"
#include "../store/database.h"
#include "../store/schemabuilder.h"
#include "../store/sqlite.h"

#include <QJsonObject>

#include <sqlite3.h>

#include <atomic>

namespace trato {

using namespace SyncDetail;

void FastPullDeleter::operator()(FastPull *fast) const
{
    delete fast;
}

namespace SyncDetail {

QString maxClockOf(const QJsonObject &clocks)
{
    QString max;
    for (auto it = clocks.constBegin(); it != clocks.constEnd(); ++it)
        if (it.value().toString() > max)
            max = it.value().toString();
    return max;
}

QString authorOf(const QJsonObject &clocks, const QJsonObject &authors)
{
    QString author = authors.value(QStringLiteral("*")).toString();
    QString authorClock;
    for (auto it = clocks.constBegin(); it != clocks.constEnd(); ++it)
        if (it.value().toString() >= authorClock && authors.contains(it.key())) {
            authorClock = it.value().toString();
            author = authors.value(it.key()).toString();
        }
    return author;
}

FastPlans::FastPlans(const Registry &registry)
{
    for (const Entity *e : registry.entities()) {
        if (!isSynced(e))
            continue;
        // BulkInsert adds a sort key after any column that has one: never id or updated_at.
        const Field *id = e->field(QStringLiteral("id")), *updated = e->field(QStringLiteral("updated_at"));
        if ((id && SchemaBuilder::hasSortKey(*id)) || (updated && SchemaBuilder::hasSortKey(*updated)))
            continue;
        FastPlan plan;
        plan.entity = e->name;
        plan.entityUtf8 = e->name.toUtf8();
        plan.fields = travellingFields(*e);
        for (int i = 0; i < plan.fields.size(); ++i) {
            plan.index.insert(plan.fields.at(i), i);
            const Field *f = e->field(plan.fields.at(i));
            plan.sortKey.push_back(f && SchemaBuilder::hasSortKey(*f));
        }
        m_index.insert(plan.entity, int(m_plans.size()));
        m_plans.push_back(std::move(plan));
    }
}

const FastPlan *FastPlans::plan(const QString &entity) const
{
    const int i = m_index.value(entity, -1);
    return i < 0 ? nullptr : &m_plans[size_t(i)];
}

bool FastPlans::current(const FastPlan &plan, const Entity &e)
{
    if (travellingFields(e) != plan.fields)
        return false;
    for (int i = 0; i < plan.fields.size(); ++i) {
        const Field *f = e.field(plan.fields.at(i));
        if ((f && SchemaBuilder::hasSortKey(*f)) != plan.sortKey[size_t(i)])
            return false;
    }
    return true;
}

bool FastEncoder::encode(const RemoteRecord &r, FastRow *row)
{
    row->plan = nullptr;
    const FastPlan *plan = m_plans ? m_plans->plan(r.entity) : nullptr;
    if (!plan || r.purged)
        return false;
    const size_t n = size_t(plan->fields.size());
    m_values.resize(n);
    row->present.fill('0', qsizetype(n));
    {
        FlatJsonReader data(r.data);
        while (data.next()) {
            const QStringView key = data.key();
            const int i = plan->index.value(QString::fromRawData(key.data(), key.size()), -1);
            if (i < 0)
                continue; // not a field that travels (or one this Trato does not know): applyOne skips it too
            if (row->present.at(i) == '1')
                return false; // a key twice: QJsonDocument keeps the last one, leave it to applyOne
            const JsonScalar &v = data.value();
            // A sort key is made from the value's text: only for text (and NULL) here.
            if (plan->sortKey[size_t(i)] && v.kind != JsonScalar::String && v.kind != JsonScalar::Null)
                return false;
            row->present[i] = '1';
            m_values[size_t(i)] = v;
        }
        if (data.failed())
            return false;
    }
    // A new record's data leaves its empty fields out: they go in as NULL, as applyOne writes them
    // (the columns that may not be NULL take their default).
    for (size_t i = 0; i < n; ++i)
        if (row->present.at(qsizetype(i)) != '1' && !hasDefaultWhenAbsent(plan->fields.at(qsizetype(i)))) {
            row->present[qsizetype(i)] = '1';
            m_values[i] = JsonScalar();
        }
    // Clocks: their maximum, "*" included. A value that is not a string: applyOne.
    QString max;
    bool anyClock = false;
    {
        FlatJsonReader clocks(r.clocks);
        while (clocks.next()) {
            if (clocks.value().kind != JsonScalar::String)
                return false;
            if (!anyClock || clocks.value().text > max)
                max = clocks.value().text;
            anyClock = true;
        }
        if (clocks.failed())
            return false;
    }
    if (!anyClock)
        return false; // no clock at all: applyOne's business
    // Deep copies (the texts are views on the record), shared by the rows that have the same.
    if (m_lastClock != max)
        m_lastClock = QString(max.constData(), max.size());
    row->maxClock = m_lastClock;
    // The author: the creator when the record has only one ("*"), else the one-by-one rule.
    {
        FlatJsonReader authors(r.authors);
        bool lone = false;
        QString author;
        while (authors.next()) {
            lone = !lone && authors.key() == QLatin1String("*") && authors.value().kind == JsonScalar::String
                && !authors.value().text.isEmpty();
            if (!lone)
                break;
            author = authors.value().text;
        }
        if (lone && !authors.failed()) {
            if (m_lastAuthor != author)
                m_lastAuthor = QString(author.constData(), author.size());
            row->author = m_lastAuthor;
        } else {
            row->author = authorOf(parseObject(r.clocks), parseObject(r.authors));
        }
    }
    // The record's time of change is its latest clock's, the same on every copy.
    const qint64 ms = msOf(row->maxClock);
    if (ms != m_isoMs) {
        m_isoMs = ms;
        m_iso = isoFromMs(ms);
    }
    // The values in BulkInsert's order: id, the fields present, updated_at, then the sort keys.
    BulkRow &values = row->values;
    values.clear();
    values.addText(r.id);
    m_keys.clear();
    for (size_t i = 0; i < n; ++i) {
        if (row->present.at(qsizetype(i)) != '1')
            continue;
        const JsonScalar &v = m_values[i];
        switch (v.kind) {
        case JsonScalar::Null: values.addNull(); break;
        case JsonScalar::Integer: values.addInteger(v.integer); break;
        case JsonScalar::Real: values.addReal(v.real); break;
        case JsonScalar::String: values.addText(v.text); break;
        }
        if (plan->sortKey[i])
            m_keys.push_back({v.kind != JsonScalar::String, v.kind == JsonScalar::String ? Value::sortKey(v.text) : QString()});
    }
    values.addText(m_iso);
    for (const SortKey &key : m_keys)
        if (key.null)
            values.addNull();
        else
            values.addText(key.text);
    row->id = r.id.toUtf8();
    row->clocks = r.clocks.toUtf8();
    row->plan = plan;
    return true;
}

} // namespace SyncDetail

namespace {

std::atomic<bool> g_fastPullEnabled{true};
std::atomic<qint64> g_fastPullInserted{0};

} // namespace

FastPull::FastPull(Database &db)
    : m_db(db)
    , m_handle(Sql::handle(db.connection()))
{
}

FastPull::~FastPull()
{
    m_inserts.clear();
    for (sqlite3_stmt *s : std::as_const(m_statements))
        sqlite3_finalize(s);
}

void FastPull::setEnabled(bool enabled)
{
    g_fastPullEnabled = enabled;
}

bool FastPull::enabled()
{
    return g_fastPullEnabled;
}

qint64 FastPull::insertedCount()
{
    return g_fastPullInserted;
}

Error FastPull::sqliteError(const QString &what) const
{
    return Error::failure(QStringLiteral("%1 (%2)").arg(QString::fromUtf8(sqlite3_errmsg(m_handle)), what));
}

Result<sqlite3_stmt *> FastPull::prepare(const QString &sql)
{
    auto it = m_statements.constFind(sql);
    if (it != m_statements.constEnd())
        return it.value();
    if (!m_handle)
        return Error::failure(QStringLiteral("no SQLite connection"));
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_handle, sql.toUtf8().constData(), -1, &stmt, nullptr) != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return sqliteError(sql);
    }
    m_statements.insert(sql, stmt);
    return stmt;
}

std::shared_ptr<const FastPlans> FastPull::plans()
{
    if (!m_plans)
        m_plans = std::make_shared<const FastPlans>(*m_db.registry());
    return m_plans;
}

void FastPull::beginPage()
{
    m_paused.clear(); // a page that failed rolled its triggers back itself
    m_usable.clear();
}

bool FastPull::usable(const FastRow &row)
{
    if (!row.plan)
        return false;
    auto it = m_usable.constFind(row.plan);
    if (it != m_usable.constEnd())
        return it.value();
    const Entity *e = m_db.registry()->entity(row.plan->entity);
    const bool ok = e && FastPlans::current(*row.plan, *e);
    m_usable.insert(row.plan, ok);
    return ok;
}

Result<bool> FastPull::insertIfNew(const FastRow &row)
{
    const FastPlan &plan = *row.plan;
    auto exists = prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?1").arg(Sql::ident(plan.entity)));
    if (!exists)
        return exists.error();
    if (!m_insertRecord) {
        // OR IGNORE: an entry already there says the record is known, without a lookup first.
        auto s = prepare(QStringLiteral("INSERT OR IGNORE INTO sync_record (entity, id, clocks) VALUES (?1, ?2, ?3)"));
        if (!s)
            return s.error();
        m_insertRecord = s.value();
    }
    std::unique_ptr<BulkInsert> &insert = m_inserts[{row.plan, row.present}];
    if (!insert) {
        // The columns applyOne writes for a new record: id, each field it carries (BulkInsert adds
        // their sort keys), updated_at.
        const Entity *e = m_db.registry()->entity(plan.entity);
        if (!e)
            return false;
        QStringList columns{QStringLiteral("id")};
        for (int i = 0; i < plan.fields.size(); ++i)
            if (row.present.at(i) == '1')
                columns << plan.fields.at(i);
        columns << QStringLiteral("updated_at");
        insert = std::make_unique<BulkInsert>(m_handle, *e, columns);
        if (!insert->error().isEmpty()) {
            const QString error = insert->error();
            insert.reset();
            return Error::failure(error);
        }
    }
    sqlite3_stmt *q = exists.value();
    sqlite3_bind_text(q, 1, row.id.constData(), int(row.id.size()), SQLITE_STATIC);
    int rc = sqlite3_step(q);
    sqlite3_reset(q);
    if (rc == SQLITE_ROW)
        return false;
    if (rc != SQLITE_DONE)
        return sqliteError(QString::fromUtf8(sqlite3_sql(q)));
    // The clocks as received are the base of the next local edit.
    sqlite3_bind_text(m_insertRecord, 1, plan.entityUtf8.constData(), int(plan.entityUtf8.size()), SQLITE_STATIC);
    sqlite3_bind_text(m_insertRecord, 2, row.id.constData(), int(row.id.size()), SQLITE_STATIC);
    sqlite3_bind_text(m_insertRecord, 3, row.clocks.constData(), int(row.clocks.size()), SQLITE_STATIC);
    rc = sqlite3_step(m_insertRecord);
    sqlite3_reset(m_insertRecord);
    if (rc != SQLITE_DONE)
        return sqliteError(QStringLiteral("sync_record"));
    if (sqlite3_changes(m_handle) == 0)
        return false;
    if (!insert->insert(row.values))
        return Error::failure(QStringLiteral("%1 (INSERT INTO %2)").arg(insert->error(), plan.entity));
    ++g_fastPullInserted;
    return true;
}

Status FastPull::pauseInsertTriggers(const QString &entity)
{
    const Entity *e = m_db.registry()->entity(entity);
    if (!e)
        return {};
    QStringList names{entity + QStringLiteral("__log_insert"), entity + QStringLiteral("__fts_insert")};
    // A sort-key field with a default: a record without the field gets the default and its key
    // from the trigger, as applyOne's would.
    for (const Field &f : e->fields)
        if (SchemaBuilder::hasSortKey(f) && f.defaultValue.isEmpty())
            names << entity + QStringLiteral("__sortkey_insert_") + f.name;
    m_paused.push_back(std::make_unique<TriggerPause>(m_db.connection(), names));
    return m_paused.back()->status();
}

Status FastPull::resumeTriggers()
{
    for (auto &p : m_paused)
        if (Status s = p->resume(); !s)
            return s;
    m_paused.clear();
    return {};
}

} // namespace trato
