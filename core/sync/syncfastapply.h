// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The pull's fast path (docs/SYNC.md, "Pull"): records new to this copy, of kinds without code
// rules, written through prepared sqlite3 statements with their values read straight from the
// server's JSON text. Everything it cannot read exactly is left to SyncRun::applyOne.

#include "flatjson.h"
#include "syncrun_p.h"

#include "../store/bulkwriter.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <map>
#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace trato {

class Database;
class Registry;

namespace SyncDetail {

// The largest clock of a record ("*" counts like any field) and who wrote it for History: the
// author of the latest field that has one, else the creator ("*"). The one-by-one path's rule.
QString maxClockOf(const QJsonObject &clocks);
QString authorOf(const QJsonObject &clocks, const QJsonObject &authors);

// What the fast path needs of a kind of record, taken from the metadata on the sync's thread and
// only read afterwards (the fetching thread encodes records with it).
struct FastPlan
{
    QString entity;
    QByteArray entityUtf8;
    QStringList fields;        // travellingFields(), in the entity's order
    QHash<QString, int> index; // field -> position in fields
    std::vector<bool> sortKey; // the field has a sort-key column
};

class FastPlans
{
public:
    // Every synced kind of record of the registry.
    explicit FastPlans(const Registry &registry);
    const FastPlan *plan(const QString &entity) const;
    // The plan still describes the entity (a field added to it since would be missed).
    static bool current(const FastPlan &plan, const Entity &e);

private:
    std::vector<FastPlan> m_plans;
    QHash<QString, int> m_index;
};

// A record read from the server's JSON text and encoded for SQLite, ready to insert.
struct FastRow
{
    const FastPlan *plan = nullptr; // null: the fast path cannot take this record (applyOne does)
    QByteArray present;             // '1' per travelling field that the record carries
    QString maxClock;               // its largest clock
    QString author;                 // who wrote it, for History
    QByteArray id, clocks;          // UTF-8, for sync_record and the existence check
    // In BulkInsert's order: id, the fields present, updated_at, then their sort keys.
    BulkRow values;
};

// Reads records into FastRows: JSON scanned without QJsonDocument, sort keys made, text encoded in
// UTF-8 as SQLite stores it. Needs no database, so the thread that fetches the next page from the
// server runs it while the sync's thread inserts the page before.
class FastEncoder
{
public:
    explicit FastEncoder(std::shared_ptr<const FastPlans> plans) : m_plans(std::move(plans)) {}
    // False (row->plan null): a content the fast path does not write exactly (nested values, a
    // number out of range, a lone surrogate, a number where a sort key is made, no clocks...).
    bool encode(const RemoteRecord &r, FastRow *row);

private:
    std::shared_ptr<const FastPlans> m_plans;
    std::vector<JsonScalar> m_values; // per travelling field, reused
    struct SortKey
    {
        bool null;
        QString text;
    };
    std::vector<SortKey> m_keys;
    qint64 m_isoMs = -1;
    QString m_iso; // updated_at of m_isoMs
    QString m_lastClock, m_lastAuthor; // shared with the rows that have the same
};

} // namespace SyncDetail

// Inserts records new to this copy, read and encoded by FastEncoder, through prepared statements
// (BulkInsert, one per kind and set of fields). Used by SyncRun::applyRecords for a page applied at
// once; a page applied one by one (after a local rule refused a record) and every record it does
// not take go through applyOne, which writes the same rows, sort keys, updated_at and sync_record.
class FastPull
{
public:
    explicit FastPull(Database &db);
    ~FastPull();
    FastPull(const FastPull &) = delete;
    FastPull &operator=(const FastPull &) = delete;

    // Tests compare the fast path with applyOne by switching it off (process-wide).
    static void setEnabled(bool enabled);
    static bool enabled();
    // Records this process inserted through the fast path (tests check it was taken).
    static qint64 insertedCount();

    // The plans of this sync, made from the metadata on first use.
    std::shared_ptr<const SyncDetail::FastPlans> plans();
    // Called at the start of each page applied at once.
    void beginPage();
    // The row's plan still matches the metadata (checked once per kind and page).
    bool usable(const SyncDetail::FastRow &row);
    // For a page with many records of a bulk-eligible kind: its AFTER INSERT triggers that have
    // nothing to do for records inserted in bulk mode (change log and full text stand down, the
    // sort keys come with the row) are dropped for the page, as imports do (TriggerPause): SQLite
    // still runs every trigger's WHEN for every row. resumeTriggers() creates them again before the
    // page commits; a page that fails rolls back with them in place.
    Status pauseInsertTriggers(const QString &entity);
    Status resumeTriggers();
    // Inserts the record when it is new here: its sync_record entry (the clocks as received) and
    // its row. False, with nothing written, when this copy knows it already (a row or a
    // sync_record entry): applyOne merges it.
    Result<bool> insertIfNew(const SyncDetail::FastRow &row);

private:
    Result<sqlite3_stmt *> prepare(const QString &sql);
    Error sqliteError(const QString &what) const;

    Database &m_db;
    sqlite3 *m_handle;
    std::shared_ptr<const SyncDetail::FastPlans> m_plans;
    QHash<const SyncDetail::FastPlan *, bool> m_usable; // this page's verdicts
    QHash<QString, sqlite3_stmt *> m_statements;        // by SQL, for the whole sync
    std::map<std::pair<const SyncDetail::FastPlan *, QByteArray>, std::unique_ptr<BulkInsert>> m_inserts;
    sqlite3_stmt *m_insertRecord = nullptr;
    std::vector<std::unique_ptr<TriggerPause>> m_paused;
};

} // namespace trato
