// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordstore.h"

#include "../metadata/registry.h"
#include "../metadata/value.h"
#include "../util/uuid7.h"
#include "database.h"
#include "recordrules.h"
#include "schemabuilder.h"
#include "sqlite.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <optional>

namespace trato {

using Sql::ident;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("trato::RecordStore", text);
}

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

// The accent-folded sort key of every indexed text field being written (see SchemaBuilder).
void appendSortKeys(const Entity &entity, QStringList *columns, QVariantList *params)
{
    const int n = int(columns->size());
    for (int i = 0; i < n; ++i) {
        const Field *f = entity.field(columns->at(i));
        if (!f || !SchemaBuilder::hasSortKey(*f))
            continue;
        const QVariant v = params->at(i);
        *columns << SchemaBuilder::sortKeyColumn(f->name);
        *params << (v.isNull() ? QVariant() : QVariant(Value::sortKey(v.toString())));
    }
}

Record readRecord(const QSqlQuery &q)
{
    Record r;
    const QSqlRecord rec = q.record();
    for (int i = 0; i < rec.count(); ++i)
        r.insert(rec.fieldName(i), q.value(i));
    return r;
}
} // namespace

RecordStore::RecordStore(Database &db)
    : m_db(db)
{
}

Result<const Entity *> RecordStore::entityOrError(const QString &name) const
{
    const Entity *e = m_db.registry()->entity(name);
    if (!e)
        return Error::badInput(tr("Unknown entity \"%1\". Known entities: %2.")
                                   .arg(name, m_db.registry()->entityNames().join(QStringLiteral(", "))));
    return e;
}

Result<QString> RecordStore::resolveRelation(const Field &field, const QString &text) const
{
    const Entity *target = m_db.registry()->entity(field.relationTarget);
    if (!target)
        return Error::failure(tr("%1: unknown relation target %2").arg(field.name, field.relationTarget));
    QSqlDatabase conn = m_db.connection();
    auto byId = Sql::exec(conn, QStringLiteral("SELECT id FROM %1 WHERE id = ?").arg(ident(target->name)), {text});
    if (!byId)
        return byId.error();
    if (byId.value().next())
        return byId.value().value(0).toString();
    auto byName = Sql::exec(conn,
                            QStringLiteral("SELECT id FROM %1 a WHERE %2 = ? COLLATE NOCASE AND deleted = 0 LIMIT 2")
                                .arg(ident(target->name), target->titleExpression(QStringLiteral("a"))),
                            {text});
    if (!byName)
        return byName.error();
    QStringList ids;
    while (byName.value().next())
        ids << byName.value().value(0).toString();
    if (ids.isEmpty())
        return Error::badInput(tr("%1: there is no %2 \"%3\"").arg(field.name, target->displayLabel().toLower(), text));
    if (ids.size() > 1)
        return Error::badInput(tr("%1: several %2 are named \"%3\"; give the id instead")
                                   .arg(field.name, target->displayPluralLabel().toLower(), text));
    return ids.first();
}

Result<QVariantMap> RecordStore::parseInput(const QString &entityName, const QMap<QString, QString> &text,
                                            const QLocale &locale) const
{
    auto e = entityOrError(entityName);
    if (!e)
        return e.error();
    const Entity &entity = *e.value();
    QVariantMap values;
    for (auto it = text.begin(); it != text.end(); ++it) {
        const Field *f = entity.field(it.key());
        if (!f) {
            QStringList names;
            for (const auto &x : entity.fields)
                if (!x.readOnly)
                    names << x.name;
            return Error::badInput(tr("%1 has no field \"%2\". Fields: %3.").arg(entityName, it.key(), names.join(QStringLiteral(", "))));
        }
        if (f->readOnly)
            return Error::badInput(tr("%1 is set by Trato and cannot be changed.").arg(f->name));
        auto v = Value::parse(*f, it.value(), locale);
        if (!v)
            return v.error();
        if (f->type == FieldType::Relation && !v.value().isNull()) {
            auto id = resolveRelation(*f, v.value().toString());
            if (!id)
                return id.error();
            values.insert(f->name, id.value());
        } else {
            values.insert(f->name, v.value());
        }
    }
    return values;
}

