// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportengine.h"

#include "analytics/period.h"
#include "metadata/registry.h"
#include "metadata/value.h"
#include "search/filter.h"
#include "store/database.h"
#include "store/recordstore.h"
#include "store/sqlite.h"

#include <QHash>
#include <QSaveFile>
#include <QSqlError>

#include <algorithm>

#include <cmath>

namespace trato {

namespace {

// One path used by the report, with the SQL that reads it.
struct Item
{
    ReportPath path;
    QString raw;         // SQL expression of the stored value
    QString title;       // relation fields: SQL expression of the related record's name
    int rawColumn = -1;  // position in the SELECT
    int titleColumn = -1;
};

class SqlBuilder
{
public:
    SqlBuilder(const Registry &registry, const Entity &base) : m_registry(registry), m_base(base) {}

    Result<Item> item(const QString &pathText)
    {
        auto p = ReportPaths::resolve(m_registry, m_base, pathText);
        if (!p)
            return p.error();
        Item it;
        it.path = p.value();
        QString alias = QStringLiteral("a");
        QStringList prefix;
        for (int i = 0; i < it.path.hops.size(); ++i) {
            prefix << it.path.hops.at(i)->name;
            alias = join(prefix.join(QLatin1Char('.')), alias, *it.path.hops.at(i), *it.path.entities.at(i + 1));
        }
        it.raw = alias + QLatin1Char('.') + Sql::ident(it.path.field->name);
        if (it.path.field->type == FieldType::Relation) {
            if (const Entity *target = m_registry.entity(it.path.field->relationTarget)) {
                prefix << it.path.field->name;
                const QString t = join(prefix.join(QLatin1Char('.')), alias, *it.path.field, *target);
                it.title = target->titleExpression(t);
            }
        }
        it.rawColumn = addSelect(it.raw);
        if (!it.title.isEmpty())
            it.titleColumn = addSelect(it.title);
        return it;
    }

    QString from() const { return QStringLiteral("FROM ") + Sql::ident(m_base.name) + QStringLiteral(" a") + m_joins; }
    QString select() const { return m_select.join(QStringLiteral(", ")); }

private:
    QString join(const QString &key, const QString &fromAlias, const Field &relation, const Entity &target)
    {
        if (auto it = m_aliases.constFind(key); it != m_aliases.constEnd())
            return it.value();
        const QString alias = QStringLiteral("j%1").arg(m_aliases.size() + 1);
        m_aliases.insert(key, alias);
        m_joins += QStringLiteral(" LEFT JOIN %1 %2 ON %2.id = %3.%4").arg(Sql::ident(target.name), alias, fromAlias, Sql::ident(relation.name));
        return alias;
    }
    int addSelect(const QString &expr)
    {
        m_select << expr;
        return int(m_select.size()); // column 0 is a.id
    }

    const Registry &m_registry;
    const Entity &m_base;
    QHash<QString, QString> m_aliases;
    QString m_joins;
    QStringList m_select;
};

// SQL for one filter on PATH (alias a = the entity): a related field becomes
// a.relation IN (SELECT id FROM target a WHERE ...), recursively.
Result<QPair<QString, QVariantList>> filterSql(const Registry &registry, const Entity &entity, const QStringList &parts,
                                                const ReportFilter &filter, const DateRange &range, const RecordStore &store)
{
    const Field *f = entity.field(parts.first());
    if (!f)
        return Error::badInput(ReportEngine::tr("%1 has no field \"%2\"").arg(entity.name, parts.first()));
    if (parts.size() > 1) {
        const Entity *target = registry.entity(f->relationTarget);
        if (f->type != FieldType::Relation || !target)
            return Error::badInput(ReportEngine::tr("%1.%2 is not a relation").arg(entity.name, f->name));
        auto inner = filterSql(registry, *target, parts.mid(1), filter, range, store);
        if (!inner)
            return inner.error();
        return QPair<QString, QVariantList>{QStringLiteral("a.%1 IN (SELECT a.id FROM %2 a WHERE %3)")
                                                .arg(Sql::ident(f->name), Sql::ident(target->name), inner->first),
                                            inner->second};
    }
    const QString col = QStringLiteral("a.") + Sql::ident(f->name);
    if (filter.op == QLatin1String("period")) {
        if (f->type == FieldType::Date)
            return QPair<QString, QVariantList>{QStringLiteral("(%1 >= ? AND %1 <= ?)").arg(col),
                                                {range.from.toString(Qt::ISODate), range.to.toString(Qt::ISODate)}};
        return QPair<QString, QVariantList>{QStringLiteral("(%1 >= ? AND %1 < ?)").arg(col), {range.startIso(), range.endIsoExclusive()}};
    }
    Condition::Op op;
    if (!Filter::opFromKey(filter.op, &op))
        return Error::badInput(ReportEngine::tr("Unknown operator \"%1\".").arg(filter.op));
    auto c = Filter::make(entity, f->name, op, filter.value, QLocale::c(), &store);
    if (!c)
        return c.error();
    auto sql = ListSql::conditionSql(entity, c.value());
    if (sql.first.isEmpty())
        return Error::badInput(ReportEngine::tr("The filter on %1 cannot be run.").arg(filter.field));
    return sql;
}

bool isIntegral(const Field &f)
{
    return f.type == FieldType::Integer || f.type == FieldType::Money || f.type == FieldType::Quantity;
}

// Sum/avg/count of one column over one group level.
struct Accumulator
{
    qint64 rows = 0;
    QList<qint64> count;
    QList<qint64> intSum;
    QList<double> realSum;

