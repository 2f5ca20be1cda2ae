// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdefinition.h"

#include "analytics/period.h"
#include "metadata/registry.h"
#include "search/filter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace trato {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

bool isKnownAggregate(const QString &a)
{
    return a.isEmpty() || a == QLatin1String("sum") || a == QLatin1String("avg") || a == QLatin1String("count");
}

bool isKnownChart(const QString &c)
{
    return c == QLatin1String("none") || c == QLatin1String("bar") || c == QLatin1String("line") || c == QLatin1String("pie");
}

} // namespace

QString ReportPath::label() const
{
    QStringList parts;
    for (const Field *h : hops)
        parts << h->displayLabel();
    if (field)
        parts << field->displayLabel();
    return parts.join(QStringLiteral(" › "));
}

namespace ReportPaths {

bool isNumeric(const Field &f)
{
    switch (f.type) {
    case FieldType::Integer:
    case FieldType::Decimal:
    case FieldType::Money:
    case FieldType::Percent:
    case FieldType::Quantity:
        return true;
    default:
        return false;
    }
}

bool isDate(const Field &f)
{
    return f.type == FieldType::Date || f.type == FieldType::DateTime;
}

Result<ReportPath> resolve(const Registry &registry, const Entity &entity, const QString &path)
{
    const QStringList parts = path.split(QLatin1Char('.'));
    if (path.trimmed().isEmpty() || parts.size() > ReportDefinition::kMaxHops + 1)
        return Error::badInput(ReportDefinition::tr("\"%1\" is not a field path (FIELD, RELATION.FIELD or RELATION.RELATION.FIELD).").arg(path));
    ReportPath p;
    const Entity *current = &entity;
    p.entities << current;
    QStringList walked{entity.name};
    for (int i = 0; i < parts.size(); ++i) {
        const Field *f = current->field(parts.at(i));
        if (!f || f->name == QLatin1String("deleted")) {
            walked << parts.at(i);
            return Error::badInput(ReportDefinition::tr("the field %1, which no longer exists").arg(walked.join(QLatin1Char('.'))));
        }
        walked << parts.at(i);
        if (i + 1 == parts.size()) {
            p.field = f;
            break;
        }
        if (f->type != FieldType::Relation)
            return Error::badInput(ReportDefinition::tr("the field %1, which is not a relation").arg(walked.join(QLatin1Char('.'))));
        const Entity *target = registry.entity(f->relationTarget);
        if (!target)
            return Error::badInput(ReportDefinition::tr("the relation %1, which no longer exists").arg(walked.join(QLatin1Char('.'))));
        p.hops << f;
        p.entities << target;
        current = target;
    }
    return p;
}

QStringList available(const Registry &registry, const Entity &entity)
{
    QStringList out;
    auto usable = [](const Field &f) { return f.name != QLatin1String("deleted"); };
    for (const Field &f : entity.fields)
        if (usable(f))
            out << f.name;
    for (const Field &rel : entity.fields) {
        if (rel.type != FieldType::Relation)
            continue;
        const Entity *target = registry.entity(rel.relationTarget);
        if (!target)
            continue;
        for (const Field &f : target->fields)
            if (usable(f) && f.name != QLatin1String("id"))
                out << rel.name + QLatin1Char('.') + f.name;
    }
    return out;
}

} // namespace ReportPaths

QJsonObject ReportDefinition::toJson() const
{
    QJsonArray cols, filts, grps, srt;
    for (const auto &c : columns) {
        QJsonObject o{{QStringLiteral("field"), c.field}};
        if (!c.label.isEmpty())
            o.insert(QStringLiteral("label"), c.label);
        if (!c.aggregate.isEmpty())
            o.insert(QStringLiteral("aggregate"), c.aggregate);
        cols.append(o);
    }
    for (const auto &f : filters)
        filts.append(QJsonObject{{QStringLiteral("field"), f.field}, {QStringLiteral("op"), f.op}, {QStringLiteral("value"), f.value}});
    for (const auto &g : groups) {
        QJsonObject o{{QStringLiteral("field"), g.field}};
        if (!g.by.isEmpty())
            o.insert(QStringLiteral("by"), g.by);
        grps.append(o);
    }
    for (const auto &s : sort)
        srt.append(QJsonObject{{QStringLiteral("field"), s.field}, {QStringLiteral("descending"), s.descending}});
    return QJsonObject{{QStringLiteral("version"), 1},
                       {QStringLiteral("entity"), entity},
                       {QStringLiteral("columns"), cols},
                       {QStringLiteral("filters"), filts},
                       {QStringLiteral("groups"), grps},
                       {QStringLiteral("sort"), srt},
                       {QStringLiteral("totals"), totals},
                       {QStringLiteral("chart"), chart}};
}

