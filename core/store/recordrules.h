// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordstore.h"

#include <functional>

namespace trato {

// Rules that code adds to the metadata-driven write path, per entity, so every way of writing a
// record (forms, trato-cli add/update, CSV import, services, a calendar drag) obeys them: RecordStore
// runs them, not the callers. The activities module registers its own (core/activities/activityrules).
class RecordRules
{
public:
    // What a rule sees of a write: the values being written (storage form, already checked and
    // normalized; a rule may change or add values, read-only ones included), the stored record when
    // updating (else null) and who writes.
    struct Write
    {
        Database &db;
        const Entity &entity;
        QVariantMap &values;
        const Record *current;
        bool creating;
        RecordStore::Access access;

        // The value of a field as it will be after this write.
        QVariant after(const QString &field) const;
        // True when this write sets the field to a value different from the stored one.
        bool changes(const QString &field) const;
    };
    // Runs before the write: derives values and refuses with a message naming the fields.
    using Derive = std::function<Status(Write &)>;
    // Runs after the row was written, inside the same transaction (a refusal rolls everything back).
    using AfterWrite = std::function<Status(Database &db, const QString &id, const QVariantMap &values, bool creating)>;

    // SQL triggers that belong to an entity's generated schema (SchemaBuilder::derivedSql adds them;
    // names start with "<entity>__" so they are dropped and rebuilt with the others).
    using Triggers = std::function<QStringList()>;
    // Runs after a bulk load of the entity (BulkWriter's finishBulk) over the new rows' rid range,
    // in the same transaction (the bulk path writes rows raw: set-based rules apply here).
    using AfterBulk = std::function<Status(Database &db, qint64 firstRid, qint64 lastRid)>;

    static void addDerive(const QString &entity, Derive rule);
    static void addAfterWrite(const QString &entity, AfterWrite rule);
    static void addTriggers(const QString &entity, Triggers triggers);
    static void addAfterBulk(const QString &entity, AfterBulk rule);
    // Runs when a record goes to the Trash (deleted true) or comes back from it (false), after the
    // row changed, inside the same transaction (a refusal rolls the whole batch back).
    using AfterTrash = std::function<Status(Database &db, const QString &id, bool deleted)>;
    static void addAfterTrash(const QString &entity, AfterTrash rule);
    static QList<AfterTrash> afterTrashes(const QString &entity);
    // Runs after the team sync applied records of the entity that were written elsewhere (ids),
    // inside the sync's transaction: recompute what is derived here from them (a document's
    // totals from its lines). Must not create records: the writer's copy already did.
    using AfterRemote = std::function<Status(Database &db, const QStringList &ids)>;
    static void addAfterRemote(const QString &entity, AfterRemote rule);
    static QList<AfterRemote> afterRemotes(const QString &entity);
    static QList<Derive> derives(const QString &entity);
    static QStringList triggers(const QString &entity);
    static QList<AfterBulk> afterBulks(const QString &entity);
    static QList<AfterWrite> afterWrites(const QString &entity);
    static bool hasRules(const QString &entity);
};

} // namespace trato
