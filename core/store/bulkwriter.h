// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../metadata/entity.h"
#include "../util/result.h"

#include <QSqlDatabase>
#include <QVariantList>

#include <string>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace trato {

class Database;
class Transaction;

// The pieces of the bulk write path (see "Bulk operations" in docs/ARCHITECTURE.md) the importer
// and DemoData use.

// One row of a BulkInsert already in SQLite's terms: per parameter (columns, then sort keys) a
// NULL, an integer, a real or UTF-8 text in one buffer. Encoding (BulkInsert::encode) needs no
// database, so a reading thread can do it while another inserts.
class BulkRow
{
public:
    void clear()
    {
        m_params.clear();
        m_used = 0;
    }
    void addNull() { m_params.push_back({Null, 0, 0, 0}); }
    void addInteger(qint64 v) { m_params.push_back({Integer, 0, 0, v}); }
    void addReal(double v)
    {
        Param p{Real, 0, 0, 0};
        p.real = v;
        m_params.push_back(p);
    }
    void addText(QStringView text);
    bool isEmpty() const { return m_params.empty(); }

private:
    friend class BulkInsert;
    enum Kind : quint8 { Null, Integer, Real, Text };
    struct Param
    {
        Kind kind;
        quint32 offset, size; // text: its bytes in m_text
        qint64 integer;
        double real = 0;
    };
    std::vector<Param> m_params;
    std::vector<char> m_text; // m_text[0, m_used): grown, never shrunk, so rows after the first allocate nothing
    size_t m_used = 0;
};

// A prepared INSERT on the raw handle (about twice as fast as QSqlQuery per row at a million rows)
// that also writes the sort key of every indexed text column.
class BulkInsert
{
public:
    BulkInsert(sqlite3 *db, const Entity &entity, const QStringList &columns);
    ~BulkInsert();
    BulkInsert(const BulkInsert &) = delete;
    BulkInsert &operator=(const BulkInsert &) = delete;
    const QString &error() const { return m_error; }
    // Values in column order: null -> NULL, integers and bools -> integer, doubles -> real, else text.
    bool insert(const QVariantList &values);
    // The same values (one per column; the sort keys are added) as a BulkRow; thread-safe.
    void encode(const QVariantList &values, BulkRow *row) const;
    bool insert(const BulkRow &row);

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    int m_count;
    QList<int> m_sortKeySources;
    BulkRow m_row; // insert(QVariantList)'s, reused from row to row
    QString m_error;
};

// Filling an empty table: its secondary indexes are dropped first and built again by resume(),
// one sort instead of a million random B-tree inserts per index. Does nothing for a table with rows.
class IndexPause
{
public:
    IndexPause(const QSqlDatabase &conn, const Entity &entity);
    Status resume();

private:
    QSqlDatabase m_conn;
    const Entity &m_entity;
    bool m_paused = false;
};

// The generated AFTER INSERT triggers of a table (change log, FTS, sort keys) are dropped for a load
// and created again from their own stored SQL by resume(). In bulk mode the log and FTS ones stand
// down anyway and the loader writes the sort keys itself, but SQLite still runs each trigger's WHEN
// per row: about half the cost of an insert into a wide table. Only triggers named here are touched.
class TriggerPause
{
public:
    TriggerPause(const QSqlDatabase &conn, const QStringList &names);
    Status status() const { return m_status; }
    Status resume();

private:
    QSqlDatabase m_conn;
    QStringList m_sql;
    Status m_status;
};

// A bigger page cache for the duration of a load.
class BulkCache
{
public:
    explicit BulkCache(const QSqlDatabase &conn);
    ~BulkCache();

private:
    QSqlDatabase m_conn;
};

// After rows were inserted with capture in bulk mode: fills the FTS index for the rid range and
// writes the one bulk_operation row that History shows for those records.
Status finishBulk(Transaction &tx, Database &db, const QString &entity, qint64 firstRid, qint64 lastRid,
                  const QString &kind, const QString &note);

} // namespace trato
