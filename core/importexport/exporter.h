// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../store/listquery.h"
#include "../util/result.h"

#include <functional>

namespace trato {

class Database;

enum class ExportFormat { Csv, VCard };
enum class ExportEncoding { Utf8Bom, Utf8, Windows1252 };

bool exportEncodingFromName(const QString &name, ExportEncoding *out); // utf-8-bom | utf-8 | windows-1252
QString exportEncodingName(ExportEncoding encoding);

struct ExportOptions
{
    ExportFormat format = ExportFormat::Csv;
    QChar delimiter = QLatin1Char(',');
    // UTF-8 with a BOM by default: Excel then reads accents right; LibreOffice ignores the BOM.
    ExportEncoding encoding = ExportEncoding::Utf8Bom;
    bool labelHeaders = false;      // headers are field labels (current language) instead of names
    // Called every 1,000 records with the count so far; returning false cancels (the file is removed).
    std::function<bool(qint64 done)> progress;
};

// Writes the records of a ListQuery (its search and filters; every importable field unless the
// query names columns) as CSV (RFC 4180 quoting, CRLF line ends, relations as the related record's
// name so the file imports back) or vCard 4.0. Streams with RecordStore::forEach: constant memory at
// a million rows. Windows-1252 fails with the record and field of a character it cannot hold.
class Exporter
{
public:
    explicit Exporter(Database &db);
    Result<qint64> run(const ListQuery &query, const QString &path, const ExportOptions &options);

    // Encoding helpers, exposed for tests.
    static bool toWindows1252(const QString &text, QByteArray *out, QChar *bad);
    static QString csvField(const QString &text, QChar delimiter);

private:
    Database &m_db;
};

} // namespace trato