QString ReportDefinition::toJsonText() const
{
    return QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact));
}

Result<ReportDefinition> ReportDefinition::fromJsonText(const QString &text)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Error::badInput(tr("The report definition is not a JSON object (%1 at offset %2).")
                                   .arg(err.error != QJsonParseError::NoError ? err.errorString() : tr("not an object"))
                                   .arg(err.offset));
    return fromJson(doc.object());
}

Result<ReportDefinition> ReportDefinition::fromJson(const QJsonObject &json)
{
    ReportDefinition d;
    if (json.contains(QStringLiteral("version")) && json.value(QStringLiteral("version")).toInt() != 1)
        return Error::badInput(tr("Unknown report definition version %1 (this Trato reads version 1).")
                                   .arg(json.value(QStringLiteral("version")).toVariant().toString()));
    d.entity = str(json, "entity");
    if (d.entity.isEmpty())
        return Error::badInput(tr("The report definition names no entity (\"entity\")."));
    auto arrayOf = [&](const char *key, QJsonArray *out) -> Status {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return Status::success();
        if (!v.isArray())
            return Error::badInput(tr("\"%1\" of the report definition must be a list.").arg(QLatin1String(key)));
        *out = v.toArray();
        for (const QJsonValue &item : *out)
            if (!item.isObject() || item.toObject().value(QStringLiteral("field")).toString().isEmpty())
                return Error::badInput(tr("Every entry of \"%1\" needs a \"field\".").arg(QLatin1String(key)));
        return Status::success();
    };
    QJsonArray cols, filts, grps, srt;
    for (auto [key, arr] : {std::pair{"columns", &cols}, std::pair{"filters", &filts}, std::pair{"groups", &grps}, std::pair{"sort", &srt}})
        if (Status s = arrayOf(key, arr); !s)
            return s.error();
    for (const QJsonValue &v : cols) {
        const QJsonObject o = v.toObject();
        d.columns << ReportColumn{str(o, "field"), str(o, "label"), str(o, "aggregate")};
    }
    for (const QJsonValue &v : filts) {
        const QJsonObject o = v.toObject();
        const QJsonValue value = o.value(QStringLiteral("value"));
        d.filters << ReportFilter{str(o, "field"), str(o, "op").isEmpty() ? QStringLiteral("eq") : str(o, "op"),
                                  value.isString() ? value.toString() : value.toVariant().toString()};
    }
    for (const QJsonValue &v : grps) {
        const QJsonObject o = v.toObject();
        d.groups << ReportGroup{str(o, "field"), str(o, "by")};
    }
    for (const QJsonValue &v : srt) {
        const QJsonObject o = v.toObject();
        d.sort << ReportSort{str(o, "field"), o.value(QStringLiteral("descending")).toBool()};
    }
    d.totals = json.value(QStringLiteral("totals")).toBool(true);
    d.chart = json.contains(QStringLiteral("chart")) ? str(json, "chart") : QStringLiteral("none");
    if (d.chart.isEmpty())
        d.chart = QStringLiteral("none");
    return d;
}

