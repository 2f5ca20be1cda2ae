// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawrows.h"

#include <QLocale>
#include <QUtf8StringView>

#include <sqlite3.h>

#include <cmath>

namespace trato::SyncDetail {

namespace {
constexpr qint64 kExact = qint64(1) << 53;
const char kHex[] = "0123456789abcdef";
} // namespace

RawStatement::RawStatement(sqlite3 *db, const QString &sql)
    : m_db(db)
{
    const QByteArray utf8 = sql.toUtf8();
    if (!db) {
        m_error = QStringLiteral("no SQLite connection");
        return;
    }
    if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &m_stmt, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

RawStatement::~RawStatement()
{
    sqlite3_finalize(m_stmt);
}

void RawStatement::bind(std::initializer_list<QByteArray> utf8)
{
    sqlite3_reset(m_stmt);
    int i = 1;
    for (const QByteArray &v : utf8)
        bindText(i++, v);
}

void RawStatement::bindInt(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void RawStatement::bindText(int index, const QByteArray &utf8)
{
    if (utf8.isNull())
        sqlite3_bind_null(m_stmt, index);
    else
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

bool RawStatement::next(QString *error)
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE && error)
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_stmt);
    return false;
}

Status RawStatement::run()
{
    const int rc = sqlite3_step(m_stmt);
    QString error;
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        error = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_stmt);
    if (!error.isEmpty())
        return Error::failure(error);
    return {};
}

QByteArray RawStatement::text(int column) const
{
    if (sqlite3_column_type(m_stmt, column) == SQLITE_NULL)
        return {};
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QByteArray(p ? p : "", sqlite3_column_bytes(m_stmt, column));
}

qint64 RawStatement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

bool RawStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QVariant RawStatement::variant(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(m_stmt, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_stmt, column));
    case SQLITE_BLOB:
        return QVariant(QByteArray(static_cast<const char *>(sqlite3_column_blob(m_stmt, column)), sqlite3_column_bytes(m_stmt, column)));
    case SQLITE_NULL:
        return QVariant();
    default:
        return QVariant(QString::fromUtf8(text(column)));
    }
}

Result<RawStatement *> RawStatements::get(const QString &sql)
{
    auto it = m_cache.find(sql);
    if (it == m_cache.end()) {
        auto st = std::make_shared<RawStatement>(m_db, sql);
        if (!st->ok())
            return Error::failure(st->error());
        it = m_cache.insert(sql, st);
    }
    sqlite3_reset(it.value()->handle());
    sqlite3_clear_bindings(it.value()->handle());
    return it.value().get();
}

int RawStatements::changes() const
{
    return sqlite3_changes(m_db);
}

void appendJsonString(QByteArray &out, const char *utf8, qsizetype size)
{
    if (!QUtf8StringView(utf8, size).isValidUtf8()) {
        // As a QString would have it: each invalid sequence becomes U+FFFD.
        const QByteArray fixed = QString::fromUtf8(utf8, size).toUtf8();
        appendJsonString(out, fixed.constData(), fixed.size());
        return;
    }
    out.reserve(out.size() + size + 2);
    out += '"';
    qsizetype run = 0; // start of the bytes not yet copied
    for (qsizetype i = 0; i < size; ++i) {
        const unsigned char c = static_cast<unsigned char>(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(utf8 + run, i - run);
        run = i + 1;
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            out += "\\u00";
            out += kHex[c >> 4];
            out += kHex[c & 0xf];
        }
    }
    out.append(utf8 + run, size - run);
    out += '"';
}

void appendJsonValue(QByteArray &out, sqlite3_stmt *st, int column)
{
    switch (sqlite3_column_type(st, column)) {
    case SQLITE_NULL:
        out += "null";
        return;
    case SQLITE_INTEGER: {
        const qint64 i = sqlite3_column_int64(st, column);
        if (i > -kExact && i < kExact) {
            out += QByteArray::number(i);
        } else {
            out += "{\"i\":\"";
            out += QByteArray::number(i);
            out += "\"}";
        }
        return;
    }
    case SQLITE_FLOAT: {
        const double d = sqlite3_column_double(st, column);
        if (std::isfinite(d))
            out += QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
        else
            out += "null"; // as QJsonValue: JSON has no NaN or infinity
        return;
    }
    case SQLITE_BLOB: {
        const QByteArray bytes(static_cast<const char *>(sqlite3_column_blob(st, column)), sqlite3_column_bytes(st, column));
        out += "{\"b64\":\"";
        out += bytes.toBase64();
        out += "\"}";
        return;
    }
    default: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(st, column));
        appendJsonString(out, text ? text : "", sqlite3_column_bytes(st, column));
        return;
    }
    }
}

QList<QByteArray> jsonKeys(const QStringList &fields)
{
    QList<QByteArray> keys;
    keys.reserve(fields.size());
    for (const QString &f : fields) {
        QByteArray k;
        appendJsonString(k, f.toUtf8());
        k += ':';
        keys << k;
    }
    return keys;
}

void appendCopyJson(QByteArray &out, const QByteArray &json)
{
    if (!json.contains('\\')) {
        out += json;
        return;
    }
    out.reserve(out.size() + json.size() + 16);
    for (char c : json) {
        if (c == '\\')
            out += '\\';
        out += c;
    }
}

} // namespace trato::SyncDetail
