// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace trato {
struct ReportTable;
}

namespace trato::cli {

// stdout carries results only; stderr carries messages and progress. Both UTF-8.
void writeOut(const QString &text);
void writeErr(const QString &text);
bool stderrIsTerminal();

enum class Format { Table, Csv, Json, Text };
QString formatName(Format format);
// "table" -> Format::Table if it is among the allowed ones; false otherwise.
bool parseFormat(const QString &text, const QList<Format> &allowed, Format *out);

// A JSON object whose keys keep the order they were added in (QJsonObject sorts them, and people
// reading `show --format json` expect the fields in the entity's order).
using JsonObject = QList<QPair<QString, QVariant>>;

// JSON text for a value: null, bool, whole numbers, doubles, strings, QStringList, QVariantList,
// QVariantMap and JsonObject (nested). pretty: two-space indentation.
QString toJson(const QVariant &value, bool pretty = false);
QVariant jsonNull();

// One cell: its text for table and CSV, its value for JSON.
struct Cell
{
    QString text;
    QVariant json;

    static Cell string(const QString &s) { return {s, s.isNull() ? jsonNull() : QVariant(s)}; }
};

struct Column
{
    QString name;
    bool alignRight = false;
    bool truncate = true;   // table cells longer than 50 columns end in "…" (csv and json never cut)
};

// Writes rows as an aligned table, RFC 4180 CSV or a JSON array of objects, streaming so a list of
// a million records never sits in memory. A table is aligned per block of rows for the same reason;
// column widths only grow from one block to the next.
class RowWriter
{
public:
    RowWriter(Format format, QList<Column> columns);
    ~RowWriter();
    RowWriter(const RowWriter &) = delete;
    RowWriter &operator=(const RowWriter &) = delete;

    void add(const QList<Cell> &row);
    void finish();
    qint64 rowCount() const { return m_rows; }

    static QString csvField(const QString &text);
    static int displayWidth(const QString &text);

private:
    void flushTable();

    Format m_format;
    QList<Column> m_columns;
    QList<QStringList> m_pending;
    QList<int> m_widths;
    qint64 m_rows = 0;
    bool m_started = false;
    bool m_finished = false;
};

// "Label: value" lines with the values aligned (show's text format).
void writeKeyValues(const QList<QPair<QString, QString>> &pairs);

// A report table (core/util/reporttable) as a table or CSV: headers for people, `keys` for CSV,
// numeric columns right-aligned, the totals row last when there is one.
void writeTableRows(const ReportTable &table, Format format, const QStringList &keys);

} // namespace trato::cli