Status RecordStore::validate(const Entity &entity, QVariantMap &values, bool creating, Access access,
                             const Record *current) const
{
    for (auto it = values.begin(); it != values.end(); ++it) {
        const Field *f = entity.field(it.key());
        if (!f)
            return Error::badInput(tr("%1 has no field \"%2\".").arg(entity.name, it.key()));
        if (f->readOnly && access == Access::User)
            return Error::badInput(tr("%1 is set by Trato and cannot be changed.").arg(f->name));
        auto v = Value::normalize(*f, it.value(), QLocale::c());
        if (!v)
            return v.error();
        it.value() = v.value();
        if (f->type == FieldType::Relation && !v.value().isNull()) {
            const Entity *target = m_db.registry()->entity(f->relationTarget);
            auto q = Sql::exec(m_db.connection(), QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(ident(target->name)),
                               {v.value()});
            if (!q)
                return q.error();
            if (!q.value().next())
                return Error::badInput(tr("%1: there is no %2 with id %3").arg(f->name, target->displayLabel().toLower(), v.value().toString()));
        }
    }
    // Rules code adds for this entity (derived values, cross-field checks): they see the checked
    // values and may add or change some before the required checks below.
    const QList<RecordRules::Derive> derives = RecordRules::derives(entity.name);
    if (!derives.isEmpty()) {
        RecordRules::Write write{m_db, entity, values, current, creating, access};
        for (const auto &derive : derives)
            if (Status s = derive(write); !s)
                return s;
    }
    for (const auto &f : entity.fields) {
        if (!f.required)
            continue;
        const bool present = values.contains(f.name);
        const QVariant v = values.value(f.name);
        const bool empty = v.isNull() || v.toString().trimmed().isEmpty();
        if ((creating && (!present || empty) && f.defaultValue.isEmpty()) || (present && empty))
            return Error::badInput(tr("%1 (%2) is required.").arg(f.displayLabel(), f.name));
    }
    // Conditionally required fields, judged on the record as it will be after this write.
    auto after = [&](const Field &f) -> QVariant {
        if (values.contains(f.name))
            return values.value(f.name);
        if (current)
            return current->value(f.name);
        return creating && !f.defaultValue.isEmpty() ? QVariant(f.defaultValue) : QVariant();
    };
    for (const auto &f : entity.fields) {
        if (f.requiredIf.isEmpty())
            continue;
        const Field *condition = entity.field(f.requiredIf);
        if (!condition || after(*condition).toString() != f.requiredIfValue)
            continue;
        const QVariant v = after(f);
        if (v.isNull() || v.toString().trimmed().isEmpty())
            return Error::badInput(tr("%1 (%2) is required when %3 is %4.")
                                       .arg(f.displayLabel(), f.name, condition->displayLabel(),
                                            condition->optionLabel(f.requiredIfValue)));
    }
    // Ordered fields (an activity's end not before its start), judged the same way. Storage forms of
    // dates and datetimes are ISO text, so text order is time order.
    for (const auto &f : entity.fields) {
        if (f.notBeforeField.isEmpty())
            continue;
        const Field *earlier = entity.field(f.notBeforeField);
        if (!earlier)
            continue;
        const QVariant later = after(f);
        const QVariant first = after(*earlier);
        if (later.isNull() || first.isNull() || later.toString().isEmpty() || first.toString().isEmpty())
            continue;
        if (later.toString() < first.toString())
            return Error::badInput(tr("%1 (%2) cannot be before %3 (%4).")
                                       .arg(f.displayLabel(), f.name, earlier->displayLabel(), earlier->name));
    }
    return {};
}

Result<QString> RecordStore::create(const QString &entityName, const QVariantMap &input, Access access)
{
    auto e = entityOrError(entityName);
    if (!e)
        return e.error();
    const Entity &entity = *e.value();
    QVariantMap values = input;
    QString owner = values.take(QStringLiteral("owner")).toString();
    Status v = validate(entity, values, true, access, nullptr);
    if (!v)
        return v.error();
    const QString id = Uuid7::create();
    const QString now = nowIso();
    QStringList cols = {QStringLiteral("id"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
                        QStringLiteral("created_by"), QStringLiteral("owner")};
    const QVariant ownerValue = !owner.isEmpty()       ? QVariant(owner)
                                : entity.ownerOptional ? QVariant()
                                                       : QVariant(m_db.user());
    QVariantList params = {id, now, now, m_db.user(), ownerValue};
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        cols << it.key();
        params << it.value();
    }
    appendSortKeys(entity, &cols, &params);
    QStringList quoted, marks;
    for (const auto &c : cols) {
        quoted << ident(c);
        marks << QStringLiteral("?");
    }
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto r = Sql::exec(tx.connection(), QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                            .arg(ident(entity.name), quoted.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))),
                       params);
    if (!r)
        return r.error();
    tx.touched(entity.name);
    for (const auto &afterWrite : RecordRules::afterWrites(entity.name))
        if (Status s = afterWrite(m_db, id, values, true); !s)
            return s.error();
    Status c = tx.commit();
    if (!c)
        return c.error();
    return id;
}

