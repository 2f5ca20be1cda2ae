// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "output.h"

#include "metadata/entity.h"
#include "store/recordstore.h"

namespace trato::cli {

// Which fields of an entity a listing shows and how a record becomes cells in each format. One
// place for the JSON shape: field name -> Value::json, and for a relation F the related record's
// display name under F and its id under F_id (csv gets the same two columns; the table just the name).
class RecordColumns
{
public:
    RecordColumns(const Entity &entity, QList<const Field *> fields, Format format);

    // The fields named in "a,b,c" (--fields), or a BadInput error naming the unknown one.
    static Result<QList<const Field *>> parseFieldList(const Entity &entity, const QString &list);
    // The table's default: id, then the entity's list fields.
    static QList<const Field *> listFields(const Entity &entity);
    // Every field, id first (csv and json default, show).
    static QList<const Field *> allFields(const Entity &entity);

    QList<Column> columns() const;
    QList<Cell> cells(const Record &record) const;
    QVariant json(const Record &record) const;   // one JsonObject
    // Field names for ListQuery::columns.
    QStringList queryColumns() const;

private:
    const Entity &m_entity;
    QList<const Field *> m_fields;
    Format m_format;
};

// --sort FIELD[:asc|desc]: the field and the direction, or the message for a usage error.
struct SortOption
{
    QString field;
    bool descending = false;
};
Result<SortOption> parseSortOption(const QString &text);

// The record's display name from its title fields (as Entity::titleExpression builds it in SQL).
QString recordTitle(const Entity &entity, const Record &record);

} // namespace trato::cli
