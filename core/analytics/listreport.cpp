// SPDX-License-Identifier: GPL-3.0-or-later
#include "listreport.h"

#include "../metadata/registry.h"
#include "../metadata/value.h"
#include "../search/filter.h"
#include "../store/database.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace trato::ListReport {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("trato::ListReport", text);
}

bool isNumber(const Field &f)
{
    switch (f.type) {
    case FieldType::Integer:
    case FieldType::Decimal:
    case FieldType::Money:
    case FieldType::Quantity:
    case FieldType::Percent:
        return true;
    default:
        return false;
    }
}

Result<QList<const Field *>> resolve(const Entity &entity, const QStringList &fields)
{
    QList<const Field *> out;
    for (const QString &name : fields) {
        const Field *f = entity.field(name);
        if (!f)
            return Error::badInput(tr("%1 has no field \"%2\" to print.").arg(entity.displayPluralLabel(), name));
        out << f;
    }
    return out;
}

Result<const Entity *> entityOf(Database &db, const ListQuery &query)
{
    const Entity *e = db.registry()->entity(query.entity);
    if (!e)
        return Error::badInput(tr("There is no entity \"%1\".").arg(query.entity));
    return e;
}

} // namespace

QString cancelledMessage()
{
    return tr("Printing was cancelled.");
}

QString describe(const Entity &entity, const ListQuery &query, const QLocale &locale)
{
    QStringList parts;
    if (!query.search.trimmed().isEmpty())
        parts << tr("Search: “%1”").arg(query.search.trimmed());
    for (const auto &w : query.where) {
        const Field *f = entity.field(w.first);
        parts << QStringLiteral("%1 = %2").arg(f ? f->displayLabel() : w.first,
                                               f ? Value::display(*f, w.second, locale) : w.second.toString());
    }
    for (const Condition &c : query.conditions)
        parts << Filter::describe(entity, c, locale);
    if (query.deleted == ListQuery::OnlyDeleted)
        parts << tr("In the Trash");
    if (parts.isEmpty())
        parts << tr("All records");
    const QString sortField = query.sortField.isEmpty() ? entity.defaultSort : query.sortField;
    if (const Field *f = entity.field(sortField))
        parts << (query.descending ? tr("Sorted by %1, descending") : tr("Sorted by %1")).arg(f->displayLabel());
    return parts.join(QStringLiteral(" · "));
}

Result<ReportTable> head(const Entity &entity, const ListQuery &query, const QStringList &fields, const QDate &today,
                         const QLocale &locale)
{
    auto resolved = resolve(entity, fields);
    if (!resolved)
        return resolved.error();
    ReportTable t;
    t.title = entity.displayPluralLabel();
    t.filters = describe(entity, query, locale);
    t.date = today;
    for (const Field *f : resolved.value()) {
        t.headers << f->displayLabel();
        t.numeric << isNumber(*f);
    }
    return t;
}

QStringList cells(const QList<const Field *> &fields, const Record &record, const QLocale &locale)
{
    QStringList out;
    out.reserve(fields.size());
    for (const Field *f : fields) {
        if (f->type == FieldType::Relation)
            out << record.value(f->name + QStringLiteral("__title")).toString();
        else
            out << Value::display(*f, record.value(f->name), locale);
    }
    return out;
}

Status stream(Database &db, const ListQuery &query, const QStringList &fields, const QLocale &locale,
              const std::function<bool(qint64 total)> &begin, const std::function<bool(const QStringList &cells)> &row)
{
    auto e = entityOf(db, query);
    if (!e)
        return e.error();
    auto resolved = resolve(*e.value(), fields);
    if (!resolved)
        return resolved.error();
    ListQuery q = query;
    q.columns = fields;   // a relation brings its record's name (FIELD__title) with it
    q.limit = -1;         // the whole list, not the page the view has read
    q.offset = 0;
    RecordStore store(db);
    // One read transaction: the count and the rows see the same snapshot (WAL), however long the
    // painting takes.
    QSqlDatabase conn = db.connection();
    const bool snapshot = conn.transaction();
    auto finish = [&](Status s) {
        if (snapshot)
            conn.commit();
        return s;
    };
    auto total = store.count(q);
    if (!total)
        return finish(total.error());
    if (begin && !begin(total.value()))
        return finish(Error::failure(cancelledMessage()));
    bool cancelled = false;
    const QList<const Field *> columns = resolved.value();
    const Status s = store.forEach(q, [&](const Record &r) {
        if (!row(cells(columns, r, locale))) {
            cancelled = true;
            return false;
        }
        return true;
    });
    if (!s)
        return finish(s);
    if (cancelled)
        return finish(Error::failure(cancelledMessage()));
    return finish(Status::success());
}

Result<ReportTable> read(Database &db, const ListQuery &query, const QStringList &fields, const QDate &today,
                         qint64 maxRows, const QLocale &locale)
{
    auto e = entityOf(db, query);
    if (!e)
        return e.error();
    auto t = head(*e.value(), query, fields, today, locale);
    if (!t)
        return t.error();
    ReportTable table = t.value();
    qint64 count = 0;
    const Status s = stream(
        db, query, fields, locale,
        [&](qint64 total) {
            count = total;
            return maxRows < 0 || total <= maxRows;
        },
        [&](const QStringList &cells) {
            table.rows << cells;
            return true;
        });
    if (maxRows >= 0 && count > maxRows)
        return Error::badInput(tr("The list has %1 rows, more than %2 for a preview: export it as a PDF instead, or narrow the filter.")
                                   .arg(Value::formatInteger(count, locale), Value::formatInteger(maxRows, locale)));
    if (!s)
        return s.error();
    return table;
}

} // namespace trato::ListReport
