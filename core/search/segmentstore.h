// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../store/listquery.h"
#include "../util/result.h"

#include <QCoreApplication>

namespace trato {

class Database;

// A saved filter of one entity: conditions, search text and sort under a name ("Madrid customers
// with no activity in 90 days"). Lists show it as a view; other services read its records through
// query() (campaign members from a segment).
struct Segment
{
    QString id;
    QString entity;
    QString name;
    QList<Condition> conditions;
    QString search;
    QString sortField;   // empty: the entity's default sort
    bool descending = false;
};

// Segments in the database (table segment, migration 0004). Every write is one transaction and is
// checked first: known entity, known fields, operators that fit the field types, a unique name.
// Changes are announced as Database::recordsChanged("segment").
class SegmentStore
{
    Q_DECLARE_TR_FUNCTIONS(trato::SegmentStore)
public:
    static constexpr const char *kChangeName = "segment";

    explicit SegmentStore(Database &db);

    Result<QString> add(const Segment &segment);      // returns the new id
    Status update(const Segment &segment);            // by id
    Status remove(const QString &id);
    Result<Segment> get(const QString &id) const;
    Result<Segment> byName(const QString &name) const; // case ignored
    Result<QList<Segment>> list(const QString &entity = QString()) const; // by name
    // The segment as a list query (every column; no limit): what its records are right now.
    Result<ListQuery> query(const QString &id) const;
    static ListQuery toQuery(const Segment &segment);

private:
    Status validate(const Segment &segment) const;
    Database &m_db;
};

} // namespace trato