Status RecordStore::update(const QString &entityName, const QString &id, const QVariantMap &input, Access access)
{
    auto e = entityOrError(entityName);
    if (!e)
        return e.error();
    const Entity &entity = *e.value();
    QVariantMap values = input;
    const bool ownerGiven = values.contains(QStringLiteral("owner"));
    const QString owner = values.take(QStringLiteral("owner")).toString();
    std::optional<Record> current;
    const bool rules = RecordRules::hasRules(entity.name);
    for (const auto &f : entity.fields) {
        if (f.requiredIf.isEmpty() && f.notBeforeField.isEmpty() && !rules)
            continue;
        auto got = get(entity.name, id);
        if (!got)
            return got.error();
        current = got.value();
        break;
    }
    Status v = validate(entity, values, false, access, current ? &*current : nullptr);
    if (!v)
        return v;
    QStringList columns = {QStringLiteral("updated_at")};
    QVariantList params = {nowIso()};
    if (ownerGiven) {
        columns << QStringLiteral("owner");
        params << (!owner.isEmpty() ? QVariant(owner) : entity.ownerOptional ? QVariant() : QVariant(m_db.user()));
    }
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        columns << it.key();
        params << it.value();
    }
    appendSortKeys(entity, &columns, &params);
    QStringList sets;
    for (const auto &c : std::as_const(columns))
        sets << ident(c) + QStringLiteral(" = ?");
    params << id;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto r = Sql::exec(tx.connection(), QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(ident(entity.name), sets.join(QStringLiteral(", "))), params);
    if (!r)
        return r.error();
    if (r.value().numRowsAffected() == 0)
        return Error::notFound(tr("There is no %1 with id %2.").arg(entity.name, id));
    tx.touched(entity.name);
    for (const auto &afterWrite : RecordRules::afterWrites(entity.name))
        if (Status s = afterWrite(m_db, id, values, false); !s)
            return s;
    return tx.commit();
}

Status RecordStore::trash(TrashAction action, const QString &entityName, const QStringList &ids)
{
    auto e = entityOrError(entityName);
    if (!e)
        return e.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    const QString now = nowIso();
    for (const QString &id : ids) {
        bool deleted = false;
        {
            auto cur = Sql::exec(tx.connection(), QStringLiteral("SELECT deleted FROM %1 WHERE id = ?").arg(ident(entityName)), {id});
            if (!cur)
                return cur.error();
            if (!cur.value().next())
                return Error::notFound(tr("There is no %1 with id %2.").arg(entityName, id));
            deleted = cur.value().value(0).toBool();
        }
        // Refusals name the record; nothing of the batch is written (the transaction rolls back).
        if (action == TrashAction::MoveToTrash && deleted)
            return Error::badInput(tr("That %1 is already in the Trash.").arg(entityName));
        if (action == TrashAction::Restore && !deleted)
            return Error::badInput(tr("That %1 is not in the Trash.").arg(entityName));
        if (action == TrashAction::Purge && !deleted)
            return Error::badInput(tr("Only records in the Trash can be purged; delete it first."));
        auto r = action == TrashAction::Purge
            ? Sql::exec(tx.connection(), QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(ident(entityName)), {id})
            : Sql::exec(tx.connection(), QStringLiteral("UPDATE %1 SET deleted = ?, updated_at = ? WHERE id = ?").arg(ident(entityName)),
                        {action == TrashAction::MoveToTrash ? 1 : 0, now, id});
        if (!r)
            return r.error();
        if (action != TrashAction::Purge)
            for (const auto &afterTrash : RecordRules::afterTrashes(entityName))
                if (Status s = afterTrash(m_db, id, action == TrashAction::MoveToTrash); !s)
                    return s;
    }
    tx.touched(entityName);
    return tx.commit();
}

Status RecordStore::remove(const QString &entity, const QString &id)
{
    return trash(TrashAction::MoveToTrash, entity, {id});
}

Status RecordStore::restore(const QString &entity, const QString &id)
{
    return trash(TrashAction::Restore, entity, {id});
}

