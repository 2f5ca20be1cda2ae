// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvreader.h"
#include "../util/result.h"

#include <QLocale>
#include <QMap>
#include <QStringList>

#include <functional>
#include <optional>

namespace trato {

class Database;

enum class ImportFormat { Auto, Csv, VCard };
enum class DuplicatePolicy { Skip, Update, Create };

QString importFormatName(ImportFormat format);          // "csv", "vcard"
QString duplicatePolicyName(DuplicatePolicy policy);    // "skip", "update", "create"
bool duplicatePolicyFromName(const QString &name, DuplicatePolicy *out);

struct ImportOptions
{
    QString entity;
    QString path;
    ImportFormat format = ImportFormat::Auto;     // Auto: vCard when the file starts with BEGIN:VCARD
    CsvReaderOptions csv;
    // One target field per column of the file ("" = ignored). Empty: the remembered mapping for
    // these headers, else the recognized one. overrides (header -> field, "" ignores) apply on top.
    QStringList mapping;
    QMap<QString, QString> overrides;
    DuplicatePolicy onDuplicate = DuplicatePolicy::Skip;
    bool partial = false;           // import the good rows, report the bad ones (default: all or nothing)
    bool dryRun = false;            // do everything, then roll back
    bool createMissingRelations = false; // contact.account "Talleres Ruiz" creates that account if absent
    std::optional<QLocale> locale;  // numbers and dates; default: Spanish for ';' files, else the system's
    qint64 maxRows = -1;            // preview: stop after this many data rows
    int collectRows = 0;            // preview: report the outcome of the first N rows
    // Files this big take the bulk path (see docs/ARCHITECTURE.md): about 600 rows. Below it each
    // record goes through RecordStore (about half a millisecond a row: statements with the
    // capture triggers are prepared per call).
    qint64 bulkFromBytes = 64 * 1024;
    bool rememberMapping = true;
    // Reads phone numbers without a country code for duplicate matching (AppSettings::phoneRegion()
    // in the apps); empty: the system's region.
    QString phoneRegion;
    // Called every 1,000 rows with bytes read and the file size; returning false cancels (nothing is written).
    std::function<bool(qint64 done, qint64 total, qint64 rows)> progress;
};

// A bad row: where it is and what is wrong. text() is the full message for people.
struct ImportIssue
{
    QString file;
    qint64 line = 0;
    int column = 0;       // 1-based column of the file (0: the row as a whole)
    QString header;
    QString field;
    QString message;
    QString text() const;
};

struct ImportRow
{
    enum Action { Create, Update, Skip, Error };
    qint64 line = 0;
    QStringList cells;
    Action action = Create;
    QString message;      // the error, or what the row duplicates
};

struct ImportSummary
{
    QString importId;     // empty for a dry run or a rejected import
    QString format;       // "csv" | "vcard"
    QString encoding;     // "UTF-8", "Windows-1252", ...
    QChar delimiter;
    QStringList headers;
    QStringList mapping;  // the field of each header actually used
    qint64 rows = 0, created = 0, updated = 0, skipped = 0, failed = 0;
    qint64 relatedCreated = 0;  // e.g. accounts created for contacts
    bool dryRun = false;
    bool rejected = false;      // all-or-nothing and a row was bad: nothing was written
    bool bulk = false;          // took the bulk path
    double loadMs = 0;          // reading, checking and inserting the rows (before indexes, FTS, log)
    double loadCpuMs = 0;       // the same in processor time of this process (std::clock)
    QList<ImportIssue> issues;  // every bad row (capped at kMaxIssues, then failed counts the rest)
    QList<ImportRow> preview;   // options.collectRows outcomes
    QStringList warnings;
    static constexpr int kMaxIssues = 1000;
};

// What the wizard shows before mapping: the file's format, encoding, delimiter, headers, samples.
struct ImportFileInfo
{
    ImportFormat format = ImportFormat::Csv;
    QString encoding;
    QChar delimiter;
    QStringList headers;
    QList<QStringList> samples;
};

// Imports CSV and vCard files into any entity, as one transaction: validation of every row with
// file/line/column/field in each message, relations resolved by id or name (optionally creating
// missing targets), duplicates (ImportMatcher) skipped, updated or created, the whole import logged
// in import_batch so ImportLog can revert it. Big files take the bulk path the demo generator uses.
class Importer
{
public:
    explicit Importer(Database &db);

    Result<ImportFileInfo> inspect(const QString &path, ImportFormat format = ImportFormat::Auto,
                                   const CsvReaderOptions &csv = {}, int samples = 5);
    // The mapping offered for these headers (remembered, else recognized); vCard files map by themselves.
    QStringList suggestMapping(const QString &entity, const QStringList &headers, ImportFormat format, bool *remembered = nullptr);
    // A dry run over the first rows, with per-row outcomes.
    Result<ImportSummary> preview(ImportOptions options, int rows = 50);
    // Errors: the file cannot be read or parsed (broken quoting, bad encoding), a bad mapping,
    // cancelled. A bad row is not an error: see ImportSummary::rejected and issues.
    Result<ImportSummary> run(const ImportOptions &options);

private:
    Database &m_db;
};

} // namespace trato
