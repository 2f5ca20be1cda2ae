// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordcolumns.h"

#include "cli.h"

#include "metadata/value.h"

namespace trato::cli {

namespace {

bool isNumeric(const Field &f)
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

QString titleKey(const Field &f)
{
    return f.name + QStringLiteral("__title");
}

QString idColumn(const Field &f)
{
    return f.name + QStringLiteral("_id");
}

} // namespace

RecordColumns::RecordColumns(const Entity &entity, QList<const Field *> fields, Format format)
    : m_entity(entity)
    , m_fields(std::move(fields))
    , m_format(format)
{
}

Result<QList<const Field *>> RecordColumns::parseFieldList(const Entity &entity, const QString &list)
{
    QList<const Field *> out;
    for (const QString &part : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = part.trimmed();
        const Field *f = entity.field(name);
        if (!f) {
            QStringList names;
            for (const auto &x : entity.fields)
                names << x.name;
            return Error::badInput(Cli::tr("%1 has no field \"%2\"; its fields are: %3")
                                       .arg(entity.name, name, names.join(QStringLiteral(", "))));
        }
        if (!out.contains(f))
            out << f;
    }
    if (out.isEmpty())
        return Error::badInput(Cli::tr("--fields names no field"));
    return out;
}

QList<const Field *> RecordColumns::listFields(const Entity &entity)
{
    QList<const Field *> out;
    if (const Field *id = entity.field(QStringLiteral("id")))
        out << id;
    out << entity.fieldsWith(Field::InList);
    return out;
}

QList<const Field *> RecordColumns::allFields(const Entity &entity)
{
    QList<const Field *> out;
    if (const Field *id = entity.field(QStringLiteral("id")))
        out << id;
    for (const auto &f : entity.fields)
        if (f.name != QLatin1String("id"))
            out << &f;
    return out;
}

QList<Column> RecordColumns::columns() const
{
    QList<Column> out;
    for (const Field *f : m_fields) {
        out.append({f->name, m_format == Format::Table && isNumeric(*f)});
        if (f->type == FieldType::Relation && m_format != Format::Table)
            out.append({idColumn(*f), false});
    }
    return out;
}

QList<Cell> RecordColumns::cells(const Record &record) const
{
    QList<Cell> out;
    for (const Field *f : m_fields) {
        const QVariant stored = record.value(f->name);
        if (f->type == FieldType::Relation) {
            const QString id = stored.toString();
            // A dangling id (the related record was purged) still shows, rather than nothing.
            const QString title = record.value(titleKey(*f)).toString();
            if (id.isEmpty())
                out << Cell::string(QString());
            else
                out << Cell{title.isEmpty() ? id : title, title.isEmpty() ? jsonNull() : QVariant(title)};
            if (m_format != Format::Table)
                out << Cell::string(id.isEmpty() ? QString() : id);
            continue;
        }
        // Only what the format prints: a million-row export should not build both forms.
        if (m_format == Format::Json)
            out << Cell{QString(), Value::json(*f, stored)};
        else
            out << Cell{Value::plain(*f, stored), QVariant()};
    }
    return out;
}

QVariant RecordColumns::json(const Record &record) const
{
    const QList<Column> cols = columns();
    const QList<Cell> row = cells(record);
    JsonObject object;
    for (int i = 0; i < cols.size() && i < row.size(); ++i)
        object.append({cols.at(i).name, row.at(i).json});
    return QVariant::fromValue(object);
}

QStringList RecordColumns::queryColumns() const
{
    QStringList out;
    for (const Field *f : m_fields)
        out << f->name;
    return out;
}

QString recordTitle(const Entity &entity, const Record &record)
{
    QStringList parts;
    for (const QString &name : entity.titleFields)
        parts << record.value(name).toString();
    return parts.join(QLatin1Char(' ')).trimmed();
}

Result<SortOption> parseSortOption(const QString &text)
{
    SortOption out;
    QString sort = text;
    const int colon = int(sort.lastIndexOf(QLatin1Char(':')));
    if (colon >= 0) {
        const QString direction = sort.mid(colon + 1).toLower();
        if (direction != QLatin1String("desc") && direction != QLatin1String("asc"))
            return Error::badInput(Cli::tr("--sort \"%1\": the direction after ':' is asc or desc").arg(text));
        out.descending = direction == QLatin1String("desc");
        sort = sort.left(colon);
    }
    out.field = sort.trimmed();
    return out;
}

} // namespace trato::cli