Status RecordStore::purge(const QString &entity, const QString &id)
{
    return trash(TrashAction::Purge, entity, {id});
}

Result<Record> RecordStore::get(const QString &entityName, const QString &id) const
{
    auto e = entityOrError(entityName);
    if (!e)
        return e.error();
    ListQuery q;
    q.entity = entityName;
    q.deleted = ListQuery::All;
    q.where = {{QStringLiteral("id"), id}};
    const BuiltQuery b = ListSql::select(*m_db.registry(), *e.value(), q);
    auto r = Sql::exec(m_db.connection(), b.sql, b.params);
    if (!r)
        return r.error();
    if (!r.value().next())
        return Error::notFound(tr("There is no %1 with id %2.").arg(entityName, id));
    return readRecord(r.value());
}

Status RecordStore::forEach(const ListQuery &query, const std::function<bool(const Record &)> &visit) const
{
    auto e = entityOrError(query.entity);
    if (!e)
        return e.error();
    for (const auto &w : query.where)
        if (!e.value()->field(w.first))
            return Error::badInput(tr("%1 has no field \"%2\".").arg(query.entity, w.first));
    if (!query.sortField.isEmpty() && !e.value()->field(query.sortField))
        return Error::badInput(tr("%1 has no field \"%2\" to sort by.").arg(query.entity, query.sortField));
    for (const auto &c : query.columns)
        if (!e.value()->field(c))
            return Error::badInput(tr("%1 has no field \"%2\".").arg(query.entity, c));
    for (const auto &c : query.conditions)
        if (!e.value()->field(c.field))
            return Error::badInput(tr("%1 has no field \"%2\".").arg(query.entity, c.field));
    bool stopped = false;
    // One statement, streamed: returns the number of rows visited.
    auto pass = [&](const ListQuery &passQuery) -> Result<qint64> {
        ListQuery planned = passQuery;
        planned.plan = passQuery.exactness == ListQuery::OnlyExact
            ? ListSql::chooseExactPlan(m_db.connection(), *e.value(), passQuery)
            : ListSql::choosePlan(m_db.connection(), *e.value(), passQuery);
        const BuiltQuery b = ListSql::select(*m_db.registry(), *e.value(), planned);
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true); // no row cache: a million-row export stays in constant memory
        if (!q.prepare(b.sql))
            return Error::failure(q.lastError().text());
        for (int i = 0; i < b.params.size(); ++i)
            q.bindValue(i, b.params.at(i));
        if (!q.exec())
            return Error::failure(q.lastError().text());
        const QSqlRecord header = q.record();
        Record record;
        qint64 n = 0;
        while (q.next()) {
            for (int i = 0; i < header.count(); ++i)
                record.insert(header.fieldName(i), q.value(i));
            ++n;
            if (!visit(record)) {
                stopped = true;
                break;
            }
        }
        if (q.lastError().isValid())
            return Error::failure(q.lastError().text());
        return n;
    };
    // Exact search matches first, as two statements (see ListPager): one ranked ORDER BY would
    // sort every hit of a short prefix at a million rows.
    const bool split = query.exactness == ListQuery::ExactFirst && !ListSql::ftsMatch(query.search).isEmpty()
        && !ListSql::exactMatch(*e.value(), query.search).first.isEmpty();
    if (!split) {
        auto n = pass(query);
        return n ? Status() : Status(n.error());
    }
    ListQuery exact = query;
    exact.exactness = ListQuery::OnlyExact;
    auto first = pass(exact);
    if (!first)
        return first.error();
    if (stopped || (query.limit >= 0 && first.value() >= query.limit))
        return {};
    ListQuery rest = query;
    rest.exactness = ListQuery::NotExact;
    if (query.offset > 0) {
        // The exact rows the offset skipped count against it.
        ListQuery all = exact;
        all.limit = -1;
        all.offset = 0;
        const BuiltQuery c = ListSql::count(*m_db.registry(), *e.value(), all);
        auto r = Sql::exec(m_db.connection(), c.sql, c.params);
        if (!r)
            return r.error();
        const qint64 exactTotal = r.value().next() ? r.value().value(0).toLongLong() : 0;
        rest.offset = int(qMax<qint64>(0, query.offset - exactTotal));
    }
    if (query.limit >= 0)
        rest.limit = int(query.limit - first.value());
    auto second = pass(rest);
    return second ? Status() : Status(second.error());
}