QList<ReportProblem> ReportDefinition::problems(const Registry &registry) const
{
    QList<ReportProblem> out;
    const Entity *base = registry.entity(entity);
    if (!base) {
        out << ReportProblem{QStringLiteral("entity"), -1, tr("The report lists \"%1\", which no longer exists.").arg(entity)};
        return out;
    }
    auto path = [&](const QString &p) { return ReportPaths::resolve(registry, *base, p); };
    if (columns.isEmpty())
        out << ReportProblem{QStringLiteral("column"), -1, tr("The report has no columns.")};
    for (int i = 0; i < columns.size(); ++i) {
        const ReportColumn &c = columns.at(i);
        const QString name = c.label.isEmpty() ? c.field : c.label;
        auto r = path(c.field);
        if (!r) {
            out << ReportProblem{QStringLiteral("column"), i, tr("Column '%1' refers to %2.").arg(name, r.error().message)};
            continue;
        }
        if (!isKnownAggregate(c.aggregate))
            out << ReportProblem{QStringLiteral("column"), i, tr("Column '%1': unknown total \"%2\" (use sum, avg or count).").arg(name, c.aggregate)};
        else if ((c.aggregate == QLatin1String("sum") || c.aggregate == QLatin1String("avg")) && !ReportPaths::isNumeric(*r->field))
            out << ReportProblem{QStringLiteral("column"), i, tr("Column '%1': a %2 needs a number or an amount.").arg(name, c.aggregate)};
    }
    for (int i = 0; i < filters.size(); ++i) {
        const ReportFilter &f = filters.at(i);
        auto r = path(f.field);
        if (!r) {
            out << ReportProblem{QStringLiteral("filter"), i, tr("Filter %1 on '%2' refers to %3.").arg(i + 1).arg(f.field, r.error().message)};
            continue;
        }
        if (f.op == QLatin1String("period")) {
            if (!ReportPaths::isDate(*r->field))
                out << ReportProblem{QStringLiteral("filter"), i, tr("Filter %1: a period needs a date field, and %2 is not one.").arg(i + 1).arg(f.field)};
            else if (!Period::resolve(f.value, QDate(2000, 1, 1)))
                out << ReportProblem{QStringLiteral("filter"), i, tr("Filter %1: \"%2\" is not a period.").arg(i + 1).arg(f.value)};
            continue;
        }
        Condition::Op op;
        if (!Filter::opFromKey(f.op, &op))
            out << ReportProblem{QStringLiteral("filter"), i, tr("Filter %1: unknown operator \"%2\".").arg(i + 1).arg(f.op)};
        else if (!Filter::operatorsFor(*r->field).contains(op) && op != Condition::Equals && op != Condition::NotEquals)
            out << ReportProblem{QStringLiteral("filter"), i,
                                 tr("Filter %1: \"%2\" cannot be used on %3.").arg(i + 1).arg(Filter::opLabel(op), f.field)};
    }
    if (groups.size() > kMaxGroups)
        out << ReportProblem{QStringLiteral("group"), kMaxGroups, tr("A report groups by two fields at most.")};
    for (int i = 0; i < groups.size(); ++i) {
        auto r = path(groups.at(i).field);
        if (!r)
            out << ReportProblem{QStringLiteral("group"), i, tr("Grouping by '%1' refers to %2.").arg(groups.at(i).field, r.error().message)};
        else if (!groups.at(i).by.isEmpty() && groups.at(i).by != QLatin1String("month") && groups.at(i).by != QLatin1String("quarter")
                 && groups.at(i).by != QLatin1String("year"))
            out << ReportProblem{QStringLiteral("group"), i, tr("Grouping by '%1': \"%2\" is not month, quarter or year.").arg(groups.at(i).field, groups.at(i).by)};
    }
    for (int i = 0; i < sort.size(); ++i)
        if (auto r = path(sort.at(i).field); !r)
            out << ReportProblem{QStringLiteral("sort"), i, tr("Sorting by '%1' refers to %2.").arg(sort.at(i).field, r.error().message)};
    if (!isKnownChart(chart))
        out << ReportProblem{QStringLiteral("chart"), -1, tr("Unknown chart \"%1\" (use none, bar, line or pie).").arg(chart)};
    return out;
}

ReportDefinition ReportDefinition::withoutBroken(const Registry &registry) const
{
    ReportDefinition d = *this;
    const QList<ReportProblem> list = problems(registry);
    auto broken = [&](const char *part, int index) {
        for (const auto &p : list)
            if (p.part == QLatin1String(part) && p.index == index)
                return true;
        return false;
    };
    d.columns.clear();
    d.filters.clear();
    d.groups.clear();
    d.sort.clear();
    for (int i = 0; i < columns.size(); ++i)
        if (!broken("column", i))
            d.columns << columns.at(i);
    for (int i = 0; i < filters.size(); ++i)
        if (!broken("filter", i))
            d.filters << filters.at(i);
    for (int i = 0; i < groups.size() && i < kMaxGroups; ++i)
        if (!broken("group", i))
            d.groups << groups.at(i);
    for (int i = 0; i < sort.size(); ++i)
        if (!broken("sort", i))
            d.sort << sort.at(i);
    if (!isKnownChart(d.chart))
        d.chart = QStringLiteral("none");
    return d;
}

QString ReportDefinition::describe(const QList<ReportProblem> &problems)
{
    QStringList lines;
    for (const auto &p : problems)
        lines << p.message;
    return lines.join(QLatin1Char('\n'));
}

} // namespace trato
