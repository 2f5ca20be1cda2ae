// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "listquery.h"
#include "../util/result.h"

#include <QLocale>
#include <QMap>
#include <QVariantMap>

#include <functional>

namespace trato {

class Database;
struct Entity;

// A record as the store hands it out: field name -> storage value, plus "id", "rid" and, for each
// relation field F, "F__title" (the related record's display name).
using Record = QVariantMap;

struct HistoryEntry
{
    qint64 seq = 0;
    QString at;       // ISO UTC
    QString user;     // empty: written outside Trato
    QString op;       // insert | update | purge | bulk | event (field = its kind, see RecordEvent)
    QString field;
    QVariant oldValue;
    QVariant newValue;
    QString hlc;
    QString note;     // bulk operations: what created the record
};

// The core write path for records of any entity: validation from metadata, relations resolved,
// one transaction per call, timestamps and ownership kept. Business services of the modules build
// on it. All SQL takes user values as bound parameters only.
class RecordStore
{
public:
    explicit RecordStore(Database &db);

    // Text from the CLI, CSV or a form -> storage values, with every error naming its field.
    // Relations accept an id or the exact display name of one record of the target entity.
    Result<QVariantMap> parseInput(const QString &entity, const QMap<QString, QString> &text,
                                   const QLocale &locale = QLocale()) const;

    // User writes may not set read-only fields; services (lead conversion, merge, import revert)
    // write them with Access::System. Either way every value is validated.
    enum class Access { User, System };
    Result<QString> create(const QString &entity, const QVariantMap &values, Access access = Access::User);
    Status update(const QString &entity, const QString &id, const QVariantMap &values, Access access = Access::User);
    Status remove(const QString &entity, const QString &id);   // to the Trash (soft delete)
    Status restore(const QString &entity, const QString &id);  // back from the Trash
    Status purge(const QString &entity, const QString &id);    // gone for good (must be in the Trash)
    // The same for several records in one transaction: all of them or, on any refusal, none.
    enum class TrashAction { MoveToTrash, Restore, Purge };
    Status trash(TrashAction action, const QString &entity, const QStringList &ids);

    Result<Record> get(const QString &entity, const QString &id) const;
    Result<QList<Record>> list(const ListQuery &query) const;
    // Streams the records of a query in one forward-only pass, in constant memory (exports, the
    // CLI over a million rows). visit() returns false to stop early.
    Status forEach(const ListQuery &query, const std::function<bool(const Record &)> &visit) const;
    Result<qint64> count(const ListQuery &query) const;
    Result<QList<HistoryEntry>> history(const QString &entity, const QString &id) const;
    QString displayName(const QString &entity, const QString &id) const;

    // Records of other entities that point at this one (account -> its contacts), per relation field.
    struct Related { QString entity; QString field; };
    QList<Related> relatedLists(const QString &entity) const;

    // Resolves a relation value (an id or a display name) to an id.
    Result<QString> resolveRelation(const Field &field, const QString &text) const;

private:
    Result<const Entity *> entityOrError(const QString &name) const;
    // current: the stored record when updating (for conditionally required fields), else null.
    Status validate(const Entity &entity, QVariantMap &values, bool creating, Access access,
                    const Record *current) const;

    Database &m_db;
};

} // namespace trato