Result<QList<Record>> RecordStore::list(const ListQuery &query) const
{
    QList<Record> out;
    const Status s = forEach(query, [&out](const Record &r) {
        out << r;
        return true;
    });
    if (!s)
        return s.error();
    return out;
}

Result<qint64> RecordStore::count(const ListQuery &query) const
{
    auto e = entityOrError(query.entity);
    if (!e)
        return e.error();
    const BuiltQuery b = ListSql::count(*m_db.registry(), *e.value(), query);
    auto r = Sql::exec(m_db.connection(), b.sql, b.params);
    if (!r)
        return r.error();
    return r.value().next() ? r.value().value(0).toLongLong() : 0;
}

Result<QList<HistoryEntry>> RecordStore::history(const QString &entityName, const QString &id) const
{
    auto e = entityOrError(entityName);
    if (!e)
        return e.error();
    QList<HistoryEntry> out;
    QSqlDatabase conn = m_db.connection();
    // Records created in bulk (demo data, imports) have one bulk_operation row for the whole batch.
    auto bulk = Sql::exec(conn, QStringLiteral("SELECT b.at, b.user, b.kind, b.hlc, b.note FROM bulk_operation b "
                                               "JOIN %1 r ON r.rid BETWEEN b.first_rid AND b.last_rid "
                                               "WHERE b.entity = ? AND r.id = ?").arg(ident(entityName)),
                          {entityName, id});
    if (!bulk)
        return bulk.error();
    while (bulk.value().next()) {
        HistoryEntry h;
        h.at = bulk.value().value(0).toString();
        h.user = bulk.value().value(1).toString();
        h.op = QStringLiteral("bulk");
        h.hlc = bulk.value().value(3).toString();
        const QString kind = bulk.value().value(2).toString();
        if (kind != QLatin1String("demo") && kind != QLatin1String("import")) {
            // A business event on this one record (merge, lead conversion): see RecordEvent.
            h.op = QStringLiteral("event");
            h.field = kind;
            h.note = bulk.value().value(4).toString();
            out << h;
            continue;
        }
        h.note = bulk.value().value(2).toString() + (bulk.value().value(4).toString().isEmpty()
                                                         ? QString() : QStringLiteral(": ") + bulk.value().value(4).toString());
        out << h;
    }
    auto r = Sql::exec(conn, QStringLiteral("SELECT seq, at, user, op, field, old_value, new_value, hlc FROM change_log "
                                            "WHERE entity = ? AND record_id = ? ORDER BY seq"),
                       {entityName, id});
    if (!r)
        return r.error();
    while (r.value().next()) {
        HistoryEntry h;
        h.seq = r.value().value(0).toLongLong();
        h.at = r.value().value(1).toString();
        h.user = r.value().value(2).toString();
        h.op = r.value().value(3).toString();
        h.field = r.value().value(4).toString();
        h.oldValue = r.value().value(5);
        h.newValue = r.value().value(6);
        h.hlc = r.value().value(7).toString();
        out << h;
    }
    // Events (merges, conversions) happen after the record was made: put them in clock order.
    if (std::any_of(out.cbegin(), out.cend(), [](const HistoryEntry &h) { return h.op == QLatin1String("event"); }))
        std::stable_sort(out.begin(), out.end(), [](const HistoryEntry &a, const HistoryEntry &b) {
            // Within one transaction (one clock stamp) the event comes after the changes it made.
            const bool ea = a.op == QLatin1String("event"), eb = b.op == QLatin1String("event");
            return a.hlc < b.hlc || (a.hlc == b.hlc && !ea && eb);
        });
    return out;
}

QString RecordStore::displayName(const QString &entityName, const QString &id) const
{
    const Entity *e = m_db.registry()->entity(entityName);
    if (!e)
        return {};
    auto r = Sql::exec(m_db.connection(), QStringLiteral("SELECT %1 FROM %2 a WHERE id = ?")
                                              .arg(e->titleExpression(QStringLiteral("a")), ident(e->name)),
                       {id});
    return r && r.value().next() ? r.value().value(0).toString() : QString();
}

QList<RecordStore::Related> RecordStore::relatedLists(const QString &entityName) const
{
    QList<Related> out;
    for (const Entity *e : m_db.registry()->entities())
        for (const auto &f : e->fields)
            if (f.type == FieldType::Relation && f.relationTarget == entityName)
                out.append({e->name, f.name});
    return out;
}

} // namespace trato
