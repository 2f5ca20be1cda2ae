// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../metadata/entity.h"
#include "../util/result.h"

#include <QCoreApplication>

namespace trato {

class Database;

struct TagCount
{
    QString tag;
    qint64 count = 0;
};

// Tags on records: a Tags field (FieldType::Tags, built in as "tags" on accounts, contacts, leads
// and campaigns) holds them normalized as "feria 2025;vip". Being a field, tags are searchable,
// exported, imported and in History like any value; a filter "has tag" (Condition::HasTag) finds
// them. This service adds and removes tags on many records at once (one transaction) and counts
// them for `trato-cli tags` and for completion in the tag editor.
class TagStore
{
    Q_DECLARE_TR_FUNCTIONS(trato::TagStore)
public:
    explicit TagStore(Database &db);

    // The entity's tags field, or null if it has none.
    static const Field *tagsField(const Entity &entity);

    Status tag(const QString &entity, const QStringList &ids, const QStringList &tags);
    Status untag(const QString &entity, const QStringList &ids, const QStringList &tags);
    // Every tag in use on active records with how many records carry it; most used first. Reads the
    // whole column: run it off the GUI thread on big tables.
    Result<QList<TagCount>> counts(const QString &entity) const;

private:
    Status change(const QString &entity, const QStringList &ids, const QStringList &tags, bool add);
    Database &m_db;
};

} // namespace trato
