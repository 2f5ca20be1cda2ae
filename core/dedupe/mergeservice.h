// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../store/recordstore.h"
#include "../util/result.h"

#include <QMap>
#include <QStringList>

namespace trato {

class Database;

// Merges duplicates of one entity into the record kept. In one transaction:
//  - the kept record takes, field by field, its own value or the value of a merged record chosen
//    for that field (`take`: field -> id of the record whose value wins);
//  - every record of every entity that points at a merged record through a Relation field
//    (built-in or custom, found in the Registry) is re-pointed at the kept record;
//  - the merged records go to the Trash (restoring them undoes the merge of the records themselves;
//    re-pointed related records stay with the kept one);
//  - History: the kept record says "Merged with <names (ids)>", each merged one "Merged into ...".
// Refused (nothing written): unknown entity, a record merged with itself, a record missing or in
// the Trash, `take` naming an unknown or system field or a record not in the merge.
class MergeService
{
public:
    explicit MergeService(Database &db);

    // What a merge dialog shows: the records (kept first) and the fields whose values differ.
    struct Preview
    {
        QList<Record> records;       // keepId first, then otherIds in order
        QStringList differingFields; // user fields (not system ones) with more than one distinct value
    };
    Result<Preview> preview(const QString &entity, const QString &keepId, const QStringList &otherIds) const;

    // The fields a merge may take from another record: every non-system field.
    static bool mergeable(const Field &field);

    struct Outcome
    {
        QString keptId;
        int merged = 0;         // records moved to the Trash
        int repointed = 0;      // related records now pointing at the kept one
    };
    Result<Outcome> merge(const QString &entity, const QString &keepId, const QStringList &otherIds,
                          const QMap<QString, QString> &take = {});

private:
    Database &m_db;
};

} // namespace trato