    void reset(int columns)
    {
        rows = 0;
        count = QList<qint64>(columns, 0);
        intSum = QList<qint64>(columns, 0);
        realSum = QList<double>(columns, 0);
    }
};

qint64 roundedDiv(qint64 sum, qint64 n)
{
    if (n == 0)
        return 0;
    const qint64 q = sum / n, r = sum % n;
    if (2 * std::llabs(r) >= n)
        return q + (sum < 0 ? -1 : 1);
    return q;
}

QString csvLine(const QStringList &cells)
{
    QString out;
    for (int i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        const QString &c = cells.at(i);
        if (c.contains(QLatin1Char(',')) || c.contains(QLatin1Char('"')) || c.contains(QLatin1Char('\n')) || c.contains(QLatin1Char('\r')))
            out += QLatin1Char('"') + QString(c).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + QLatin1Char('"');
        else
            out += c;
    }
    return out + QStringLiteral("\r\n");
}

} // namespace

Status ReportEngine::writeCsv(const ReportTable &table, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::failure(tr("The CSV file %1 could not be written: %2").arg(path, file.errorString()));
    QByteArray chunk = csvLine(table.headers).toUtf8();
    auto flush = [&] {
        const bool ok = file.write(chunk) == chunk.size();
        chunk.clear();
        return ok;
    };
    for (const QStringList &row : table.rows) {
        chunk += csvLine(row).toUtf8();
        if (chunk.size() > (1 << 20) && !flush())
            break;
    }
    if (!table.totals.isEmpty())
        chunk += csvLine(table.totals).toUtf8();
    if (!flush() || !file.commit())
        return Error::failure(tr("The CSV file %1 could not be written: %2").arg(path, file.errorString()));
    return Status::success();
}

QString ReportEngine::dateBucket(const QString &iso, const QString &by)
{
    if (iso.size() < 7)
        return iso;
    if (by == QLatin1String("year"))
        return iso.left(4);
    if (by == QLatin1String("quarter"))
        return iso.left(4) + QStringLiteral("-Q") + QString::number((iso.mid(5, 2).toInt() - 1) / 3 + 1);
    return iso.left(7);
}

Result<ReportResult> ReportEngine::run(Database &db, const ReportDefinition &input, const ReportRunOptions &options)
{
    const Registry &registry = *db.registry();
    ReportDefinition def = input;
    if (options.dropBroken)
        def = input.withoutBroken(registry);
    if (const auto problems = def.problems(registry); !problems.isEmpty())
        return Error::badInput(ReportDefinition::describe(problems));
    const Entity &base = *registry.entity(def.entity);
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();

    SqlBuilder sql(registry, base);
    QList<Item> columns, groups, sorts;
    for (const auto &c : def.columns) {
        auto it = sql.item(c.field);
        if (!it)
            return it.error();
        columns << it.value();
    }
    for (const auto &g : def.groups) {
        auto it = sql.item(g.field);
        if (!it)
            return it.error();
        groups << it.value();
    }
    for (const auto &s : def.sort) {
        auto it = sql.item(s.field);
        if (!it)
            return it.error();
        sorts << it.value();
    }

    RecordStore store(db);
    QStringList where{QStringLiteral("a.deleted = 0")};
    QVariantList params;
    QStringList filterText;
    for (int i = 0; i < def.filters.size(); ++i) {
        ReportFilter f = def.filters.at(i);
        DateRange range;
        if (f.op == QLatin1String("period")) {
            if (!options.period.isEmpty())
                f.value = options.period;
            auto r = Period::resolve(f.value, today);
            if (!r)
                return Error::badInput(tr("Filter %1: %2").arg(i + 1).arg(r.error().message));
            range = r.value();
            auto p = ReportPaths::resolve(registry, base, f.field);
            filterText << tr("%1: %2").arg(p ? p->label() : f.field, Period::describe(range));
        } else {
            auto p = ReportPaths::resolve(registry, base, f.field);
            Condition::Op op = Condition::Equals;
            Filter::opFromKey(f.op, &op);
            filterText << QStringLiteral("%1 %2 %3").arg(p ? p->label() : f.field, Filter::opLabel(op), f.value).trimmed();
        }
        auto s = filterSql(registry, base, f.field.split(QLatin1Char('.')), f, range, store);
        if (!s)
            return Error::badInput(tr("Filter %1: %2").arg(i + 1).arg(s.error().message));
        where << s->first;
        params << s->second;
    }
    if (!options.period.isEmpty() && std::none_of(def.filters.cbegin(), def.filters.cend(), [](const ReportFilter &f) { return f.op == QLatin1String("period"); }))
        return Error::badInput(tr("The report has no date filter with a period, so a period cannot be applied to it."));

    QStringList order;
    for (const Item &g : groups) {
        if (!g.title.isEmpty())
            order << g.title;
        order << g.raw;
    }
    for (int i = 0; i < sorts.size(); ++i) {
        const QString dir = def.sort.at(i).descending ? QStringLiteral(" DESC") : QString();
        if (!sorts.at(i).title.isEmpty())
            order << sorts.at(i).title + dir;
        order << sorts.at(i).raw + dir;
    }
    if (sorts.isEmpty() && base.field(base.defaultSort))
        order << QStringLiteral("a.") + Sql::ident(base.defaultSort) + (base.defaultSortDescending ? QStringLiteral(" DESC") : QString());
    order << QStringLiteral("a.id");
    const QString text = QStringLiteral("SELECT a.id, %1 %2 WHERE %3 ORDER BY %4")
                             .arg(sql.select(), sql.from(), where.join(QStringLiteral(" AND ")), order.join(QStringLiteral(", ")));

    QSqlDatabase conn = db.connection();
    auto q = Sql::exec(conn, text, params);
    if (!q)
        return q.error();
    QSqlQuery &rows = q.value();

    ReportResult result;
    result.chartType = def.chart;
    ReportTable &t = result.table;
    t.title = options.title.isEmpty() ? base.displayPluralLabel() : options.title;
    t.filters = filterText.join(QStringLiteral(" · "));
    t.date = today;
    const int n = int(columns.size());
    for (int c = 0; c < n; ++c) {
        const ReportColumn &col = def.columns.at(c);
        t.headers << (col.label.isEmpty() ? columns.at(c).path.label() : col.label);
        t.numeric << (ReportPaths::isNumeric(*columns.at(c).path.field) || col.aggregate == QLatin1String("count"));
    }

    auto cellText = [&](const Item &it, const QSqlQuery &r) -> QString {
        if (it.titleColumn >= 0)
            return r.value(it.titleColumn).toString();
        const QVariant v = r.value(it.rawColumn);
        if (v.isNull())
            return QString();
        return options.plainValues ? Value::plain(*it.path.field, v) : Value::display(*it.path.field, v, options.locale);
    };
    auto groupKey = [&](int level, const QSqlQuery &r) -> QPair<QString, QString> { // key, label
        const Item &it = groups.at(level);
        const QVariant v = r.value(it.rawColumn);
        if (v.isNull() || v.toString().isEmpty())
            return {QString(), tr("(empty)")};
        if (ReportPaths::isDate(*it.path.field)) {
            const QString b = dateBucket(v.toString(), def.groups.at(level).by);
            return {b, b};
        }
        const QString label = cellText(it, r);
        return {v.toString(), label.isEmpty() ? tr("(empty)") : label};
    };
    auto aggregateCells = [&](const Accumulator &acc, const QString &label) {
        QStringList cells(n);
        for (int c = 0; c < n; ++c) {
            const QString &agg = def.columns.at(c).aggregate;
            const Field &f = *columns.at(c).path.field;
            if (agg == QLatin1String("count")) {
                cells[c] = options.plainValues ? QString::number(acc.count.at(c)) : Value::formatInteger(acc.count.at(c), options.locale);
            } else if (agg == QLatin1String("sum") || agg == QLatin1String("avg")) {
                QVariant v;
                const bool avg = agg == QLatin1String("avg");
                if (avg && acc.count.at(c) == 0)
                    continue;
                if (isIntegral(f) && !(avg && f.type == FieldType::Integer))
                    v = avg ? roundedDiv(acc.intSum.at(c), acc.count.at(c)) : acc.intSum.at(c);
                else if (f.type == FieldType::Integer)
                    v = double(acc.intSum.at(c)) / double(acc.count.at(c));
                else
                    v = avg ? acc.realSum.at(c) / double(acc.count.at(c)) : acc.realSum.at(c);
                if (f.type == FieldType::Integer && avg)
                    cells[c] = options.plainValues ? QString::number(v.toDouble(), 'f', 2) : options.locale.toString(v.toDouble(), 'f', 2);
                else
                    cells[c] = options.plainValues ? Value::plain(f, v) : Value::display(f, v, options.locale);
            }
        }
        if (def.columns.value(0).aggregate.isEmpty())
            cells[0] = label;
        return cells;
    };
    auto chartValue = [&](const Accumulator &acc) -> double {
        for (int c = 0; c < n; ++c) {
            const QString &agg = def.columns.at(c).aggregate;
            const Field &f = *columns.at(c).path.field;
            if (agg == QLatin1String("count"))
                return double(acc.count.at(c));
            if (agg == QLatin1String("sum") || agg == QLatin1String("avg")) {
                double v = isIntegral(f) ? double(acc.intSum.at(c)) : acc.realSum.at(c);
                if (agg == QLatin1String("avg"))
                    v = acc.count.at(c) ? v / double(acc.count.at(c)) : 0;
                if (f.type == FieldType::Money)
                    v /= 100.0;
                else if (f.type == FieldType::Quantity)
                    v /= 1000.0;
                return v;
            }
        }
        return double(acc.rows);
    };
    result.chartMeasure = tr("Rows");
    for (int c = 0; c < n; ++c)
        if (!def.columns.at(c).aggregate.isEmpty()) {
            result.chartMeasure = t.headers.at(c);
            break;
        }

    const int levels = int(groups.size());
    QList<Accumulator> acc(levels + 1);
    for (auto &a : acc)
        a.reset(n);
    QStringList openKey(levels), openLabel(levels);
    bool anyRow = false;
    auto push = [&](const QStringList &cells, ReportTable::RowKind kind, const QString &id) {
        t.rows << cells;
        t.rowKinds << int(kind);
        t.rowEntities << (id.isEmpty() ? QString() : base.name);
        t.rowIds << id;
    };
    auto closeLevel = [&](int level) {
        const QString indent(level * 2, QLatin1Char(' '));
        push(aggregateCells(acc[level + 1], indent + tr("Subtotal %1 (%n rows)", nullptr, int(acc.at(level + 1).rows)).arg(openLabel.at(level))),
             ReportTable::Subtotal, {});
        if (level == 0)
            result.chart << ReportChartPoint{openLabel.at(0), chartValue(acc.at(1))};
    };
    auto openLevel = [&](int level, const QPair<QString, QString> &key) {
        openKey[level] = key.first;
        openLabel[level] = key.second;
        acc[level + 1].reset(n);
        QStringList cells(n);
        cells[0] = QString(level * 2, QLatin1Char(' ')) + QStringLiteral("%1: %2").arg(t.headers.isEmpty() ? QString() : groups.at(level).path.label(), key.second);
        push(cells, ReportTable::GroupHeader, {});
    };

    while (rows.next()) {
        // Group changes: close the inner levels first, then open the new ones.
        if (levels > 0) {
            QList<QPair<QString, QString>> keys;
            for (int l = 0; l < levels; ++l)
                keys << groupKey(l, rows);
            int changed = levels;
            for (int l = 0; l < levels; ++l)
                if (!anyRow || keys.at(l).first != openKey.at(l)) {
                    changed = l;
                    break;
                }
            if (changed < levels) {
                if (anyRow)
                    for (int l = levels - 1; l >= changed; --l)
                        closeLevel(l);
                for (int l = changed; l < levels; ++l)
                    openLevel(l, keys.at(l));
            }
        }
        anyRow = true;
        QStringList cells;
        cells.reserve(n);
        for (int c = 0; c < n; ++c) {
            const Item &it = columns.at(c);
            cells << cellText(it, rows);
            const QVariant v = rows.value(it.rawColumn);
            if (v.isNull() || v.toString().isEmpty())
                continue;
            for (auto &a : acc) {
                ++a.count[c];
                if (isIntegral(*it.path.field))
                    a.intSum[c] += v.toLongLong();
                else if (ReportPaths::isNumeric(*it.path.field))
                    a.realSum[c] += v.toDouble();
            }
        }
        for (auto &a : acc)
            ++a.rows;
        push(cells, ReportTable::Data, rows.value(0).toString());
        ++result.dataRows;
        if (options.progress && result.dataRows % 1000 == 0 && !options.progress(result.dataRows))
            return Error::failure(tr("The report was cancelled."));
    }
    if (rows.lastError().isValid())
        return Error::failure(tr("Reading the report failed: %1").arg(rows.lastError().text()));
    if (anyRow)
        for (int l = levels - 1; l >= 0; --l)
            closeLevel(l);
    if (levels == 0 && def.chart != QLatin1String("none"))
        result.chart.clear();
    if (def.totals)
        t.totals = aggregateCells(acc.at(0), tr("Total (%n rows)", nullptr, int(acc.at(0).rows)));
    // A table without groups needs no row kinds (all data).
    if (levels == 0)
        t.rowKinds.clear();
    return result;
}

} // namespace trato
