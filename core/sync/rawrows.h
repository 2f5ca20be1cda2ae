// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/sync: the push's hot path reads SQLite through its C API and writes JSON text
// straight into the COPY payload, without a QVariant or a QJsonObject per value (at 100,000
// records those were most of a push's time). The JSON is the same as ValueCodec::toJson's.

#include "../util/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace trato::SyncDetail {

// One prepared statement of the sqlite3 C API, finalized with the object.
class RawStatement
{
public:
    RawStatement(sqlite3 *db, const QString &sql);
    ~RawStatement();
    RawStatement(const RawStatement &) = delete;
    RawStatement &operator=(const RawStatement &) = delete;

    bool ok() const { return m_stmt != nullptr; }
    QString error() const { return m_error; }
    sqlite3_stmt *handle() const { return m_stmt; }

    // Resets the statement and binds these parameters (1-based, in order).
    void bind(std::initializer_list<QByteArray> utf8);
    void bindInt(int index, qint64 value);
    void bindText(int index, const QByteArray &utf8);
    // The next row: true; the end: false (the statement is then reset); an error: its text in *error.
    bool next(QString *error = nullptr);
    // Runs a statement that returns no rows; false and an error on failure.
    Status run();
    QByteArray text(int column) const;
    qint64 integer(int column) const;
    bool isNull(int column) const;
    // The value as QSqlQuery would give it: qint64, double, QString, QByteArray or null.
    QVariant variant(int column) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
};

// Statements prepared once per sync run, by their SQL.
class RawStatements
{
public:
    explicit RawStatements(sqlite3 *db) : m_db(db) {}
    Result<RawStatement *> get(const QString &sql);
    int changes() const;

private:
    sqlite3 *m_db;
    QHash<QString, std::shared_ptr<RawStatement>> m_cache;
};

// JSON text of one value of a result column, as ValueCodec::toJson writes it: integers beyond
// 2^53 as {"i": "…"}, blobs as {"b64": "…"}, text as a JSON string (invalid UTF-8 replaced).
void appendJsonValue(QByteArray &out, sqlite3_stmt *st, int column);
void appendJsonString(QByteArray &out, const char *utf8, qsizetype size);
inline void appendJsonString(QByteArray &out, const QByteArray &utf8) { appendJsonString(out, utf8.constData(), utf8.size()); }
// `"key":` for each field, ready to be written before its value.
QList<QByteArray> jsonKeys(const QStringList &fields);
// A JSON text as one field of COPY's text format. JSON has no raw control characters, so only
// backslashes are doubled.
void appendCopyJson(QByteArray &out, const QByteArray &json);

} // namespace trato::SyncDetail
