// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The pull's fast path (docs/SYNC.md, "Pull"): records new to this copy, of kinds without code
// rules, written through prepared sqlite3 statements with their values read straight from the
// server's JSON text. Everything it cannot read exactly is left to SyncRun::applyOne.

#include "syncrun_p.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace trato {

class Database;
class TriggerPause;

namespace SyncDetail {

// One scalar member of a JSON object, decoded as QJsonDocument + ValueCodec::fromJson decode it:
// true/false -> 1/0, a number -> an integer when integral and |x| < 2^53, else a real.
struct JsonScalar
{
    enum Kind : quint8 { Null, Integer, Real, String };
    Kind kind = Null;
    qint64 integer = 0;
    double real = 0;
    QString text; // String: a view on the scanned text (no copy) unless it had escapes
};

// Reads a JSON object whose members are all scalars, member by member, in the text's order, with
// or without spaces. It stops (failed()) at anything else: a nested object or array (big integers
// and blobs travel as {"i": ...} / {"b64": ...}), a control character in a string, a number out of
// range, bad syntax. Callers then fall back to QJsonDocument. The text must outlive the values.
class FlatJsonReader
{
public:
    explicit FlatJsonReader(QStringView text) : m_p(text.data()), m_end(text.data() + text.size()) {}
    // The next member; false at the end of the object or on failure.
    bool next();
    bool failed() const { return m_failed; }
    QStringView key() const { return m_key; }
    const JsonScalar &value() const { return m_value; }

private:
    enum State : quint8 { Start, Member, Done };
    bool fail()
    {
        m_failed = true;
        m_state = Done;
        return false;
    }
    void skipSpace();
    bool readString(QString *decoded, QStringView *view);
    bool readNumber();
    bool readWord(QLatin1String word);

    const QChar *m_p;
    const QChar *m_end;
    State m_state = Start;
    bool m_failed = false;
    QStringView m_key;
    QString m_keyBuffer;
    JsonScalar m_value;
};

// The largest clock of a record ("*" counts like any field) and who wrote it for History: the
// author of the latest field that has one, else the creator ("*"). The one-by-one path's rule.
QString maxClockOf(const QJsonObject &clocks);
QString authorOf(const QJsonObject &clocks, const QJsonObject &authors);

} // namespace SyncDetail

// Writes records new to this copy, one prepared statement per kind and set of fields, bound from
// the JSON text. Used by SyncRun::applyRecords for a page applied at once; a page applied one by one
// (after a local rule refused a record) and every record it does not take go through applyOne,
// which gives the same rows, sort keys, updated_at and sync_record.
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

    // Called at the start of each page applied at once: the metadata may have changed since.
    void beginPage();
    // For a page with many records of a bulk-eligible kind: its AFTER INSERT triggers that have
    // nothing to do for records inserted in bulk mode (change log and full text stand down, the
    // sort keys come with the row) are dropped for the page, as imports do (TriggerPause): SQLite
    // still runs every trigger's WHEN for every row. resumeTriggers() creates them again before the
    // page commits; a page that fails rolls back with them in place.
    Status pauseInsertTriggers(const QString &entity);
    Status resumeTriggers();
    // Reads r (its kind must be bulk-eligible: SyncRun::m_bulkFrom). False: the fast path cannot
    // take this record's content and the caller uses applyOne. Then, for the record read last:
    // its largest clock, its author for History, whether it is new here, and its insert.
    bool read(const SyncDetail::RemoteRecord &r);
    const QString &maxClock() const { return m_row.maxClock; }
    const QString &author() const { return m_row.author; }
    // Inserts the record read last when it is new here: its sync_record entry (the clocks as
    // received) and its row (id, fields, their sort keys, updated_at). False, with nothing
    // written, when this copy knows it already (a row or a sync_record entry): applyOne merges it.
    Result<bool> insertIfNew(const SyncDetail::RemoteRecord &r);

private:
    struct Plan
    {
        QString entity;
        QStringList fields;         // travelling, in the entity's order
        QHash<QString, int> index;  // field -> position in fields
        std::vector<bool> sortKey;  // the field has a sort-key column
        QHash<QByteArray, sqlite3_stmt *> inserts; // by Row::present
        sqlite3_stmt *exists = nullptr;
    };
    // The record read last. Reused from record to record, so a page allocates almost nothing.
    struct Row
    {
        int plan = -1;
        std::vector<SyncDetail::JsonScalar> values; // by travelling field; views on the record's text
        QByteArray present;                         // '1' per travelling field that the record carries
        QString maxClock;
        QString author;
    };
    Result<sqlite3_stmt *> prepare(const QString &sql);
    int planFor(const QString &entity);
    Result<sqlite3_stmt *> insertFor(Plan &plan, const QByteArray &present);
    Error sqliteError(const QString &what) const;

    Database &m_db;
    sqlite3 *m_handle;
    QHash<QString, sqlite3_stmt *> m_statements; // by SQL, for the whole sync
    std::vector<Plan> m_plans;
    QHash<QString, int> m_planOf;
    sqlite3_stmt *m_knownRecord = nullptr;
    sqlite3_stmt *m_insertRecord = nullptr;
    Row m_row;
    std::vector<QString> m_sortKeys; // kept alive while a row's statement runs
    std::vector<std::unique_ptr<TriggerPause>> m_paused;
    qint64 m_isoMs = -1;
    QString m_iso; // updated_at of m_isoMs
};

} // namespace trato
